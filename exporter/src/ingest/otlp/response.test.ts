/**
 * The answers, read back by OpenTelemetry's own response decoders (`@opentelemetry/otlp-transformer`,
 * what the OpenTelemetry JS exporters use on our answers) and by protobufjs.
 */
import { JsonLogsSerializer, ProtobufLogsSerializer } from '@opentelemetry/otlp-transformer';
import { encodeExportResponse, encodeStatus, partialErrorMessage } from './response';
import { BAD_REQUEST_TYPE_URL, OTLP_TYPES } from './schema';

const FULL = { accepted: 3, rejected: 0, problems: [] };
const PARTIAL = {
  accepted: 2,
  rejected: 1,
  problems: [{ path: 'resourceLogs[0].scopeLogs[0].logRecords[2]', message: 'names no model' }],
};

const bytes = (v: string | Uint8Array): Uint8Array => (typeof v === 'string' ? Buffer.from(v) : v);

describe('encodeExportResponse', () => {
  it('answers a full success with an empty ExportLogsServiceResponse (partial_success unset)', () => {
    expect(encodeExportResponse(FULL, 'json')).toBe('{}');
    expect(encodeExportResponse(FULL, 'protobuf')).toEqual(new Uint8Array(0));
    expect(ProtobufLogsSerializer.deserializeResponse(bytes(encodeExportResponse(FULL, 'protobuf')))).toEqual(
      {},
    );
  });

  it('answers a partial success with rejected_log_records and error_message, in both encodings', () => {
    const message = '1 of 3 log records refused: resourceLogs[0].scopeLogs[0].logRecords[2]: names no model';
    expect(partialErrorMessage(PARTIAL)).toBe(message);
    const json = encodeExportResponse(PARTIAL, 'json');
    expect(JSON.parse(json as string)).toEqual({
      partialSuccess: { rejectedLogRecords: '1', errorMessage: message },
    });
    expect(JsonLogsSerializer.deserializeResponse(bytes(json)).partialSuccess?.errorMessage).toBe(message);
    const proto = ProtobufLogsSerializer.deserializeResponse(
      bytes(encodeExportResponse(PARTIAL, 'protobuf')),
    );
    expect(Number(proto.partialSuccess?.rejectedLogRecords)).toBe(1);
    expect(proto.partialSuccess?.errorMessage).toBe(message);
  });

  it('lists at most 20 problems in error_message and says how many more there are', () => {
    const problems = Array.from({ length: 23 }, (_, i) => ({ path: `p${i}`, message: 'm' }));
    const message = partialErrorMessage({ accepted: 0, rejected: 23, problems });
    expect(message.startsWith('23 of 23 log records refused: p0: m; p1: m;')).toBe(true);
    expect(message.endsWith('p19: m; … and 3 more problems')).toBe(true);
  });
});

describe('encodeStatus', () => {
  it('writes a google.rpc.Status with the problems as a google.rpc.BadRequest', () => {
    const status = OTLP_TYPES.Status.toObject(
      OTLP_TYPES.Status.decode(
        encodeStatus(400, 'undecodable OTLP logs request', [{ path: '$', message: 'truncated' }]),
      ),
    ) as { code: number; message: string; details: { typeUrl: string; value: Uint8Array }[] };
    expect([status.code, status.message, status.details[0].typeUrl]).toEqual([
      3,
      'undecodable OTLP logs request',
      BAD_REQUEST_TYPE_URL,
    ]);
    expect(OTLP_TYPES.BadRequest.toObject(OTLP_TYPES.BadRequest.decode(status.details[0].value))).toEqual({
      fieldViolations: [{ field: '$', description: 'truncated' }],
    });
  });
});
