/**
 * The receiver's first protobuf decoder, kept as the tests' reference: protobufjs decodes the request
 * into message objects (the types of schema.ts), which are then read into log records. wireLogs.ts
 * reads the wire data straight into the same records, about four times faster; the tests decode the
 * same bytes both ways and expect the same records, problems and refusals. Values as attributes.ts
 * gives them for the JSON encoding: int64 as a number (exact up to 2^53), `bytesValue` as base64 text,
 * `kvlistValue` as an object, an empty `AnyValue` as null.
 */
import type { Problem } from '../../../spec/problem';
import { OTLP_TYPES } from '../schema';
import { MAX_VALUE_DEPTH, setKey, type DecodedLogs, type OtlpLogRecord, type OtlpMap, type OtlpValue } from '../types';

/** An `AnyValue` message as protobufjs decodes it (the oneof `value` names the field that is set). */
export interface AnyValueMessage {
  value?: string;
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | { toNumber(): number };
  doubleValue?: number;
  arrayValue?: { values: AnyValueMessage[] } | null;
  kvlistValue?: { values: KeyValueMessage[] } | null;
  bytesValue?: Uint8Array;
}

export interface KeyValueMessage {
  key: string;
  value?: AnyValueMessage | null;
}

/**
 * A decoded `AnyValue` message as an `OtlpValue`; nesting deeper than `MAX_VALUE_DEPTH` pushes a problem
 * at `path`. O(size of the value).
 * @example anyValueFromMessage({ value: 'boolValue', boolValue: true }, 'body', []) // true
 */
export function anyValueFromMessage(
  m: AnyValueMessage | null | undefined,
  path: string,
  problems: Problem[],
  depth = 0,
): OtlpValue {
  switch (m?.value) {
    case 'stringValue':
      return m.stringValue ?? '';
    case 'boolValue':
      return m.boolValue === true;
    case 'intValue':
      return typeof m.intValue === 'number' ? m.intValue : (m.intValue?.toNumber() ?? 0);
    case 'doubleValue':
      return m.doubleValue ?? 0;
    case 'bytesValue':
      return Buffer.from(m.bytesValue ?? []).toString('base64');
    case 'arrayValue':
    case 'kvlistValue':
      if (depth >= MAX_VALUE_DEPTH) {
        problems.push({ path, message: `values nest deeper than ${MAX_VALUE_DEPTH} levels` });
        return null;
      }
      if (m.value === 'kvlistValue')
        return attributesFromMessages(m.kvlistValue?.values ?? [], path, problems, depth + 1);
      return (m.arrayValue?.values ?? []).map((v, i) =>
        anyValueFromMessage(v, `${path}.arrayValue.values[${i}]`, problems, depth + 1),
      );
    default:
      return null;
  }
}

/**
 * Decoded `KeyValue` messages as an object (keys set by `setKey`); a later duplicate key wins. O(size).
 * @example attributesFromMessages([{ key: 'a', value: { value: 'stringValue', stringValue: 'x' } }], 'attributes', []) // { a: 'x' }
 */
export function attributesFromMessages(
  list: readonly KeyValueMessage[],
  path: string,
  problems: Problem[],
  depth = 0,
): OtlpMap {
  const out: OtlpMap = {};
  for (const kv of list) {
    const m = kv.value;
    const v =
      m?.value === 'stringValue'
        ? (m.stringValue ?? '')
        : m?.value === 'doubleValue'
          ? (m.doubleValue ?? 0)
          : undefined;
    setKey(out, kv.key, v !== undefined ? v : anyValueFromMessage(m, `${path}.${kv.key}`, problems, depth));
  }
  return out;
}

/** A fixed64 as protobufjs gives it: a number, or a `Long` (32-bit halves) when `long` is present. */
type Fixed64 = number | { high: number; low: number };

interface RequestMessage {
  resourceLogs: {
    resource?: { attributes: KeyValueMessage[] } | null;
    scopeLogs: {
      logRecords: {
        timeUnixNano?: Fixed64;
        observedTimeUnixNano?: Fixed64;
        body?: AnyValueMessage | null;
        attributes: KeyValueMessage[];
      }[];
    }[];
  }[];
}

/** Unix nanoseconds in seconds; a Long divided 16 bits at a time, every step below 2^53. */
function seconds(nanos: Fixed64 | undefined): number {
  if (nanos === undefined) return 0;
  if (typeof nanos === 'number') return Math.floor(nanos / 1e9) + (nanos % 1e9) / 1e9;
  const high = nanos.high >>> 0;
  const low = nanos.low >>> 0;
  let quotient = 0;
  let rest = 0;
  for (const digit of [high >>> 16, high & 0xffff, low >>> 16, low & 0xffff]) {
    const current = rest * 65536 + digit;
    const q = Math.floor(current / 1e9);
    quotient = quotient * 65536 + q;
    rest = current - q * 1e9;
  }
  return quotient + rest / 1e9;
}

/** `decodeProtobufLogs` as it was with protobufjs: the same answer for the same bytes. */
export function decodeWithProtobufjs(bytes: Uint8Array): DecodedLogs {
  let message: RequestMessage;
  try {
    message = OTLP_TYPES.ExportLogsServiceRequest.decode(bytes) as unknown as RequestMessage;
  } catch (error) {
    const why = (error as Error).message;
    return { ok: false, problems: [{ path: '$', message: `not an OTLP ExportLogsServiceRequest: ${why}` }] };
  }
  const problems: Problem[] = [];
  const records: OtlpLogRecord[] = [];
  message.resourceLogs.forEach((resourceLogs, r) => {
    const path = `resourceLogs[${r}].resource.attributes`;
    const resource: OtlpMap =
      resourceLogs.resource === null || resourceLogs.resource === undefined
        ? {}
        : attributesFromMessages(resourceLogs.resource.attributes, path, problems);
    resourceLogs.scopeLogs.forEach((scope, s) => {
      scope.logRecords.forEach((m, l) => {
        const at = `resourceLogs[${r}].scopeLogs[${s}].logRecords[${l}]`;
        records.push({
          r,
          s,
          l,
          timeSeconds: seconds(m.timeUnixNano),
          observedSeconds: seconds(m.observedTimeUnixNano),
          body:
            m.body === null || m.body === undefined
              ? undefined
              : anyValueFromMessage(m.body, `${at}.body`, problems),
          attributes: attributesFromMessages(m.attributes, `${at}.attributes`, problems),
          resource,
        });
      });
    });
  });
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, records };
}
