/**
 * The cascade engine's input and output. The engine (`cascade/evaluate.ts`) is pure: base observations
 * and the spec in, a `CascadeSnapshot` out, with the clock passed as `now` (Unix seconds).
 */
import type { Edge } from '../spec/graph';
import type { Status } from '../spec/status';
import type { Tier } from '../spec/types';

export type { Edge };

/** What the signals layer measured for one base node at one evaluation. */
export interface BaseObservation {
  node: string;
  /** The raw statistic in the node's unit; null when it could not be computed (then the node is unknown). */
  value: number | null;
  /** Unix seconds of the newest input behind the value (last event, last source answer); null if none. */
  observedAt: number | null;
  /** Why the value is null or untrustworthy, e.g. "source prom is down", "12 events < 30 needed". */
  reason?: string;
  /**
   * What stands behind a value, for the node's JSON (multivariate drift: the method, its numbers, the
   * separating features). With it, the value's `reason` is appended to the node's reason.
   */
  detail?: Record<string, unknown>;
}

/** Live inputs the business tier needs besides node scores: exposures read from sources. */
export interface CascadeInputs {
  observations: ReadonlyMap<string, BaseObservation>;
  /** Exposure values for impact models that read a series (`exposure.source`), keyed by node id. */
  exposures: ReadonlyMap<string, number | null>;
  /** Ages for decay, seconds, keyed by model id. */
  modelAges: ReadonlyMap<string, number>;
  referenceAges: ReadonlyMap<string, number>;
  /**
   * What-if overrides keyed by node id (set by `applyScenario`; absent in live evaluation). A `value`
   * replaces a base node's observation as fresh data; a `score` or `status` fixes the node's result and
   * bypasses its thresholds, rollup and decay.
   */
  overrides?: ReadonlyMap<string, NodeOverride>;
  /**
   * Unix seconds since which each node with a `retrain_trigger` has continuously met its trigger
   * condition, kept by the caller across evaluations with `nextTriggerSince`. Only needed for triggers
   * with `for`; without an entry such a trigger does not hold yet.
   */
  triggerSince?: ReadonlyMap<string, number>;
}

/** A what-if override of one node (one of the three). */
export type NodeOverride = { value: number } | { score: number } | { status: Status };

export interface Contribution {
  child: string;
  /** Share of the parent's score deficit caused by this child, 0..1; the shares of a parent sum to 1. */
  share: number;
}

export interface ImpactResult {
  measure: string;
  unit: string;
  /** The amount at risk: exposure × loss(score). */
  value: number;
  exposure: number;
  /** The loss fraction applied, 0..1. */
  loss: number;
}

export interface NodeResult {
  id: string;
  tier: Tier;
  model: string;
  /** 0..1, 1 = healthy; null when nothing is known (an unknown base node, or a parent with no known child). */
  score: number | null;
  status: Status;
  /** Base nodes: the raw statistic; parents: null. */
  value: number | null;
  /** Thresholds in the node's unit (base) or in score (parents). */
  thresholds: { warning: number; critical: number } | null;
  contributions: Contribution[];
  impact: ImpactResult | null;
  /** The decay factor applied to the score (1 = none). */
  decay: number;
  /** Why the status is what it is, in one line, e.g. "PSI 0.31 ≥ critical 0.25" or "child fraud.drift is unknown". */
  reason: string;
  /** Base nodes whose observation carries detail (multivariate drift): that detail. */
  detail?: Record<string, unknown>;
  /** Unix seconds of this evaluation. */
  updatedAt: number;
  /**
   * Set when the node declares an impact model but no amount can be given (unknown status or score,
   * unknown exposure): `impact` is then null. Missing data is never priced as zero.
   */
  impactUnknown?: { measure: string; unit: string; exposure: number | null; reason: string };
}

export interface CascadeSnapshot {
  at: number;
  /** In spec order. */
  nodes: NodeResult[];
  edges: Edge[];
  /** model id → retraining trigger holds. */
  retrainRecommended: Record<string, boolean>;
  /** One entry per node with a `retrain_trigger`, in spec order (feed `nextTriggerSince` with it). */
  retrainTriggers?: RetrainTriggerState[];
}

/** The state of one node's retraining trigger at one evaluation. */
export interface RetrainTriggerState {
  node: string;
  /** The node is at or worse than the trigger status now (`unknown` never meets it). */
  condition: boolean;
  /** Since when the condition has held (from `inputs.triggerSince`, or `now` if it starts now); null when it does not hold. */
  since: number | null;
  /** The condition has held for at least the trigger's `for` (immediately when `for` is absent). */
  holds: boolean;
  /** Models the trigger recommends retraining when it holds. */
  models: string[];
}
