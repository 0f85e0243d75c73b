/**
 * An OTLP logs request after decoding, the same whichever the encoding (JSON or binary protobuf): a flat
 * list of log records, each with its position in the request, its times in Unix seconds, its body and
 * attributes as plain JavaScript values, and its resource's attributes.
 */
import type { Problem } from '../../spec/problem';

/**
 * An OTLP `AnyValue` as JavaScript: string, number (`intValue` and `doubleValue`), boolean, array
 * (`arrayValue`), object (`kvlistValue`; a `__proto__` key is an own property), the base64 text of
 * `bytesValue`, or null for an empty `AnyValue`.
 */
export type OtlpValue = string | number | boolean | null | OtlpValue[] | OtlpMap;

/** A `kvlistValue` or a list of attributes: key → value (any key is an own property, `__proto__` too). */
export interface OtlpMap {
  [key: string]: OtlpValue;
}

/** One log record of the request. */
export interface OtlpLogRecord {
  /** Indices of the record: `resourceLogs[r].scopeLogs[s].logRecords[l]`. */
  r: number;
  s: number;
  l: number;
  /** `timeUnixNano` in Unix seconds; 0 when unset. */
  timeSeconds: number;
  /** `observedTimeUnixNano` in Unix seconds; 0 when unset. */
  observedSeconds: number;
  /** The body; undefined when the record has none. */
  body: OtlpValue | undefined;
  attributes: OtlpMap;
  /** The attributes of the record's resource (shared by the records of one `resourceLogs` entry). */
  resource: OtlpMap;
}

/** A decoded request, or every problem that stopped it from decoding (answered 400). */
export type DecodedLogs = { ok: true; records: OtlpLogRecord[] } | { ok: false; problems: Problem[] };

/**
 * The path of a record in the request, as the OTLP JSON encoding names it.
 * @example recordPath({ r: 0, s: 1, l: 3 }) // 'resourceLogs[0].scopeLogs[1].logRecords[3]'
 */
export function recordPath(record: Pick<OtlpLogRecord, 'r' | 's' | 'l'>): string {
  return `resourceLogs[${record.r}].scopeLogs[${record.s}].logRecords[${record.l}]`;
}

/**
 * Sets `key` on a plain object; `__proto__` as an own property (a plain assignment would set the
 * object's prototype instead). Plain objects rather than null-prototype ones: V8 keeps those fast.
 * @example const o = {}; setKey(o, '__proto__', 1); Object.keys(o) // ['__proto__']
 */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Nested `arrayValue`/`kvlistValue` levels accepted in one value (deeper is refused as undecodable). */
export const MAX_VALUE_DEPTH = 32;
