/**
 * The spec's nodes: thresholds and their derivation, score mapping, decay, signals, objectives, rollups,
 * impact models. Part of `Spec` (types.ts has the whole document and its conventions).
 */
import type { DriftMethod } from '../stats/methods';
import type { Status } from './status';
import type { Tier, UnknownPolicy } from './types';

export type Direction = 'higher_is_worse' | 'lower_is_worse';

/** How `multivariate_drift` tests the rows as a whole (docs/drift.md). */
export type MultivariateMethod = 'pca_reconstruction' | 'classifier';
export const MULTIVARIATE_METHODS: readonly MultivariateMethod[] = ['pca_reconstruction', 'classifier'];

/**
 * Thresholds of a base node in its value's unit, or of a parent node in score (0..1, lower is worse).
 * `derived` records where the numbers came from when they were not typed by hand.
 */
export interface ThresholdSpec {
  warning: number;
  critical: number;
  direction: Direction;
  /** The healthy anchor: the value that scores 1 (default 0 for higher_is_worse, e.g. 1 for a ratio that should be high). */
  baseline?: number;
  /**
   * How `mlhealth calibrate` re-derives `warning` and `critical` (added for calibration; see docs/spec.md).
   * Present without `derived`: the numbers are initial values (typed by hand, or the signal kind's
   * defaults) that calibration has not replaced yet (the loader warns about it for `reference_chunks`).
   */
  derive?: ThresholdDeriveSpec;
  derived?: ThresholdDerivation;
}

/**
 * The derivation rule of a node's thresholds, as declared (defaults filled by the loader).
 * - `reference_chunks`: the reference is cut into `chunks` parts, the node's statistic is computed on
 *   each part against the whole reference; warning = mean + k·σ, critical = mean + critical_k·σ (towards
 *   "worse" for the node's direction), clipped to the statistic's bounds. Defaults k 3, critical_k k+2, chunks 10.
 * - `history_quantile`: warning and critical are quantiles of the node's own history (towards "worse").
 *   Defaults quantile 0.99, critical_quantile 0.999.
 */
export type ThresholdDeriveSpec =
  | { method: 'reference_chunks'; k: number; critical_k: number; chunks: number }
  | { method: 'history_quantile'; quantile: number; critical_quantile: number };

export interface ThresholdDerivation {
  /** `reference_chunks`: mean ± k·σ of the statistic over reference chunks (NannyML's rule). `history_quantile`: a quantile of the node's own history. */
  method: 'reference_chunks' | 'history_quantile';
  k?: number;
  /** The multiplier behind `critical` (reference_chunks). */
  critical_k?: number;
  quantile?: number;
  /** The quantile behind `critical` (history_quantile). */
  critical_quantile?: number;
  chunks?: number;
  /** Unix seconds of the calibration run, and what it saw. */
  at: number;
  mean?: number;
  std?: number;
  samples?: number;
}

/** Value → score mapping for base nodes. `linear` interpolates through (baseline,1), (warning,w), (critical,c) and on to 0. */
export type ScoreMapping = 'linear' | 'step';

/** Aging/decay: a node's score is multiplied by a factor that falls with the age of its input. */
export interface DecaySpec {
  /** What ages: the model (since trained_at), the reference (since reference_taken_at), or the data (since the last event). */
  of: 'model' | 'reference' | 'data';
  /** No decay before this age (seconds). */
  grace: number;
  /** The factor halves every `half_life` seconds past the grace period. */
  half_life: number;
  /** The factor never goes below this. Default 0. */
  floor: number;
}

export type SignalSpec =
  | { kind: 'feature_drift'; feature: string; method?: DriftMethod; measure?: 'statistic' | 'p_value' }
  | { kind: 'drift_share'; features?: string[]; method?: DriftMethod }
  | { kind: 'drift_worst'; features?: string[]; method?: DriftMethod }
  | { kind: 'prediction_drift'; method?: DriftMethod }
  | {
      kind: 'multivariate_drift';
      /** Default `pca_reconstruction`. */
      method?: MultivariateMethod;
      /** The features tested together; all of the model's when absent. */
      features?: string[];
      /** Rows kept of the window and of the reference (seeded reservoir sampling). Default 5000. */
      reservoir?: number;
    }
  | { kind: 'missing_ratio'; feature?: string }
  | { kind: 'schema_violations'; feature?: string; violation?: 'type' | 'range' | 'unseen_category' }
  | { kind: 'confidence_mean' }
  | { kind: 'low_confidence_share'; below?: number }
  | { kind: 'estimated_performance'; metric: 'accuracy' | 'precision' | 'recall' | 'f1' }
  | { kind: 'realized_performance'; metric: 'accuracy' | 'precision' | 'recall' | 'f1' | 'mae' | 'rmse' }
  | { kind: 'latency'; stat: 'mean' | 'p50' | 'p95' | 'p99' | 'stddev' }
  | { kind: 'error_ratio' }
  | { kind: 'throughput' }
  | { kind: 'freshness' }
  | { kind: 'model_age' }
  | { kind: 'reference_age' }
  | { kind: 'importance_stability' }
  | { kind: 'policy_violations' }
  | { kind: 'promql'; source: string; query: string };

