/**
 * The shapes of the ingest layer's answers: problems, rejections, validations and limits. The events it
 * produces are declared by their consumer, `signals/events.ts`.
 */

import type { Problem } from '../spec/problem';
import type { LabelRecord, PredictionEvent } from '../signals/events';

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
  details: Problem[];
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
