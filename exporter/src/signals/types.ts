/**
 * Public types of the signals layer: what a `ModelMonitor` is configured with and what one evaluation
 * returns (base observations for the cascade engine, anomaly scores, and the detail statistics behind
 * the contract's detail series).
 */
import type { BaseObservation } from '../cascade/types';
import type { DriftMethod, ModelSpec, NodeSpec, SpecDefaults } from '../spec/types';

/** What one model's monitor needs from the spec: the model, its base nodes, the spec defaults. */
export interface MonitorConfig {
  model: ModelSpec;
  /** Base nodes whose `model` is this model (promql nodes are skipped: the source layer serves them). */
  nodes: readonly NodeSpec[];
  defaults: SpecDefaults;
}

/** Sizes that bound a monitor's memory; the defaults are documented in docs/signals.md. */
export interface MonitorOptions {
  /** Buckets in the window ring (duration windows: width = duration / buckets). Default 60. */
  windowBuckets: number;
  /** Fine reference-quantile bins per numeric feature and bucket (the KS/PSI sketch). Default 128. */
  fineBins: number;
  /** Reference values kept per numeric column (evenly spaced order statistics). Default 10,000. */
  maxReferenceSample: number;
  /** Categories tracked per categorical column (and the prediction column); later new ones fold into `__other__`. Default 1,000. */
  maxCategories: number;
  /** Predictions remembered by id for joining late labels (oldest evicted first). Default 20,000. */
  maxPendingLabels: number;
  /** Past values kept per base node for its anomaly score. Default 60. */
  anomalyHistory: number;
  /** Non-missing current values a drift test needs (and reference values). Default 30. */
  minDriftSamples: number;
  /** Events a performance estimate (or labels a realized metric) needs. Default 30. */
  minPerformanceSamples: number;
}

export const DEFAULT_MONITOR_OPTIONS: MonitorOptions = {
  windowBuckets: 60,
  fineBins: 128,
  maxReferenceSample: 10_000,
  maxCategories: 1_000,
  maxPendingLabels: 20_000,
  anomalyHistory: 60,
  minDriftSamples: 30,
  minPerformanceSamples: 30,
};

/** The category every category past `maxCategories` is counted under. */
export const OTHER_CATEGORY = '__other__';

export type ViolationKind = 'type' | 'range' | 'unseen_category';
export const VIOLATION_KINDS: readonly ViolationKind[] = ['type', 'range', 'unseen_category'] as const;

/** One feature's drift test at one evaluation (the `mlhealth_feature_drift*` detail series). */
export interface FeatureDriftResult {
  feature: string;
  method: DriftMethod;
  /** null when the test could not run (see `reason`). */
  statistic: number | null;
  /** After the model's multiple-testing correction; null for distance methods. */
  pValue: number | null;
  drifted: boolean | null;
  threshold: number;
  /** Current non-missing values in the window, and how many entered the test (≤ sample_size). */
  currentCount: number;
  testedCount: number;
  reason?: string;
}

/** Per-feature detail at one evaluation. Violation totals are monotonic since the monitor started. */
export interface FeatureDetail {
  feature: string;
  drift: FeatureDriftResult;
  /** Share of window events whose value is missing or mistyped; null with an empty window. */
  missingRatio: number | null;
  violationsTotal: Record<ViolationKind, number>;
}

/**
 * Latency histogram since start, for `mlhealth_prediction_latency_seconds`: `counts[i]` are the
 * observations ≤ `LATENCY_BUCKETS[i]` and above the previous bound (NOT cumulative); the last entry is
 * the `+Inf` overflow, so `counts.length === LATENCY_BUCKETS.length + 1`.
 */
export interface LatencyHistogramTotals {
  bounds: readonly number[];
  counts: number[];
  sum: number;
  count: number;
}

/** Monotonic totals and detail stats of a model. */
export interface ModelDetail {
  model: string;
  version: string;
  trainedAt: number | null;
  referenceTakenAt: number | null;
  hasReference: boolean;
  features: FeatureDetail[];
  /** Drift of the prediction column against the reference's predictions; null without either. */
  predictionDrift: FeatureDriftResult | null;
  /** Accepted events since start (`mlhealth_predictions_total`). */
  predictionsTotal: number;
  /** Accepted events with an error (`mlhealth_prediction_errors_total`). */
  errorsTotal: number;
  labelsJoinedTotal: number;
  labelsUnmatchedTotal: number;
  policyViolationsTotal: number;
  latency: LatencyHistogramTotals;
  /** Events in the current window and the newest event time. */
  windowEvents: number;
  lastEventAt: number | null;
}

/** One evaluation of a model's base nodes at `at`. */
export interface ModelEvaluation {
  at: number;
  /** One per non-promql base node of the model, in spec order. */
  observations: BaseObservation[];
  /** Robust z-score of each node's value against its own history; null while history is short. */
  anomalyScores: Record<string, number | null>;
  detail: ModelDetail;
}

/** What a batch did to the monitor. */
export interface IngestSummary {
  accepted: number;
  /** Events whose timestamp was already older than the window: counted in totals, not in the window. */
  outsideWindow: number;
}

export interface LabelSummary {
  joined: number;
  /** Labels whose id was not (or no longer) remembered. */
  unmatched: number;
}
