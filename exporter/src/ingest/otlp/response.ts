/**
 * The answers of the OTLP/HTTP logs receiver, in the request's encoding: an `ExportLogsServiceResponse`
 * (with `partial_success` when records were refused) and, for a protobuf request that fails, a
 * `google.rpc.Status` carrying a `google.rpc.BadRequest` with one field violation per problem. Pure.
 */
import type { Problem } from '../../spec/problem';
import type { LogsOutcome } from './receiveLogs';
import { BAD_REQUEST_TYPE_URL, OTLP_TYPES } from './schema';

/** The two OTLP/HTTP encodings. */
export type OtlpEncoding = 'json' | 'protobuf';

/** At most this many problems are spelled out in `error_message`. */
const LISTED_PROBLEMS = 20;

/**
 * The `error_message` of a partial success: how many records were refused and why, each problem with
 * its path; '' when nothing was refused.
 * @example partialErrorMessage({ accepted: 1, rejected: 1, problems: [{ path: 'resourceLogs[0].scopeLogs[0].logRecords[1]', message: 'names no model: …' }] })
 * // '1 of 2 log records refused: resourceLogs[0].scopeLogs[0].logRecords[1]: names no model: …'
 */
export function partialErrorMessage(outcome: LogsOutcome): string {
  if (outcome.rejected === 0) return '';
  const total = outcome.accepted + outcome.rejected;
  const listed = outcome.problems.slice(0, LISTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`);
  const more = outcome.problems.length - listed.length;
  const tail = more > 0 ? [`… and ${more} more problem${more === 1 ? '' : 's'}`] : [];
  return `${outcome.rejected} of ${total} log records refused: ${[...listed, ...tail].join('; ')}`;
}

/**
 * The `ExportLogsServiceResponse` for `outcome`: empty on full success (the spec requires
 * `partial_success` unset), else `partial_success` with `rejected_log_records` and `error_message`.
 * JSON writes the int64 count as a decimal string (proto3 JSON).
 * @example encodeExportResponse({ accepted: 3, rejected: 0, problems: [] }, 'json') // '{}'
 */
export function encodeExportResponse(outcome: LogsOutcome, encoding: OtlpEncoding): string | Uint8Array {
  const partial =
    outcome.rejected === 0
      ? null
      : { rejectedLogRecords: outcome.rejected, errorMessage: partialErrorMessage(outcome) };
  if (encoding === 'json') {
    if (partial === null) return '{}';
    const json = { ...partial, rejectedLogRecords: String(partial.rejectedLogRecords) };
    return JSON.stringify({ partialSuccess: json });
  }
  const type = OTLP_TYPES.ExportLogsServiceResponse;
  return type.encode(type.create(partial === null ? {} : { partialSuccess: partial })).finish();
}

/** gRPC codes for the HTTP statuses of this receiver (the spec lets clients ignore `code`). */
const GRPC_CODE: Record<number, number> = {
  400: 3,
  401: 16,
  403: 7,
  404: 5,
  413: 8,
  415: 3,
  421: 9,
  429: 8,
};

/**
 * A protobuf `google.rpc.Status` for a failed request: `code` (INVALID_ARGUMENT for 400, …, UNKNOWN
 * otherwise), `message`, and the problems as a `BadRequest`'s field violations.
 * @example OTLP_TYPES.Status.decode(encodeStatus(400, 'undecodable request', [])).message // 'undecodable request'
 */
export function encodeStatus(httpStatus: number, message: string, problems: readonly Problem[]): Uint8Array {
  const fieldViolations = problems.map((p) => ({ field: p.path, description: p.message }));
  const badRequest = OTLP_TYPES.BadRequest.encode(OTLP_TYPES.BadRequest.create({ fieldViolations })).finish();
  const details = problems.length === 0 ? [] : [{ typeUrl: BAD_REQUEST_TYPE_URL, value: badRequest }];
  const status = OTLP_TYPES.Status.create({ code: GRPC_CODE[httpStatus] ?? 2, message, details });
  return OTLP_TYPES.Status.encode(status).finish();
}
