/**
 * Reference rows for `PUT /api/v1/models/{model}/reference` (and reference files read as records):
 * either event-shaped (`{features: {...}, prediction, confidence, attributions}`, checked like events)
 * or flat records as a CSV or JSON Lines file has them (`{amount: "12.5", country: "de", prediction: 1}`).
 *
 * Flat records are read leniently, since CSV has no types: for a numeric feature a numeric string is a
 * number and an empty cell or NaN/Inf spelling is missing (the dataset reader's conventions); columns
 * named `prediction`, `confidence` are read as such, `attribution.<feature>` as attributions, and any
 * other column is ignored (reference exports carry ids, labels, timestamps).
 */
import { toNFC } from '../spec/nfc';
import { classifyText } from '../dataset/cellValue';
import type { ModelSpec } from '../spec/types';
import type { ReferenceRow } from '../signals/reference';
import { isObject } from './fieldChecks';
import { parseBatchBody } from './parseBody';
import type { FeatureValue } from '../signals/events';
import type { IngestLimits, Rejection } from './types';
import { DEFAULT_INGEST_LIMITS } from './types';
import { validateEvents } from './validateEvents';

export type ReferenceValidation = { ok: true; rows: ReferenceRow[] } | Rejection;

/** Reference rows past this are refused (the profile keeps a bounded sample anyway). Default 1,000,000. */
export const MAX_REFERENCE_ROWS = 1_000_000;

/**
 * Validates and normalises reference rows. Event-shaped rows go through `validateEvents` (strict);
 * flat records are read leniently as described above. An empty body is refused. Throws nothing.
 * @example validateReferenceRows(model, [{ amount: '3.5', country: 'de' }]) // ok, amount 3.5
 */
export function validateReferenceRows(
  model: ModelSpec,
  body: unknown,
  limits: Partial<IngestLimits> = {},
  maxRows = MAX_REFERENCE_ROWS,
): ReferenceValidation {
  const parsed = parseBatchBody(body);
  if (!parsed.ok) return { ok: false, details: parsed.details, reasons: parsed.reasons, total: parsed.total };
  const items = parsed.items;
  if (items.length === 0)
    return {
      ok: false,
      details: [{ path: '$', message: 'reference has no rows' }],
      reasons: { malformed: 1 },
      total: 0,
    };
  if (items.length > maxRows) {
    return {
      ok: false,
      details: [{ path: '$', message: `reference has ${items.length} rows, limit ${maxRows}` }],
      reasons: { too_many_events: items.length },
      total: items.length,
    };
  }
  if (items.every((item) => isObject(item) && isObject(item.features))) {
    const events = validateEvents(model, items, {
      limits: { ...DEFAULT_INGEST_LIMITS, ...limits, maxEventsPerBatch: maxRows },
    });
    if (!events.ok) return events;
    return {
      ok: true,
      rows: events.events.map((e) => ({
        features: e.features,
        prediction: e.prediction,
        confidence: e.confidence,
        attributions: e.attributions,
      })),
    };
  }
  const bad = items.findIndex((item) => !isObject(item));
  if (bad >= 0)
    return {
      ok: false,
      details: [{ path: `[${bad}]`, message: 'reference row must be an object' }],
      reasons: { malformed: 1 },
      total: items.length,
    };
  return {
    ok: true,
    rows: (items as Record<string, unknown>[]).map((record) => referenceRowFromRecord(model, record)),
  };
}

/** One flat record (CSV/JSONL cells) as a reference row. Complexity O(features). Throws nothing. */
export function referenceRowFromRecord(model: ModelSpec, record: Record<string, unknown>): ReferenceRow {
  const features: Record<string, FeatureValue> = {};
  let attributions: Record<string, number> | null = null;
  for (const f of model.features) {
    const cell = record[f.name] ?? nfcKeyed(record).get(f.name);
    features[f.name] = f.type === 'numeric' ? cellNumber(cell) : cellCategory(cell);
    const a = cellNumber(record[`attribution.${f.name}`]);
    if (a !== null) (attributions ??= {})[f.name] = a;
  }
  const prediction =
    model.task === 'regression' ? cellNumber(record.prediction) : cellCategory(record.prediction);
  const confidence = cellNumber(record.confidence);
  return {
    features,
    prediction,
    confidence: confidence !== null && confidence >= 0 && confidence <= 1 ? confidence : null,
    attributions,
  };
}

function cellNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const cell = classifyText(v);
  return cell.kind === 'number' ? cell.value : null;
}

function cellCategory(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'string' || typeof v === 'boolean') return toNFC(String(v));
  return null;
}

const nfcViews = new WeakMap<Record<string, unknown>, Map<string, unknown>>();

/** The record's cells keyed by the NFC form of their names, built once per record that needs it. */
function nfcKeyed(record: Record<string, unknown>): Map<string, unknown> {
  let view = nfcViews.get(record);
  if (view === undefined) {
    view = new Map(Object.entries(record).map(([k, v]) => [toNFC(k), v]));
    nfcViews.set(record, view);
  }
  return view;
}