export type SignalKind = SignalSpec['kind'];

/** The unit of a base signal's value, used for `mlhealth_node_info{unit}` and Grafana unit formatting. */
export type NodeUnit = 'ratio' | 'seconds' | 'score' | 'count' | 'per_second' | 'none';

/** A service-level objective on a base node's event ratio, for multi-window multi-burn-rate alerts. */
export interface ObjectiveSpec {
  /** Target share of good events, e.g. 0.999. */
  target: number;
  /** SLO period in seconds, e.g. 30 days. */
  period: number;
  /** For latency objectives: an event is good when faster than this (seconds, a histogram bucket bound). */
  latency_below?: number;
}

export type RollupSpec =
  | { rule: 'worst_of' }
  /**
   * `critical_floor` (default true): a critical child holds the parent at warning or worse, so averaging
   * never dilutes a critical root cause into an ok outcome; false opts out (the score thresholds alone).
   */
  | { rule: 'weighted_mean'; critical_floor?: boolean }
  /** Healthy when at least k children are ok; the parent's status is the (n-k+1)-th worst child's. */
  | { rule: 'k_of_n'; k: number };

export interface ChildRef {
  node: string;
  /** Positive rollup weight. Default 1. */
  weight: number;
}

/** Loss fraction as a function of score: the share of exposure at risk. */
export type LossSpec =
  /** loss = max_loss × (1 − score). */
  | { kind: 'linear'; max_loss: number }
  /** The loss of the first step whose `below` the score is under (steps sorted by `below` ascending). */
  | { kind: 'step'; steps: Array<{ below: number; loss: number }> }
  /** Linear interpolation through (score, loss) points, sorted by score. */
  | { kind: 'piecewise'; points: Array<[number, number]> };

export type ExposureSpec = { constant: number } | { source: string; query: string };

export interface ImpactSpec {
  /** e.g. `revenue_at_risk`, `customers_affected`, `compliance_exposure`. */
  measure: string;
  /** Unit of the measure, e.g. `USD/hour` or `customers/day`. */
  unit: string;
  exposure: ExposureSpec;
  loss: LossSpec;
  /**
   * Price the loss while the node is `ok` too (default false): by default an ok node has 0 at risk (a
   * dead band up to the warning threshold), so an all-green cascade shows nothing at risk.
   */
  price_when_ok?: boolean;
}

export interface NodeSpec {
  id: string;
  tier: Tier;
  title: string;
  description?: string;
  /** The model this node belongs to; absent for nodes that span models (business tier, mostly). */
  model?: string;
  owner?: string;
  /** Where the number comes from, for auditors (e.g. "events posted by fraud-api"). */
  provenance?: string;
  playbook?: string;
  /** Seconds between evaluations (default from model or defaults). */
  cadence?: number;
  /** id of an escalation policy. */
  escalation?: string;
  /**
   * Base nodes only: `true` routes this node's alerts by severity like any other node's (a critical
   * pages). Absent or `false`: its alerts are notifications at the lowest level of its escalation.
   */
  page?: boolean;
  /** base nodes only */
  signal?: SignalSpec;
  unit?: NodeUnit;
  thresholds?: ThresholdSpec;
  score_mapping?: ScoreMapping;
  objective?: ObjectiveSpec;
  /** component and business nodes only */
  children?: ChildRef[];
  rollup?: RollupSpec;
  unknown_policy?: UnknownPolicy;
  /**
   * With `unknown_policy: max_unknown_share`: the largest share of unknown children (0..1) that still
   * leaves the parent rated. The loader fills it from `defaults.max_unknown_share` when absent.
   */
  max_unknown_share?: number;
  /** business nodes only */
  impact?: ImpactSpec;
  decay?: DecaySpec;
  /** When this node is at or worse than the status, `mlhealth_retrain_recommended{model}` is set. */
  retrain_trigger?: { status: Exclude<Status, 'ok' | 'unknown'>; for?: number };
}
