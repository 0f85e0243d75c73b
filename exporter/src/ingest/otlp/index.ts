/**
 * The OTLP/HTTP logs receiver's decoding and mapping: an `ExportLogsServiceRequest` (OTLP JSON or binary
 * protobuf) → log records → per-model prediction events through `IngestPort.events`, and the
 * `ExportLogsServiceResponse` or `google.rpc.Status` answers. The HTTP route is server/routes/otlp.ts;
 * the mapping is documented in docs/integrations/opentelemetry.md.
 */
export { decodeJsonLogs } from './decodeJson';
export { decodeProtobufLogs } from './decodeProtobuf';
export { eventOf, mapLogRecords, modelOf } from './mapRecords';
export { receiveLogs, type LogsOutcome } from './receiveLogs';
export { encodeExportResponse, encodeStatus, partialErrorMessage, type OtlpEncoding } from './response';
export type { DecodedLogs, OtlpLogRecord, OtlpValue } from './types';
