/**
 * What a model monitor consumes: validated, normalised prediction events and label records. The ingest
 * layer produces them from request bodies and files; signals and the store receive them and never
 * re-validate.
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
