/**
 * Ingest: validation at the boundary. Request bodies (JSON arrays or NDJSON) in; normalised, typed
 * events, labels and reference rows out, or every problem with its JSON path and the refused items
 * counted by reason. Pure: no I/O, no clock.
 *
 *   const r = validateEvents(model, body, { limits, trackedCategories: (f) => monitor.trackedCategories(f) });
 *   if (!r.ok) → 4xx {error, details: r.details}; count r.reasons into mlhealth_ingest_rejected_events_total
 *   else monitor.ingest(r.events, now)
 *
 * May import: dataset, spec, signals.
 */
export { validateEvents, MAX_LISTED_PROBLEMS } from './validateEvents';
export type { ValidateEventsOptions } from './validateEvents';
export { validateLabels } from './validateLabels';
export { validateReferenceRows, referenceRowFromRecord, MAX_REFERENCE_ROWS } from './validateReference';
export type { ReferenceValidation } from './validateReference';
export { parseBatchBody, parseNdjson } from './parseBody';
export type { ParsedBody } from './parseBody';
export * from './types';
