/**
 * Decoding an OTLP/HTTP binary protobuf logs request (`ExportLogsServiceRequest`) into the receiver's
 * flat list of log records: wireLogs.ts reads the wire data straight into the records (fields the
 * receiver does not read are skipped, as any protobuf decoder skips unknown fields). Pure.
 */
import type { Problem } from '../../spec/problem';
import type { DecodedLogs } from './types';
import { readLogsRequest } from './wireLogs';

/**
 * Decodes the bytes of a binary protobuf OTLP logs request. Returns the records in request order, or
 * the decoder's problem at `$` (truncated or malformed wire data, invalid UTF-8 in a string, messages
 * nested deeper than protobuf's usual limit of 100) or the problems of values nested deeper than
 * `MAX_VALUE_DEPTH` (up to 20). An empty body is an empty request. O(bytes). Throws nothing.
 * @example decodeProtobufLogs(new Uint8Array(0)) // { ok: true, records: [] }
 */
export function decodeProtobufLogs(bytes: Uint8Array): DecodedLogs {
  const problems: Problem[] = [];
  try {
    const records = readLogsRequest(bytes, problems);
    return problems.length > 0 ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, records };
  } catch (error) {
    const why = (error as Error).message;
    return { ok: false, problems: [{ path: '$', message: `not an OTLP ExportLogsServiceRequest: ${why}` }] };
  }
}
