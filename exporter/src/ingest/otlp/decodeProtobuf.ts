/**
 * Decoding an OTLP/HTTP binary protobuf logs request (`ExportLogsServiceRequest`) into the receiver's
 * flat list of log records, with protobufjs over the message types of `schema.ts`. Fields the receiver
 * does not read are skipped by the decoder as unknown fields. Pure.
 */
import type { Problem } from '../../spec/problem';
import { attributesFromMessages, anyValueFromMessage } from './attributesProto';
import type { AnyValueMessage, KeyValueMessage } from './attributesProto';
import { OTLP_TYPES } from './schema';
import type { DecodedLogs, OtlpLogRecord, OtlpMap } from './types';

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

/**
 * Unix nanoseconds in seconds, whole seconds and the rest apart (1.7e18 is past 2^53, so dividing the
 * whole number is not exact). A Long is divided 16 bits at a time: every step stays below 2^53.
 */
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

/**
 * Decodes the bytes of a binary protobuf OTLP logs request. Returns the records in request order, or
 * the decoder's problem at `$` (truncated or malformed wire data, messages nested deeper than
 * protobufjs's limit of 100) or values nested deeper than `MAX_VALUE_DEPTH`. An empty body is an empty
 * request. O(bytes). Throws nothing.
 * @example decodeProtobufLogs(new Uint8Array(0)) // { ok: true, records: [] }
 */
export function decodeProtobufLogs(bytes: Uint8Array): DecodedLogs {
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
