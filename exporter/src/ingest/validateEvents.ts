/**
 * Batch validation of prediction events: the whole batch is accepted (every event normalised) or
 * refused with every problem listed by JSON path and the refused events counted by reason for
 * `mlhealth_ingest_rejected_events_total{reason}`. Nothing is half-applied.
 */
import type { ModelSpec } from '../spec/types';
import { parseBatchBody } from './parseBody';
import type { PredictionEvent } from '../signals/events';
import type { EventsValidation, IngestLimits, RejectReason, Rejection } from './types';
import { DEFAULT_INGEST_LIMITS } from './types';
import { featureTable } from './featureTable';
import type { FieldProblem } from './fieldChecks';
import { validateEvent } from './validateEvent';
import type { EventCheckContext } from './validateEvent';
import { NO_TYPE_VIOLATIONS } from './validateFeatures';

/** At most this many problems are listed (the counts by reason stay complete). */
export const MAX_LISTED_PROBLEMS = 100;

export interface ValidateEventsOptions {
  limits?: Partial<IngestLimits>;
  /** The monitor's tracked categories per feature, to enforce `maxCategoriesPerFeature`. */
  trackedCategories?: (feature: string) => ReadonlySet<string>;
}

/**
 * Validates a batch body (parsed JSON array, or JSON/NDJSON text) against `model`.
 *
 * Convention: each refused event counts once, under the reason of its first problem; a body that cannot
 * be read at all counts as one `malformed` (or `non_finite`) event; a batch over `maxEventsPerBatch`
 * counts all its events as `too_many_events`; a model over `maxFeatures` refuses every event as
 * `too_many_features`. NDJSON problems name their line. See `validateEvent.ts` for what is refused
 * and what is accepted as a measured schema violation (the model's `type_mismatch` policy decides for
 * mistyped feature values).
 * Complexity: O(events × features). Throws nothing.
 * @example validateEvents(model, [{ features: { amount: 'x' } }]).ok // false under `type_mismatch: reject`
 */
export function validateEvents(
  model: ModelSpec,
  body: unknown,
  options: ValidateEventsOptions = {},
): EventsValidation {
  const limits = { ...DEFAULT_INGEST_LIMITS, ...options.limits };
  const parsed = parseBatchBody(body);
  if (!parsed.ok)
    return {
      ok: false,
      details: parsed.details.slice(0, MAX_LISTED_PROBLEMS),
      reasons: parsed.reasons,
      total: parsed.total,
    };
  const items = parsed.items;
  if (items.length > limits.maxEventsPerBatch) {
    return refuseAll(
      items.length,
      'too_many_events',
      `batch has ${items.length} events, limit ${limits.maxEventsPerBatch}`,
    );
  }
  if (model.features.length > limits.maxFeatures) {
    return refuseAll(
      items.length,
      'too_many_features',
      `model ${model.id} declares ${model.features.length} features, limit ${limits.maxFeatures}`,
    );
  }
  const ctx: EventCheckContext = {
    model,
    table: featureTable(model),
    limits,
    trackedCategories: options.trackedCategories,
    tracked: [],
    batchCategories: [],
    typeViolations: NO_TYPE_VIOLATIONS,
  };
  const events: PredictionEvent[] = new Array<PredictionEvent>(items.length);
  const problems: FieldProblem[] = [];
  const rejection: Rejection = { ok: false, details: [], reasons: {}, total: items.length };
  for (let i = 0; i < items.length; i++) {
    const before = problems.length;
    const event = validateEvent(items[i], i, ctx, problems);
    if (event !== null) {
      events[i] = event;
      continue;
    }
    const first = problems[before].reason;
    rejection.reasons[first] = (rejection.reasons[first] ?? 0) + 1;
    const lineNote = parsed.lines ? ` (line ${parsed.lines[i]})` : '';
    for (let p = before; p < problems.length && rejection.details.length < MAX_LISTED_PROBLEMS; p++)
      rejection.details.push({ path: problems[p].path, message: problems[p].message + lineNote });
  }
  return problems.length > 0 ? rejection : { ok: true, events };
}

function refuseAll(total: number, reason: RejectReason, message: string): Rejection {
  return { ok: false, details: [{ path: '$', message }], reasons: { [reason]: Math.max(total, 1) }, total };
}
