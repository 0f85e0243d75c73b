/**
 * The OTLP logs messages as protobufjs types, for encoding the answers (requests are read from the wire
 * by wireLogs.ts, with the same field numbers; the tests encode requests with these types and keep the
 * protobufjs decoding as the reference it must agree with). The field names and numbers are those of the official OpenTelemetry protos
 * (opentelemetry-proto v1.x: `collector/logs/v1/logs_service.proto`, `logs/v1/logs.proto`,
 * `common/v1/common.proto`, `resource/v1/resource.proto`) and of `google/rpc/status.proto` and
 * `google/rpc/error_details.proto` for failures, written here as a protobufjs JSON descriptor.
 *
 * Only the fields the receiver reads are declared: everything else (trace and span ids, severity, flags,
 * scopes, schema URLs, the profiling-only `*_strindex` fields, fields added later) is skipped as an
 * unknown field, exactly as any protobuf decoder skips fields it does not know. Why a descriptor and
 * not a package: since 0.218 `@opentelemetry/otlp-transformer` ships hand-written serializers that only
 * encode requests and decode responses; no maintained npm package decodes an `ExportLogsServiceRequest`.
 * The tests check these numbers against that package's official encoder and decoder.
 */
import protobuf from 'protobufjs';

const fields = (
  list: Record<string, { type: string; id: number; rule?: 'repeated' }>,
): { fields: typeof list } => ({ fields: list });

const DESCRIPTOR = {
  nested: {
    otlp: {
      nested: {
        ExportLogsServiceRequest: fields({ resourceLogs: { type: 'ResourceLogs', id: 1, rule: 'repeated' } }),
        ResourceLogs: fields({
          resource: { type: 'Resource', id: 1 },
          scopeLogs: { type: 'ScopeLogs', id: 2, rule: 'repeated' },
        }),
        Resource: fields({ attributes: { type: 'KeyValue', id: 1, rule: 'repeated' } }),
        ScopeLogs: fields({ logRecords: { type: 'LogRecord', id: 2, rule: 'repeated' } }),
        LogRecord: fields({
          timeUnixNano: { type: 'fixed64', id: 1 },
          body: { type: 'AnyValue', id: 5 },
          attributes: { type: 'KeyValue', id: 6, rule: 'repeated' },
          observedTimeUnixNano: { type: 'fixed64', id: 11 },
        }),
        AnyValue: {
          oneofs: {
            value: {
              oneof: [
                'stringValue',
                'boolValue',
                'intValue',
                'doubleValue',
                'arrayValue',
                'kvlistValue',
                'bytesValue',
              ],
            },
          },
          ...fields({
            stringValue: { type: 'string', id: 1 },
            boolValue: { type: 'bool', id: 2 },
            intValue: { type: 'int64', id: 3 },
            doubleValue: { type: 'double', id: 4 },
            arrayValue: { type: 'ArrayValue', id: 5 },
            kvlistValue: { type: 'KeyValueList', id: 6 },
            bytesValue: { type: 'bytes', id: 7 },
          }),
        },
        ArrayValue: fields({ values: { type: 'AnyValue', id: 1, rule: 'repeated' } }),
        KeyValueList: fields({ values: { type: 'KeyValue', id: 1, rule: 'repeated' } }),
        KeyValue: fields({ key: { type: 'string', id: 1 }, value: { type: 'AnyValue', id: 2 } }),
        ExportLogsServiceResponse: fields({ partialSuccess: { type: 'ExportLogsPartialSuccess', id: 1 } }),
        ExportLogsPartialSuccess: fields({
          rejectedLogRecords: { type: 'int64', id: 1 },
          errorMessage: { type: 'string', id: 2 },
        }),
        // google.rpc.Status, google.protobuf.Any, google.rpc.BadRequest: the body of a failure.
        Status: fields({
          code: { type: 'int32', id: 1 },
          message: { type: 'string', id: 2 },
          details: { type: 'Any', id: 3, rule: 'repeated' },
        }),
        Any: fields({ typeUrl: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } }),
        BadRequest: fields({ fieldViolations: { type: 'FieldViolation', id: 1, rule: 'repeated' } }),
        FieldViolation: fields({
          field: { type: 'string', id: 1 },
          description: { type: 'string', id: 2 },
        }),
      },
    },
  },
};

const root = protobuf.Root.fromJSON(DESCRIPTOR);
const type = (name: string): protobuf.Type => root.lookupType(`otlp.${name}`);

/** The OTLP logs request, response and failure messages, plus the parts tests build requests from. */
export const OTLP_TYPES = {
  ExportLogsServiceRequest: type('ExportLogsServiceRequest'),
  ExportLogsServiceResponse: type('ExportLogsServiceResponse'),
  Status: type('Status'),
  BadRequest: type('BadRequest'),
} as const;

/** The `type_url` of a `google.rpc.BadRequest` packed in a `google.protobuf.Any`. */
export const BAD_REQUEST_TYPE_URL = 'type.googleapis.com/google.rpc.BadRequest';
