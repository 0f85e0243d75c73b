/**
 * The cascade spec: one versioned YAML file declaring models, reference data, windows, every node of
 * every tier, impact models, escalation and sources. This file is the typed shape that the loader
 * (`spec/load.ts`) produces after validation; everything downstream (signals, cascade engine, server,
 * `mlhealth generate`, the catalogue) receives a `Spec` and never re-validates.
 *
 * Field names here are the YAML keys (snake_case), so the JSON Schema in `exporter/schema/` and these
 * types describe the same document. Durations are already parsed to seconds by the loader
 * (YAML accepts Prometheus-style `30s`, `5m`, `2h`, `7d`); timestamps to Unix seconds.
 *
 * Optional fields are filled with their defaults by the loader, except where the type keeps them optional
 * because "absent" has a meaning of its own (documented on the field).
 */
import type { DriftMethod } from '../stats/methods';
import type { Status } from './status';

export type Tier = 'base' | 'component' | 'business';

export interface Spec {
  /** Always `mlhealth/v1` for this version of the format. */
  api_version: 'mlhealth/v1';
  /** Spec name, exported as `mlhealth_spec_info{name}`. */
  name: string;
  /** Spec version, bumped on every change of meaning (calibrate bumps it); `mlhealth_spec_info{version}`. */
  version: string;
  description?: string;
  /** ISO 4217 code of the currency impact models are expressed in, e.g. `USD`. */
  currency: string;
  defaults: SpecDefaults;
  sources: SourceSpec[];
  models: ModelSpec[];
  nodes: NodeSpec[];
  teams: TeamSpec[];
  escalation_policies: EscalationPolicySpec[];
  /** Named what-if scenarios whose impact is exported beside live impact. */
  scenarios: ScenarioSpec[];
  /** Where the exporter and dashboards live, for links in alerts (`dashboard_url`). */
  links: { grafana_url?: string; exporter_url?: string };
}

export interface SpecDefaults {
  /** How often nodes are evaluated when neither node nor model says (seconds). Default 15. */
  evaluation_interval: number;
  /** A base node whose input is older than this is `unknown` (seconds). Default 300. */
  stale_after: number;
  /** Unknown policy for parents that do not declare one. Default `propagate`. */
  unknown_policy: UnknownPolicy;
  /** Score thresholds that turn a parent's score into a status. Default warning 0.75, critical 0.5. */
  score_thresholds: { warning: number; critical: number };
  /** Metric-fatigue limits: validation warns past them. Default 7 children, 25 nodes per tier. */
  max_children: number;
  max_nodes_per_tier: number;
  /** Confidence below which a prediction counts as low-confidence. Default 0.6. */
  low_confidence_below: number;
  /**
   * What ingest does with a declared feature whose value has the wrong JSON type, for models that do
   * not say. Default `reject`; the loader always fills it (optional only so hand-built specs compile).
   */
  type_mismatch?: TypeMismatchPolicy;
}

/**
 * A declared feature given a value of the wrong JSON type (text for a numeric feature, an object for a
 * categorical one):
 * - `reject` (default): the whole batch is refused with 422, the detail naming `[i].features.<name>`,
 *   the expected and the given type; the event counts under reason `type`.
 * - `count`: the event is accepted, the value treated as missing and counted as a `type` schema
 *   violation (`mlhealth_feature_violations_total{kind="type"}`).
 * Out-of-range numbers and unseen categories are always accepted and counted (data quality, not
 * malformed input).
 */
export type TypeMismatchPolicy = 'reject' | 'count';

/**
 * How a parent treats a child whose status is `unknown`:
 * - `propagate` (default): the parent is at best `unknown`; it is never `ok` with an unknown child.
 * - `ignore`: unknown children are left out of the rollup; if all are unknown the parent is unknown.
 * - `as_critical`: an unknown child counts as score 0, status critical.
 */
export type UnknownPolicy = 'propagate' | 'ignore' | 'as_critical';

// ---------------------------------------------------------------------------------------------------
// Sources

export type SourceSpec = PrometheusSourceSpec;

/** An existing Prometheus whose series join the cascade through `promql` signals. */
export interface PrometheusSourceSpec {
  id: string;
  type: 'prometheus';
  url: string;
  /** Query timeout in seconds. Default 5. */
  timeout: number;
  /** Secrets are never inline: read from a file or an environment variable at start-up. */
  auth?: {
    bearer_token_file?: string;
    bearer_token_env?: string;
    basic_auth?: { username: string; password_file?: string; password_env?: string };
  };
}

