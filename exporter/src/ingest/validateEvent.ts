/**
 * Validation of one prediction event against its model. What is refused and what is measured:
 *
 * - Refused (the whole batch gets a 4xx): not an object; `features` not an object; a feature the model
 *   does not declare; an unknown top-level field; confidence outside 0..1; negative latency; NaN or
 *   ±Infinity (or its spelling as text) in a numeric field or feature; a wrongly typed timestamp, id,
 *   prediction, confidence, latency, error or attribution; a category past the tracked-category limit;
 *   a declared feature whose value has the wrong JSON type, under the model's `type_mismatch: reject`
 *   (the default).
 * - Accepted and measured (schema violations are a data-quality signal): out-of-range numbers and
 *   unseen categories, as they are (the monitor counts them); under `type_mismatch: count`, a mistyped
 *   feature value, counted as a `type` violation and treated as missing in statistics.
 * - Missing: a declared feature that is absent, null or "" is missing (counted in completeness).
 */
import type { ModelSpec } from '../spec/types';
import {
  attributionsOf,
  checkEventKeys,
  confidenceOf,
  errorOf,
  idOf,
  latencyOf,
  predictionOf,
  timestampOf,
} from './eventFields';
import type { FeatureTable } from './featureTable';
import { isObject } from './fieldChecks';
import type { FieldProblem } from './fieldChecks';
import { describe } from './parseBody';
import type { PredictionEvent } from '../signals/events';
import type { IngestLimits } from './types';
import { checkFeatures } from './validateFeatures';

/** Per batch: the model's lookup table, the limits and the category budget already used. */
export interface EventCheckContext {
  model: ModelSpec;
  table: FeatureTable;
  limits: IngestLimits;
  /** Categories already tracked per feature (from the monitor); absent = no category limit. */
  trackedCategories?: (feature: string) => ReadonlySet<string>;
  /** `trackedCategories` answers by feature index, asked once per feature and batch. */
  tracked: (ReadonlySet<string> | undefined)[];
  /** New categories this batch brings, by feature index (filled while validating). */
  batchCategories: (Set<string> | undefined)[];
  /** Out-parameter of `checkFeatures`: the type violations of the event just checked. */
  typeViolations: string[];
}

/**
 * Validates and normalises event number `at` of a batch. Returns the event, or null after pushing
 * every problem onto `problems` (paths like `[3].confidence`). Nothing is allocated beyond the event
 * on the success path: JSON paths are built only for problems. O(fields + features). Throws nothing.
 */
export function validateEvent(
  raw: unknown,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): PredictionEvent | null {
  if (!isObject(raw)) {
    const message = `event must be an object, got ${describe(raw)}`;
    problems.push({ path: `[${at}]`, reason: 'malformed', message });
    return null;
  }
  const before = problems.length;
  checkEventKeys(raw, at, problems);
  const timestamp = timestampOf(raw.timestamp, at, problems);
  const id = idOf(raw.id, at, ctx, problems);
  const prediction = predictionOf(raw.prediction, at, ctx, problems);
  const confidence = confidenceOf(raw.confidence, at, problems);
  const latencySeconds = latencyOf(raw.latency_seconds, at, problems);
  const error = errorOf(raw.error, at, ctx, problems);
  const attributions = attributionsOf(raw.attributions, at, ctx, problems);
  const features = checkFeatures(raw.features, at, ctx, problems);
  if (problems.length > before || features === null) return null;
  // One literal in one field order: every event has the same shape, so the monitor's reads stay monomorphic.
  return {
    timestamp,
    id,
    features,
    typeViolations: ctx.typeViolations,
    prediction,
    confidence,
    latencySeconds,
    error,
    attributions,
  };
}
