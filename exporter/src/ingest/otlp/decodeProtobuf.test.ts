/**
 * The binary protobuf decoder, against requests encoded two ways: by protobufjs with the receiver's own
 * message types, and by OpenTelemetry's own encoder (`@opentelemetry/otlp-transformer`, the serializer
 * of the OpenTelemetry JS SDK's OTLP exporters), which checks the field numbers of schema.ts against
 * the official ones: a wrong number would decode to missing or wrong values here.
 */
import { JsonLogsSerializer, ProtobufLogsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { Writer } from 'protobufjs';
import { decodeJsonLogs } from './decodeJson';
import { decodeProtobufLogs } from './decodeProtobuf';
import { logsRequest, toProtobuf } from './__fixtures__/otlpRequests';
import type { OtlpLogRecord } from './types';

type SdkLogRecord = Parameters<typeof ProtobufLogsSerializer.serializeRequest>[0][number];

function sdkRecord(resource: Record<string, string>, over: Partial<SdkLogRecord>): SdkLogRecord {
  return {
    hrTime: [1_700_000_000, 250_000_000],
    hrTimeObserved: [1_700_000_001, 0],
    severityNumber: 9,
    severityText: 'INFO',
    resource: resourceFromAttributes(resource),
    instrumentationScope: { name: 'scoring', version: '1.0.0' },
    attributes: {},
    droppedAttributesCount: 0,
    spanContext: { traceId: '5b8efff798038103d269b633813fc60c', spanId: 'eee19b7ec3c1b174', traceFlags: 1 },
    ...over,
  };
}

/** Records as plain data (null-prototype maps as ordinary objects), for comparison. */
const plain = (records: OtlpLogRecord[]): unknown => JSON.parse(JSON.stringify(records));

function ok(decoded: ReturnType<typeof decodeProtobufLogs>): OtlpLogRecord[] {
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
  return decoded.records;
}

describe('decodeProtobufLogs', () => {
  it('decodes what OpenTelemetry’s own encoder writes, the same as its JSON encoding', () => {
    const records = [
      sdkRecord(
        { 'service.name': 'scoring', 'mlhealth.model': 'fraud' },
        {
          body: { amount: 12.5, country: 'US', count: 3, flags: [true, false], nested: { a: 'b' } },
          attributes: { 'mlhealth.confidence': 0.93, 'mlhealth.error': false, 'mlhealth.id': 'p-1' },
        },
      ),
      sdkRecord({ 'service.name': 'other' }, { body: 'a plain message', hrTime: [1_700_000_002, 0] }),
      sdkRecord({ 'service.name': 'other' }, { body: new Uint8Array([104, 105]) }),
    ];
    const fromProto = ok(
      decodeProtobufLogs(ProtobufLogsSerializer.serializeRequest(records) ?? new Uint8Array()),
    );
    const jsonText = Buffer.from(JsonLogsSerializer.serializeRequest(records) ?? new Uint8Array()).toString();
    const fromJson = decodeJsonLogs(jsonText);
    expect(fromJson.ok).toBe(true);
    if (fromJson.ok) expect(plain(fromProto)).toEqual(plain(fromJson.records));
    const [first, second, third] = fromProto;
    expect({ ...(first.body as object) }).toMatchObject({
      amount: 12.5,
      country: 'US',
      count: 3,
      flags: [true, false],
    });
    expect({ ...first.attributes }).toEqual({
      'mlhealth.confidence': 0.93,
      'mlhealth.error': false,
      'mlhealth.id': 'p-1',
    });
    expect(first.resource['mlhealth.model']).toBe('fraud');
    expect([first.timeSeconds, first.observedSeconds]).toEqual([1_700_000_000.25, 1_700_000_001]);
    expect([second.body, second.timeSeconds, second.resource['service.name']]).toEqual([
      'a plain message',
      1_700_000_002,
      'other',
    ]);
    expect(third.body).toBe('aGk=');
  });

  it('decodes what protobufjs encodes from an OTLP JSON request to the same records as the JSON decoder', () => {
    const request = logsRequest(
      {
        resource: { 'service.name': 'svc:m' },
        records: [{ body: { x: 1.5, c: 'a' }, timeUnixNano: '1700000000000000000' }],
      },
      { records: [{ attributes: { 'mlhealth.model': 'm', 'mlhealth.features.x': 2 } }, {}] },
    );
    const fromJson = decodeJsonLogs(JSON.stringify(request));
    expect(fromJson.ok).toBe(true);
    if (fromJson.ok)
      expect(plain(ok(decodeProtobufLogs(toProtobuf(request))))).toEqual(plain(fromJson.records));
  });

  it('converts fixed64 nanoseconds to seconds exactly, up to the largest value', () => {
    const times = ['1700000000250000000', '18446744073709551615', '999999999', '0'];
    const request = {
      resourceLogs: [{ scopeLogs: [{ logRecords: times.map((t) => ({ timeUnixNano: t })) }] }],
    };
    const fromProto = ok(decodeProtobufLogs(toProtobuf(request))).map((r) => r.timeSeconds);
    expect(fromProto).toEqual([1_700_000_000.25, 18_446_744_073 + 0.709551615, 0.999999999, 0]);
    const fromJson = decodeJsonLogs(JSON.stringify(request));
    expect(fromJson.ok && fromJson.records.map((r) => r.timeSeconds)).toEqual(fromProto);
  });

  it('decodes an empty body as an empty request', () => {
    expect(ok(decodeProtobufLogs(new Uint8Array(0)))).toEqual([]);
  });

  it('refuses bytes that are not an ExportLogsServiceRequest, at $', () => {
    const truncated = toProtobuf(logsRequest({ records: [{ body: 'hello' }] })).slice(0, 7);
    for (const bytes of [truncated, Buffer.from('{"resourceLogs": []}')]) {
      const d = decodeProtobufLogs(bytes);
      expect(d.ok).toBe(false);
      if (!d.ok)
        expect(d.problems).toEqual([
          { path: '$', message: expect.stringMatching(/^not an OTLP ExportLogsServiceRequest: /) },
        ]);
    }
  });

  it('refuses values nested deeper than 32 levels, and messages deeper than protobufjs’s limit of 100', () => {
    // Written by hand: protobufjs refuses to encode past its own limit.
    const wrap = (field: number, inner: Uint8Array) =>
      Writer.create()
        .uint32((field << 3) | 2)
        .bytes(inner)
        .finish();
    const nested = (levels: number) => {
      let value = wrap(1, Buffer.from('leaf')); // AnyValue.stringValue
      for (let i = 0; i < levels; i++) value = wrap(5, wrap(1, value)); // AnyValue.arrayValue.values[0]
      return wrap(1, wrap(2, wrap(2, wrap(5, value)))); // resourceLogs.scopeLogs.logRecords.body
    };
    const messages = [40, 60].map((levels) => {
      const d = decodeProtobufLogs(nested(levels));
      return d.ok ? 'decoded' : d.problems[0].message;
    });
    expect(messages).toEqual([
      'values nest deeper than 32 levels',
      'not an OTLP ExportLogsServiceRequest: max depth exceeded',
    ]);
  });
});
