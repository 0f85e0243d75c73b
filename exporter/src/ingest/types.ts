/**
 * The shapes ingest produces: validated, normalised prediction events and label records. Everything
 * below ingest (signals, store) receives these and never re-validates.
 */

/** A feature value after validation: number (numeric), string (categorical/binary) or null (missing). */
export type FeatureValue = number | string | null;

/** One accepted prediction event, normalised. JSON-serialisable (the durable store persists it as is). */
export interface PredictionEvent {
  /** Unix seconds; null when the producer sent none (the monitor then uses the arrival time `now`). */
  timestamp: number | null;
  /** Producer's prediction id, used to join late labels; null when absent. */
  id: string | null;
  /**
   * Every declared feature of the model: a number for numeric features, a string for categorical/binary
   * features, null when missing (absent, null, "") or mistyped under the `count` policy (see
   * `typeViolations`). Ingest emits the keys in spec order (the monitor's fast path relies on it; any
   * order is still read correctly). May be the parsed request object itself: treat it as read-only.
   */
  features: Record<string, FeatureValue>;
  /**
   * Declared features whose value had the wrong JSON type (`count` policy only); their value above is
   * null. Often a shared frozen empty array: never mutate it.
   */
  typeViolations: string[];
  /** Regression: a number; classification: the predicted class as a string. */
  prediction: number | string | null;
  /** Probability the model gives its own prediction, 0..1. */
  confidence: number | null;
  latencySeconds: number | null;
  /** null: no error; otherwise the error class (`"error"` when the producer sent `true`). */
  error: string | null;
  /** Per-feature attribution (e.g. SHAP value), declared features only. */
  attributions: Record<string, number> | null;
}

/** A late ground-truth label, joined to an earlier prediction by `id`. */
export interface LabelRecord {
  id: string;
  /** Classification: the true class as a string; regression: the true value. */
  label: number | string;
}

/** One problem with a request body, with a JSON path into it (`[3].features.amount`). */
export interface IngestProblem {
  path: string;
  message: string;
}

/**
 * Why an event was rejected; the `reason` label of `mlhealth_ingest_rejected_events_total`. `type`: a
 * declared feature with a value of the wrong JSON type, under the `reject` type-mismatch policy.
 */
export type RejectReason =
  | 'malformed'
  | 'unknown_feature'
  | 'type'
  | 'confidence_range'
  | 'negative_latency'
  | 'non_finite'
  | 'invalid_field'
  | 'too_many_categories'
  | 'too_many_events'
  | 'too_many_features'
  | 'too_many_models';

export const REJECT_REASONS: readonly RejectReason[] = [
  'malformed',
  'unknown_feature',
  'type',
  'confidence_range',
  'negative_latency',
  'non_finite',
  'invalid_field',
  'too_many_categories',
  'too_many_events',
  'too_many_features',
  'too_many_models',
] as const;

/** A refused batch: nothing of it is applied; every problem is listed. */
export interface Rejection {
  ok: false;
  details: IngestProblem[];
  /** Rejected item counts by reason; each rejected item counts once, under its first problem. */
  reasons: Partial<Record<RejectReason, number>>;
  /** Items in the body (0 when the body itself could not be read). */
  total: number;
}

export type EventsValidation = { ok: true; events: PredictionEvent[] } | Rejection;
export type LabelsValidation = { ok: true; labels: LabelRecord[] } | Rejection;

/** Limits a batch is checked against (issue 6: no client can blow up memory or cardinality). */
export interface IngestLimits {
  /** Events (or labels, or reference rows) per request. Default 10,000. */
  maxEventsPerBatch: number;
  /** Declared features a model may have; a model over it rejects every batch. Default 200. */
  maxFeatures: number;
  /** Distinct categories tracked per categorical feature; a new category past it rejects its event. Default 1,000. */
  maxCategoriesPerFeature: number;
  /** Length of an `id` or a category string. Default 256. */
  maxStringLength: number;
  /**
   * Models served, in spec order; writes for a later model are refused with reason `too_many_models`
   * (`security/limits.ts`, `modelLimitProblem`). Default 100.
   */
  maxModels: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxEventsPerBatch: 10_000,
  maxFeatures: 200,
  maxCategoriesPerFeature: 1_000,
  maxStringLength: 256,
  maxModels: 100,
};