// ---------------------------------------------------------------------------------------------------
// Models

export type FeatureType = 'numeric' | 'categorical' | 'binary';

export interface FeatureSpec {
  name: string;
  type: FeatureType;
  /** numeric: inclusive expected range; a value outside is a `range` schema violation. */
  range?: [number, number];
  /** categorical/binary: expected categories; a value outside is an `unseen_category` violation. */
  categories?: string[];
  /** Drift method for this feature; absent means the automatic rule (`stats/chooseMethod.ts`). */
  drift_method?: DriftMethod;
  /** Business importance weight used by drift rollups when the spec says so. Default 1. */
  importance?: number;
}

export type { DriftMethod };

export type ReferenceSpec =
  /** A CSV (header row) or JSON Lines file, path relative to the spec file. */
  | { file: string }
  /** A pinned window of ingested events (Unix seconds), e.g. the first week after deploy. */
  | { window: { start: number; end: number } };

export type WindowSpec =
  /** The events of the last `duration` seconds. */
  | { duration: number }
  /** The last `count` events. */
  | { count: number };

export interface ModelSpec {
  id: string;
  title?: string;
  version: string;
  /** Unix seconds; model age is measured from here. */
  trained_at?: number;
  task: 'classification' | 'regression';
  owner?: string;
  features: FeatureSpec[];
  reference?: ReferenceSpec;
  /** Unix seconds when the current reference was taken (reference age). From the file's stats if absent. */
  reference_taken_at?: number;
  /** The current window statistics are computed over. Default `{duration: 900}`. */
  window: WindowSpec;
  /** Seconds between evaluations of this model's base nodes. Default `defaults.evaluation_interval`. */
  evaluation_interval: number;
  /** Drift sampling: at most this many current values per feature enter exact tests. Default 5000. */
  sample_size: number;
  /** Quantile bins per numeric feature for PSI/JS/Hellinger. Default 10. */
  bins: number;
  /** Multiple-testing correction over this model's feature tests. Default `bh`. */
  correction: 'none' | 'bonferroni' | 'bh';
  /** Positive class for classification metrics, when predictions are labels. */
  positive_class?: string;
  /** Type-mismatch policy of this model's events. The loader fills it from `defaults.type_mismatch`. */
  type_mismatch?: TypeMismatchPolicy;
}

// ---------------------------------------------------------------------------------------------------
// Nodes

export type Direction = 'higher_is_worse' | 'lower_is_worse';

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
  | { rule: 'weighted_mean' }
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
  /** business nodes only */
  impact?: ImpactSpec;
  decay?: DecaySpec;
  /** When this node is at or worse than the status, `mlhealth_retrain_recommended{model}` is set. */
  retrain_trigger?: { status: Exclude<Status, 'ok' | 'unknown'>; for?: number };
}

// ---------------------------------------------------------------------------------------------------
// Escalation

export type ReceiverSpec =
  | { type: 'webhook'; name: string; url?: string; url_file?: string }
  | { type: 'email'; name: string; to: string }
  | { type: 'slack'; name: string; channel: string; api_url_file: string }
  | { type: 'pagerduty'; name: string; routing_key_file: string };

export interface TeamSpec {
  id: string;
  title?: string;
  receivers: ReceiverSpec[];
  /** Business hours for routes that only page then; Alertmanager time_interval semantics. */
  business_hours?: { weekdays: string[]; start: string; end: string; location: string };
}

export interface EscalationLevelSpec {
  severity: 'warning' | 'critical';
  /** Receiver name within the team. */
  receiver: string;
  /** Who must respond within this many seconds (drives repeat_interval). */
  respond_within: number;
  business_hours_only?: boolean;
}

export interface EscalationPolicySpec {
  id: string;
  team: string;
  levels: EscalationLevelSpec[];
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

export type ScenarioChange =
  | { node: string; value: number }
  | { node: string; score: number }
  | { node: string; status: Status }
  | { fail_source: string }
  | { fail_feature: { model: string; feature: string } }
  | { age_model: { model: string; days: number } }
  | { scale_exposure: { node?: string; factor: number } }
  | { set_exposure: { node: string; value: number } };

export interface ScenarioSpec {
  id: string;
  title: string;
  description?: string;
  changes: ScenarioChange[];
}
