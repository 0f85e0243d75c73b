/**
 * The OTLP/HTTP logs receiver end to end: the real exporter (buildExporter at a test clock) on
 * 127.0.0.1, `POST /v1/logs` as OTLP JSON, binary protobuf (encoded by protobufjs and by OpenTelemetry's
 * own encoder) and gzip'd protobuf (the Collector's default), BentoML's OTLP monitor records, partial
 * successes and the 400/413/415 answers; then what arrived, through `/metrics` and the JSON API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JsonLogsSerializer, ProtobufLogsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { OTLP_TYPES } from '../src/ingest/otlp/schema';
import {
  bentoRecord,
  bentoResource,
  logsRequest,
  toProtobuf,
  type RecordSpec,
} from '../src/ingest/otlp/__fixtures__/otlpRequests';
import { requiredScope } from '../src/security/scopes';
import type { Listening } from '../src/server/listen';
import { harness, serve, type Harness } from './support/harness';
import { sampleValue } from './support/http';

const IRIS = 'iris_classifier_prediction';
const MAX_BODY = 256 * 1024;

const SPEC = `api_version: mlhealth/v1
name: otlp-test
version: '1'
currency: USD
models:
  - id: fraud
    version: '1'
    task: classification
    features: [{ name: amount, type: numeric }, { name: country, type: categorical }]
  - id: ${IRIS}
    version: '1'
    task: classification
    features:
      - { name: sepal length, type: numeric }
      - { name: sepal width, type: numeric }
      - { name: petal length, type: numeric }
      - { name: petal width, type: numeric }
nodes:
  - { id: fraud.missing, tier: base, model: fraud, title: Fraud missing, signal: { kind: missing_ratio }, thresholds: { warning: 0.1, critical: 0.4, direction: higher_is_worse } }
  - { id: iris.missing, tier: base, model: ${IRIS}, title: Iris missing, signal: { kind: missing_ratio }, thresholds: { warning: 0.1, critical: 0.4, direction: higher_is_worse } }
  - { id: quality, tier: component, title: Quality, children: [{ node: fraud.missing }, { node: iris.missing }], rollup: { rule: worst_of } }
  - id: revenue
    tier: business
    title: Revenue
    children: [{ node: quality }]
    rollup: { rule: worst_of }
    impact: { measure: revenue_at_risk, unit: USD/hour, exposure: { constant: 1000 }, loss: { kind: linear, max_loss: 1 } }
`;

interface Answer {
  status: number;
  type: string | null;
  bytes: Uint8Array;
  text: string;
}

let dir: string;
let h: Harness;
let server: Listening;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-otlp-'));
  writeFileSync(join(dir, 'spec.yaml'), SPEC);
  h = await harness({ specPath: join(dir, 'spec.yaml'), maxBodyBytes: MAX_BODY });
  server = await serve(h.built.app);
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(body: string | Uint8Array, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${server.url}/v1/logs`, { method: 'POST', headers, body });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes,
    text: Buffer.from(bytes).toString(),
  };
}

const postJson = (request: unknown) => post(JSON.stringify(request), { 'content-type': 'application/json' });
const postProto = (bytes: Uint8Array, gzip = false) =>
  post(gzip ? gzipSync(bytes) : bytes, {
    'content-type': 'application/x-protobuf',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });

async function series(name: string): Promise<number | undefined> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return sampleValue(text, name);
}
const accepted = (model: string) => series(`mlhealth_ingest_events_total{model="${model}"}`);

/** The iris model's missing-ratio node, from the JSON API. */
async function irisMissing(): Promise<{ status: string; value: number | null }> {
  const detail = (await (await fetch(`${server.url}/api/v1/nodes/iris.missing`)).json()) as {
    node: { status: string; value: number | null };
  };
  return { status: detail.node.status, value: detail.node.value };
}

const nanos = (): string => `${Math.round(h.now())}000000000`;
const fraud = (amount: number, country: string | null = 'US'): RecordSpec => ({
  timeUnixNano: nanos(),
  body: { amount, ...(country === null ? {} : { country }), prediction: 'legit' },
  attributes: { 'mlhealth.confidence': 0.9, 'mlhealth.latency_seconds': 0.02 },
});
const fraudResource = { 'service.name': 'scoring-api', 'mlhealth.model': 'fraud' };

