/**
 * The KServe InferenceLogger receiver end to end: a real exporter on 127.0.0.1 receives request and
 * response CloudEvents as KServe's logger sends them (binary mode; v1 and v2; single and batched; in
 * and out of order; a half left alone past the TTL), and the events arrive through the ingest path:
 * `/metrics` counts them, the JSON API shows the latency from the two `ce-time`s and the confidences.
 * Bad input is a 4xx naming the header or field, and nothing of it is applied.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  V1_IRIS_REQUEST,
  V1_IRIS_RESPONSE,
  V2_CREDIT_REQUEST,
  V2_CREDIT_RESPONSE,
  V2_IRIS_PROBA_RESPONSE,
  V2_IRIS_REQUEST,
  V2_IRIS_RESPONSE,
  loggerHeaders,
} from '../src/ingest/kserve/__fixtures__/payloads';
import { DEMO_SPEC_PATH } from '../src/main';
import type { Listening } from '../src/server/listen';
import { harness, serve, type Harness } from './support/harness';
import { request, sampleValue } from './support/http';

const SPEC = `api_version: mlhealth/v1
name: kserve-e2e
version: 1.0.0
models:
  - id: sklearn-iris
    version: '1'
    task: classification
    window: { duration: 10m }
    evaluation_interval: 5s
    features:
      - { name: sepal_length, type: numeric }
      - { name: sepal_width, type: numeric }
      - { name: petal_length, type: numeric }
      - { name: petal_width, type: numeric }
  - id: credit
    version: '1'
    task: classification
    window: { duration: 10m }
    evaluation_interval: 5s
    kserve: { name: credit-risk, prediction: label, confidence: score }
    features:
      - { name: income, type: numeric }
      - { name: country, type: categorical }
nodes:
  - id: iris.latency
    tier: base
    model: sklearn-iris
    signal: { kind: latency, stat: p99 }
    thresholds: { warning: 1, critical: 2 }
  - id: iris.serving
    tier: component
    model: sklearn-iris
    children: [iris.latency]
    rollup: { rule: worst_of }
  - id: credit.confidence
    tier: base
    model: credit
    signal: { kind: confidence_mean }
    thresholds: { warning: 0.6, critical: 0.4 }
  - id: credit.quality
    tier: component
    model: credit
    children: [credit.confidence]
    rollup: { rule: worst_of }
  - id: outcome
    tier: business
    children: [iris.serving, credit.quality]
    rollup: { rule: worst_of }
`;

interface Answer {
  status: number;
  json: { status?: string; accepted?: number; error?: string; details?: { path: string; message: string }[] };
}

async function post(base: string, headers: Record<string, string>, body: unknown): Promise<Answer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${base}/api/v1/kserve`, { method: 'POST', headers, body: text });
  return { status: res.status, json: (await res.json()) as Answer['json'] };
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

describe('POST /api/v1/kserve on a spec with KServe models', () => {
  let dir: string;
  let h: Harness;
  let server: Listening;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-kserve-'));
    const specPath = join(dir, 'spec.yaml');
    writeFileSync(specPath, SPEC);
    h = await harness({ specPath });
    server = await serve(h.built.app);
    base = server.url;
  });

  afterAll(async () => {
    await server?.close();
    h?.built.engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The `ce-*` headers of one half at the harness clock (+ `dt` seconds), for `service`. */
  function headers(
    side: 'request' | 'response',
    id: string,
    service: string,
    dt = 0,
  ): Record<string, string> {
    return loggerHeaders(side, id, { 'ce-inferenceservicename': service, 'ce-time': iso(h.now() + dt) });
  }

  async function metric(series: string): Promise<number | undefined> {
    return sampleValue((await request(base, 'GET', '/metrics')).text, series);
  }

  const accepted = (model: string) => metric(`mlhealth_ingest_events_total{model="${model}"}`);
  const kserve = (result: string) => metric(`mlhealth_kserve_events_total{result="${result}"}`);

  it('serves the KServe series from the start, all zero', async () => {
    expect(await kserve('joined')).toBe(0);
    expect(await kserve('unmatched_request')).toBe(0);
    expect(await metric('mlhealth_kserve_pending')).toBe(0);
  });

  it('joins a batched v1 request and response into one event per instance (200 both)', async () => {
    const first = await post(base, headers('request', 'v1-batch', 'sklearn-iris'), V1_IRIS_REQUEST);
    expect(first).toEqual({ status: 200, json: { id: 'v1-batch', type: 'request', status: 'pending' } });
    expect(await metric('mlhealth_kserve_pending')).toBe(1);
    const second = await post(base, headers('response', 'v1-batch', 'sklearn-iris', 0.25), V1_IRIS_RESPONSE);
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ status: 'joined', model: 'sklearn-iris', accepted: 2 });
    expect(await accepted('sklearn-iris')).toBe(2);
    expect(await kserve('joined')).toBe(2);
    expect(await metric('mlhealth_kserve_pending')).toBe(0);
  });

  it('joins single v1 and v2 instances, and a v2 batch whose response arrives first', async () => {
    await post(base, headers('request', 'v1-one', 'sklearn-iris'), { instances: [[5.1, 3.5, 1.4, 0.2]] });
    expect(
      (await post(base, headers('response', 'v1-one', 'sklearn-iris', 0.25), { predictions: [0] })).json,
    ).toMatchObject({ status: 'joined', accepted: 1 });
    const v2One = {
      inputs: [{ name: 'input-0', shape: [1, 4], datatype: 'FP32', data: [5.9, 3.0, 5.1, 1.8] }],
    };
    await post(base, headers('request', 'v2-one', 'sklearn-iris'), v2One);
    const out = { outputs: [{ name: 'predict', shape: [1], datatype: 'INT64', data: [2] }] };
    expect((await post(base, headers('response', 'v2-one', 'sklearn-iris', 0.25), out)).json).toMatchObject({
      accepted: 1,
    });
    const early = await post(base, headers('response', 'v2-batch', 'sklearn-iris', 0.25), V2_IRIS_RESPONSE);
    expect(early.json.status).toBe('pending');
    const late = await post(base, headers('request', 'v2-batch', 'sklearn-iris'), V2_IRIS_REQUEST);
    expect(late.json).toMatchObject({ status: 'joined', accepted: 2 });
    await post(base, headers('request', 'v2-proba', 'sklearn-iris'), V2_IRIS_REQUEST);
    await post(base, headers('response', 'v2-proba', 'sklearn-iris', 0.25), V2_IRIS_PROBA_RESPONSE);
    expect(await accepted('sklearn-iris')).toBe(8);
    expect(await kserve('joined')).toBe(10);
  });

  it('maps a renamed service by models[].kserve, with named tensors and the confidence output', async () => {
    await post(base, headers('response', 'credit-1', 'credit-risk', 0.1), V2_CREDIT_RESPONSE);
    const joined = await post(base, headers('request', 'credit-1', 'credit-risk'), V2_CREDIT_REQUEST);
    expect(joined.json).toMatchObject({ status: 'joined', model: 'credit', accepted: 2 });
    expect(await accepted('credit')).toBe(2);
  });

  it('shows the events in the JSON API: latency from the ce-times, confidence from the output', async () => {
    await h.advance(5);
    const latency = await request(base, 'GET', '/api/v1/nodes/iris.latency');
    const value = (latency.json as { node: { value: number } }).node.value;
    expect(value).toBeGreaterThan(0.2);
    expect(value).toBeLessThan(0.3);
    const confidence = await request(base, 'GET', '/api/v1/nodes/credit.confidence');
    expect((confidence.json as { node: { value: number } }).node.value).toBeCloseTo((0.91 + 0.66) / 2, 6);
    expect(await metric('mlhealth_predictions_total{model="sklearn-iris"}')).toBe(8);
  });

  it('answers 200 to a duplicate, counts it, and applies nothing twice', async () => {
    const again = await post(base, headers('response', 'v1-batch', 'sklearn-iris', 0.25), V1_IRIS_RESPONSE);
    expect(again).toEqual({ status: 200, json: { id: 'v1-batch', type: 'response', status: 'duplicate' } });
    expect(await kserve('duplicate')).toBe(1);
    expect(await accepted('sklearn-iris')).toBe(8);
  });

  it('counts a half left alone past the TTL as unmatched, and its late partner as late', async () => {
    await post(base, headers('request', 'lonely', 'sklearn-iris'), V1_IRIS_REQUEST);
    await h.advance(119);
    expect(await metric('mlhealth_kserve_pending')).toBe(1);
    await h.advance(2);
    expect(await metric('mlhealth_kserve_pending')).toBe(0);
    expect(await kserve('unmatched_request')).toBe(1);
    const late = await post(base, headers('response', 'lonely', 'sklearn-iris'), V1_IRIS_RESPONSE);
    expect(late).toEqual({ status: 200, json: { id: 'lonely', type: 'response', status: 'late' } });
    expect(await kserve('late')).toBe(1);
    expect(await accepted('sklearn-iris')).toBe(8);
  });

  describe('bad input: a 4xx naming the header or field, nothing applied', () => {
    it('names every missing header (400)', async () => {
      const a = await post(
        base,
        { 'content-type': 'application/json', 'ce-specversion': '1.0' },
        V1_IRIS_REQUEST,
      );
      expect(a.status).toBe(400);
      expect(a.json.details?.map((d) => d.path)).toEqual([
        'ce-type',
        'ce-id',
        'ce-source',
        'ce-inferenceservicename',
      ]);
    });

    it('names the unknown InferenceService (404)', async () => {
      const a = await post(base, headers('request', 'x1', 'nobody'), V1_IRIS_REQUEST);
      expect(a.status).toBe(404);
      expect(a.json.details).toEqual([
        {
          path: 'ce-inferenceservicename',
          message:
            "no model answers to 'nobody' (models[].kserve.name, else the model id: sklearn-iris, credit-risk)",
        },
      ]);
    });

    it('names the body field that does not map (400, 422), and refuses structured mode (415)', async () => {
      const notJson = await post(base, headers('request', 'x2', 'sklearn-iris'), '{"instances": [1,');
      expect(notJson.status).toBe(400);
      expect(notJson.json.details?.[0].path).toBe('$');
      const short = await post(base, headers('request', 'x3', 'sklearn-iris'), { instances: [[1, 2]] });
      expect(short.status).toBe(422);
      expect(short.json.details?.[0].path).toBe('instances[0]');
      const structured = await post(
        base,
        { ...headers('request', 'x4', 'sklearn-iris'), 'content-type': 'application/cloudevents+json' },
        { specversion: '1.0', data: V1_IRIS_REQUEST },
      );
      expect(structured.status).toBe(415);
      expect(structured.json.details?.[0].path).toBe('Content-Type');
    });

    it('refuses a joined pair the write path refuses, in KServe terms, applying none of it', async () => {
      const before = await metric('mlhealth_ingest_rejected_events_total{model="credit",reason="type"}');
      const bad = {
        instances: [
          { income: 'lots', country: 'DE' },
          { income: 1200, country: 'FR' },
        ],
      };
      expect((await post(base, headers('request', 'bad-1', 'credit-risk'), bad)).status).toBe(200);
      const response = {
        predictions: [
          { label: 'good', score: 0.9 },
          { label: 'bad', score: 0.8 },
        ],
      };
      const refused = await post(base, headers('response', 'bad-1', 'credit-risk', 0.1), response);
      expect(refused.status).toBe(422);
      expect(refused.json.details?.[0]).toMatchObject({ path: 'instances[0].income' });
      expect(refused.json.details?.[0].message).toMatch(/\(event \[0\]\.features\.income\)$/);
      expect(await accepted('credit')).toBe(2);
      expect(await metric('mlhealth_ingest_rejected_events_total{model="credit",reason="type"}')).toBe(
        (before ?? 0) + 1,
      );
      const retry = await post(base, headers('request', 'bad-1', 'credit-risk'), bad);
      expect(retry.status).toBe(422);
      expect(retry.json.details?.[0].path).toBe('ce-id');
    });

    it('counts every CloudEvent once: received = joined + late + duplicate + unmatched + evicted + rejected + pending', async () => {
      const results = [
        'joined',
        'late',
        'duplicate',
        'unmatched_request',
        'unmatched_response',
        'evicted',
        'rejected',
      ];
      const values = await Promise.all(results.map((r) => kserve(r)));
      const pending = (await metric('mlhealth_kserve_pending')) ?? NaN;
      expect(Object.fromEntries(results.map((r, i) => [r, values[i]]))).toEqual({
        joined: 12,
        late: 1,
        duplicate: 1,
        unmatched_request: 1,
        unmatched_response: 0,
        evicted: 0,
        rejected: 7,
      });
      // 23 CloudEvents were posted above; the structured-mode one was refused (415) before the receiver.
      expect(pending).toBe(0);
      expect((values as number[]).reduce((a, b) => a + b, 0) + pending).toBe(22);
    });
  });
});

describe('POST /api/v1/kserve on a spec without KServe models', () => {
  let h: Harness;
  let server: Listening;

  beforeAll(async () => {
    h = await harness({ specPath: DEMO_SPEC_PATH });
    server = await serve(h.built.app);
  });
  afterAll(async () => {
    await server?.close();
    h?.built.engine.close();
  });

  it('serves no KServe series until the first CloudEvent, then all of them', async () => {
    expect((await request(server.url, 'GET', '/metrics')).text).not.toContain('mlhealth_kserve');
    const head = loggerHeaders('request', 'f1', { 'ce-inferenceservicename': 'fraud' });
    expect((await post(server.url, head, { instances: [{ amount: 12 }] })).status).toBe(200);
    const text = (await request(server.url, 'GET', '/metrics')).text;
    expect(sampleValue(text, 'mlhealth_kserve_pending')).toBe(1);
    expect(sampleValue(text, 'mlhealth_kserve_events_total{result="joined"}')).toBe(0);
    expect(text).toContain('# TYPE mlhealth_kserve_events_total counter');
  });
});
