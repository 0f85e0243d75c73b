/**
 * Ingest, the write side: validation at the boundary, then the service that applies a write whole.
 * Request bodies (JSON arrays or NDJSON) in; normalised, typed events, labels and reference rows out, or
 * every problem with its JSON path and the refused items counted by reason. The validators are pure (no
 * I/O, no clock); `IngestService` applies accepted writes through its ports (ports.ts: the engine, the
 * durable log) and throws `IngestError`, which only `server/` maps to HTTP; `referenceFiles.ts` reads the
 * spec's reference files through `dataset/`.
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