function status(bytes: Uint8Array): { code: number; message: string; fields: string[] } {
  const s = OTLP_TYPES.Status.toObject(OTLP_TYPES.Status.decode(bytes)) as {
    code: number;
    message: string;
    details?: { value: Uint8Array }[];
  };
  const bad = s.details?.[0] === undefined ? null : OTLP_TYPES.BadRequest.decode(s.details[0].value);
  const fields = ((bad?.toJSON().fieldViolations ?? []) as { field: string }[]).map((v) => v.field);
  return { code: s.code, message: s.message, fields };
}

describe('POST /v1/logs', () => {
  it('needs the ingest scope', () => {
    expect(requiredScope('POST', '/v1/logs')).toBe('ingest');
  });

  it('accepts OTLP JSON, answering an empty ExportLogsServiceResponse as JSON', async () => {
    const a = await postJson(
      logsRequest({ resource: fraudResource, records: [fraud(10), fraud(20), fraud(30)] }),
    );
    expect([a.status, a.type, a.text]).toEqual([200, 'application/json', '{}']);
    expect(await accepted('fraud')).toBe(3);
  });

  it('accepts binary protobuf, plain and gzip’d, answering in protobuf', async () => {
    const bytes = toProtobuf(logsRequest({ resource: fraudResource, records: [fraud(40), fraud(50)] }));
    for (const gzip of [false, true]) {
      const a = await postProto(bytes, gzip);
      expect([a.status, a.type, a.bytes.length]).toEqual([200, 'application/x-protobuf', 0]);
    }
    expect(await accepted('fraud')).toBe(7);
  });

  it('accepts what OpenTelemetry’s own exporters send (its protobuf, gzip’d, and its JSON)', async () => {
    const record = {
      hrTime: [Math.round(h.now()), 0] as [number, number],
      hrTimeObserved: [Math.round(h.now()), 0] as [number, number],
      severityNumber: 9,
      resource: resourceFromAttributes({ 'service.name': 'scoring-api:fraud' }),
      instrumentationScope: { name: 'scoring' },
      body: { amount: 12.5, country: 'GB' },
      attributes: { 'mlhealth.prediction': 'fraud', 'mlhealth.confidence': 0.61 },
      droppedAttributesCount: 0,
    };
    const proto = ProtobufLogsSerializer.serializeRequest([record]) ?? new Uint8Array();
    const json = JsonLogsSerializer.serializeRequest([record]) ?? new Uint8Array();
    expect((await postProto(proto, true)).status).toBe(200);
    expect((await post(json, { 'content-type': 'application/json' })).text).toBe('{}');
    expect(await accepted('fraud')).toBe(9);
  });

  it('takes BentoML’s OTLP monitor records as they are, as JSON and as gzip’d protobuf', async () => {
    const columns = (i: number) => ({
      'sepal length': 4.9 + i / 10,
      'sepal width': 3,
      'petal length': 1.4,
      'petal width': 0.2,
      pred: i % 2 === 0 ? 'setosa' : 'versicolor',
    });
    const at = Math.round(h.now());
    const records = (from: number) =>
      [from, from + 1].map((i) =>
        bentoRecord(columns(i), { requestId: `req-${i}`, traceId: `${1e20 + i}`, at, monitor: IRIS }),
      );
    const request = (from: number) => logsRequest({ resource: bentoResource(IRIS), records: records(from) });
    expect((await irisMissing()).status).toBe('unknown');
    expect((await postJson(request(0))).text).toBe('{}');
    expect((await postProto(toProtobuf(request(2)), true)).status).toBe(200);
    expect(await accepted(IRIS)).toBe(4);
    h.built.engine.evaluateAll(h.now());
    expect(await irisMissing()).toEqual({ status: 'ok', value: 0 });
  });

  it('answers a partial success: unknown and unnamed models refused and counted, the rest applied', async () => {
    const request = logsRequest(
      { resource: fraudResource, records: [fraud(60), fraud(70, null)] },
      { resource: { 'service.name': 'unknown_service:node' }, records: [fraud(80)] },
      { resource: {}, records: [fraud(90)] },
    );
    for (const encoding of ['json', 'protobuf'] as const) {
      const a = encoding === 'json' ? await postJson(request) : await postProto(toProtobuf(request));
      const answer =
        encoding === 'json'
          ? JsonLogsSerializer.deserializeResponse(a.bytes)
          : ProtobufLogsSerializer.deserializeResponse(a.bytes);
      // Exactly the request's type: the Collector's otlphttp exporter compares it as a whole string.
      expect([a.status, a.type]).toEqual([
        200,
        encoding === 'json' ? 'application/json' : 'application/x-protobuf',
      ]);
      expect(Number(answer.partialSuccess?.rejectedLogRecords)).toBe(2);
      expect(answer.partialSuccess?.errorMessage).toMatch(
        /^2 of 4 log records refused: resourceLogs\[2\]\.scopeLogs\[0\]\.logRecords\[0\]: names no model.*resourceLogs\[1\]\.scopeLogs\[0\]\.logRecords\[0\]: model node \(from resource attribute service\.name "unknown_service:node"\)/,
      );
    }
    expect(await accepted('fraud')).toBe(13);
  });

  it('refuses a model’s whole batch for one bad record, counted by reason', async () => {
    const bad = { ...fraud(100), attributes: { 'mlhealth.confidence': 1.5 } };
    const a = await postJson(logsRequest({ resource: fraudResource, records: [fraud(95), bad] }));
    const answer = JSON.parse(a.text) as {
      partialSuccess: { rejectedLogRecords: string; errorMessage: string };
    };
    expect(answer.partialSuccess.rejectedLogRecords).toBe('2');
    expect(answer.partialSuccess.errorMessage).toContain(
      'resourceLogs[0].scopeLogs[0].logRecords[1].attributes.mlhealth.confidence: confidence must be within 0..1, got 1.5',
    );
    expect(await accepted('fraud')).toBe(13);
    expect(
      await series('mlhealth_ingest_rejected_events_total{model="fraud",reason="confidence_range"}'),
    ).toBe(1);
  });

  it('answers 400 for a body that does not decode (415 for an unknown encoding): JSON errors as JSON, protobuf ones as google.rpc.Status', async () => {
    const notJson = await post('{"resourceLogs": [', { 'content-type': 'application/json' });
    expect([notJson.status, notJson.type]).toEqual([400, 'application/json; charset=utf-8']);
    expect(JSON.parse(notJson.text)).toMatchObject({
      error: 'undecodable OTLP logs request',
      details: [{ path: '$' }],
    });
    const badShape = await postJson({
      resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { intValue: 'x' } }] }] }],
    });
    expect(JSON.parse(badShape.text).details[0].path).toBe(
      'resourceLogs[0].scopeLogs[0].logRecords[0].body.intValue',
    );

    const garbage = await postProto(Buffer.from([0x0a, 0xff, 0xff, 0x01]));
    expect([garbage.status, garbage.type]).toEqual([400, 'application/x-protobuf']);
    expect(status(garbage.bytes)).toMatchObject({
      code: 3,
      message: 'undecodable OTLP logs request',
      fields: ['$'],
    });
    const notGzip = await post(Buffer.from('plain bytes'), {
      'content-type': 'application/x-protobuf',
      'content-encoding': 'gzip',
    });
    expect([notGzip.status, status(notGzip.bytes).fields]).toEqual([400, ['Content-Encoding']]);
    const zstd = await post(Buffer.from('x'), {
      'content-type': 'application/x-protobuf',
      'content-encoding': 'zstd',
    });
    expect([zstd.status, status(zstd.bytes).message, status(zstd.bytes).fields]).toEqual([
      415,
      'unsupported content encoding',
      ['Content-Encoding'],
    ]);
  });

  it('answers 413 for a gzip’d body that inflates past the size limit', async () => {
    const huge = logsRequest({ resource: fraudResource, records: [{ body: 'x'.repeat(2 * MAX_BODY) }] });
    const a = await postProto(toProtobuf(huge), true);
    expect([a.status, a.type, status(a.bytes).message]).toEqual([
      413,
      'application/x-protobuf',
      'request body too large',
    ]);
  });

  it('answers 415 for any other content type, naming the accepted ones', async () => {
    for (const type of ['text/plain', 'application/x-ndjson', 'application/protobuf']) {
      const a = await post('{}', { 'content-type': type });
      expect([a.status, JSON.parse(a.text).details[0]]).toEqual([
        415,
        {
          path: 'Content-Type',
          message: `got '${type}', expected application/json or application/x-protobuf`,
        },
      ]);
    }
    const none = await fetch(`${server.url}/v1/logs`, { method: 'POST', body: new Uint8Array([1]) });
    expect(none.status).toBe(415);
    expect(await accepted('fraud')).toBe(13);
  });
});
