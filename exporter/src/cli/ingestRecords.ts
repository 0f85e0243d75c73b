/**
 * How `mlhealth ingest` turns the rows of a data file into the wire format of the ingest API. Pure.
 *
 * A JSON Lines row that already has a `features` object is sent as it is. A flat row (every CSV row,
 * and flat JSON Lines rows) is split: the columns `timestamp`, `id`, `prediction`, `confidence`,
 * `latency_seconds`, `error` become event fields, `attribution.<feature>` columns become attributions,
 * and every other column is a feature. CSV cells are text: decimal numbers become numbers (the exporter
 * stringifies them again for categorical features), empty and NaN/Inf cells are left out (missing), `error` reads
 * true/false/1/0 as a flag and any other text as an error class.
 */
import { classifyText } from '../dataset/cellValue';
import type { FileRecord } from '../dataset/readRecords';

const EVENT_FIELDS = new Set(['timestamp', 'id', 'prediction', 'confidence', 'latency_seconds', 'error']);
const ATTRIBUTION = 'attribution.';

function cellValue(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const cell = classifyText(v);
  if (cell.kind === 'number') return cell.value;
  // Empty cells and NaN/Inf spellings are missing, as everywhere in mlhealth's file readers.
  if (cell.kind === 'missing') return undefined;
  return v;
}

function errorValue(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim().toLowerCase();
  if (t === '' || t === 'false' || t === '0') return false;
  if (t === 'true' || t === '1') return true;
  return v.trim();
}

/** One file row as an event object for `POST /api/v1/models/{model}/events`. */
export function eventFromRecord(record: FileRecord): Record<string, unknown> {
  if (typeof record.features === 'object' && record.features !== null && !Array.isArray(record.features))
    return record;
  const event: Record<string, unknown> = {};
  const features: Record<string, unknown> = {};
  const attributions: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(record)) {
    const value = column === 'error' ? errorValue(raw) : cellValue(raw);
    if (value === undefined) continue;
    if (EVENT_FIELDS.has(column)) event[column] = column === 'id' || column === 'prediction' ? raw : value;
    else if (column.startsWith(ATTRIBUTION)) attributions[column.slice(ATTRIBUTION.length)] = value;
    else features[column] = value;
  }
  event.features = features;
  if (Object.keys(attributions).length > 0) event.attributions = attributions;
  return event;
}

/** One file row as a label `{id, label}` for `POST /api/v1/models/{model}/labels`. */
export function labelFromRecord(record: FileRecord): Record<string, unknown> {
  const label = typeof record.label === 'string' ? cellValue(record.label) : record.label;
  return { id: record.id, label };
}
