/**
 * Exporter shards (docs/scale-out.md) end to end over real HTTP: a shard ingests its own models only,
 * on every ingest path (the JSON API, reference uploads, KServe CloudEvents, OTLP logs), answering 421
 * naming the owning shard for the others and 404 for a model the spec does not declare; its /metrics
 * carries the computed series of its own nodes only and the topology of every node; `--topology-only`
 * serves the topology and ingests nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loggerHeaders, V1_IRIS_REQUEST } from '../src/ingest/kserve/__fixtures__/payloads';
import { logsRequest } from '../src/ingest/otlp/__fixtures__/otlpRequests';
import type { Listening } from '../src/server/listen';
import { shardOf } from '../src/shards';
import type { ShardSelector } from '../src/shards';
import { DEFAULT_RESOURCE_LIMITS } from '../src/ingest/limits';
import { DEFAULT_SECURITY_OPTIONS } from '../src/security';
import { harness, serve, type Harness } from './support/harness';
import { errorOf, request } from './support/http';

// fnv1a32 mod 2: fraud → 1, recsys → 0 (src/shards/fnv1a.test.ts).
const SPEC = `api_version: mlhealth/v1
name: shards
version: 1.0.0
models:
  - id: fraud
    version: '1'
    task: classification
    window: { duration: 10m }
    evaluation_interval: 5s
    features: [{ name: x, type: numeric }]
  - id: recsys
    version: '1'
    task: classification
    window: { duration: 10m }
    evaluation_interval: 5s
    features:
      - { name: sepal_length, type: numeric }
      - { name: sepal_width, type: numeric }
      - { name: petal_length, type: numeric }
      - { name: petal_width, type: numeric }
nodes:
  - id: fraud.confidence
    tier: base
    model: fraud
    signal: { kind: confidence_mean }
    thresholds: { warning: 0.6, critical: 0.4 }
  - id: fraud.quality
    tier: component
    model: fraud
    children: [fraud.confidence]
    rollup: { rule: worst_of }
  - id: recsys.confidence
    tier: base
    model: recsys
    signal: { kind: confidence_mean }
    thresholds: { warning: 0.6, critical: 0.4 }
  - id: recsys.quality
    tier: component
    model: recsys
    children: [recsys.confidence]
    rollup: { rule: worst_of }
  - id: outcome
    tier: business
    children: [fraud.quality, recsys.quality]
    rollup: { rule: weighted_mean }
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-shards-'));
  writeFileSync(join(dir, 'spec.yaml'), SPEC);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One exporter serving `shard`, listening on 127.0.0.1. */
async function shardExporter(
  shard: ShardSelector,
): Promise<{ h: Harness; server: Listening; close(): Promise<void> }> {
  const h = await harness({ specPath: join(dir, 'spec.yaml'), shard });
  const server = await serve(h.built.app);
  return {
    h,
    server,
    async close() {
      await server.close();
      h.built.engine.close();
    },
  };
}

// Confidence 0.3 < critical 0.4: fraud.quality is critical, so it has contributions.
const events = JSON.stringify([{ features: { x: 1 }, prediction: 1, confidence: 0.3 }]);
const names = (text: string, family: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(family + '{'))
    .map((l) => /(?:node|parent|model)="([^"]*)"/.exec(l)?.[1])
    .sort();

describe('shard 1/2 (fraud)', () => {
  let shard: Awaited<ReturnType<typeof shardExporter>>;
  let base: string;
  beforeAll(async () => {
    expect([shardOf('fraud', 2), shardOf('recsys', 2)]).toEqual([1, 0]);
    shard = await shardExporter({ kind: 'hash', index: 1, count: 2 });
    base = shard.server.url;
  });
  afterAll(() => shard?.close());

  it('takes its own model and refuses the other with 421 naming the owning shard', async () => {
    expect((await request(base, 'POST', '/api/v1/models/fraud/events', events)).status).toBe(202);
    const other = await request(base, 'POST', '/api/v1/models/recsys/events', events);
    expect(other.status).toBe(421);
    expect(errorOf(other)).toEqual({
      error: 'misdirected: this exporter shard does not serve the model',
      details: [{ path: ':model', message: "model 'recsys' belongs to shard 0/2 (--shard)" }],
    });
    const reference = await request(base, 'PUT', '/api/v1/models/recsys/reference', '[{"x": 1}]');
    expect([reference.status, errorOf(reference).details[0].message]).toEqual([
      421,
      "model 'recsys' belongs to shard 0/2 (--shard)",
    ]);
  });

  it('still answers 404 for a model the spec does not declare', async () => {
    const unknown = await request(base, 'POST', '/api/v1/models/nope/events', events);
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).details[0].message).toContain("no model 'nope' in the spec");
  });

  it('refuses a KServe CloudEvent of the other model before keeping its half', async () => {
    const headers = loggerHeaders('request', 'ce-1', { 'ce-inferenceservicename': 'recsys' });
    const res = await fetch(`${base}/api/v1/kserve`, {
      method: 'POST',
      headers,
      body: JSON.stringify(V1_IRIS_REQUEST),
    });
    const body = (await res.json()) as { details: { message: string }[] };
    expect([res.status, body.details[0].message]).toEqual([
      421,
      "model 'recsys' belongs to shard 0/2 (--shard)",
    ]);
  });

  it('answers OTLP logs of the other model only with 421, and a mixed request with a partial success naming it', async () => {
    const record = (model: string) => ({ attributes: { 'mlhealth.model': model }, body: { x: 1 } });
    const post = (payload: unknown) => request(base, 'POST', '/v1/logs', JSON.stringify(payload));
    const misdirected = await post(logsRequest({ records: [record('recsys'), record('recsys')] }));
    expect(misdirected.status).toBe(421);
    expect(errorOf(misdirected).details[0].message).toContain(
      "model 'recsys' belongs to shard 0/2 (--shard)",
    );
    const mixed = await post(logsRequest({ records: [record('fraud'), record('recsys')] }));
    expect(mixed.status).toBe(200);
    const partial = (mixed.json as { partialSuccess: { rejectedLogRecords: string; errorMessage: string } })
      .partialSuccess;
    expect(partial.rejectedLogRecords).toBe('1');
    expect(partial.errorMessage).toContain("model 'recsys' belongs to shard 0/2 (--shard)");
  });

  it('exports the computed series of its own nodes, the topology of those and of the nodes the rules evaluate', async () => {
    await shard.h.advance(10, 5);
    const text = (await request(base, 'GET', '/metrics')).text;
    expect(names(text, 'mlhealth_node_status')).toEqual(['fraud.confidence', 'fraud.quality']);
    expect(names(text, 'mlhealth_node_score')).toEqual(['fraud.confidence', 'fraud.quality']);
    expect(names(text, 'mlhealth_node_last_update_timestamp_seconds')).toEqual([
      'fraud.confidence',
      'fraud.quality',
    ]);
    expect(names(text, 'mlhealth_node_contribution')).toEqual(['fraud.quality']);
    expect(names(text, 'mlhealth_ingest_events_total')).toEqual(['fraud']);
    expect(names(text, 'mlhealth_retrain_recommended')).toEqual(['fraud']);
    expect(names(text, 'mlhealth_predictions_total')).toEqual(['fraud']);
    // The topology: of its own nodes, and of the node the rules evaluate (outcome), from every shard.
    expect(names(text, 'mlhealth_edge_weight')).toEqual(['fraud.quality', 'outcome', 'outcome']);
    expect(names(text, 'mlhealth_node_threshold')).toEqual([
      'fraud.confidence',
      'fraud.confidence',
      'fraud.quality',
      'fraud.quality',
      'outcome',
      'outcome',
    ]);
    expect(names(text, 'mlhealth_node_info')).toEqual(['fraud.confidence', 'fraud.quality', 'outcome']);
  });
});

describe('the other shard and --topology-only', () => {
  it('shard 0/2 computes recsys and nothing of fraud', async () => {
    const shard = await shardExporter({ kind: 'models', models: ['recsys'] });
    try {
      const text = (await request(shard.server.url, 'GET', '/metrics')).text;
      expect(names(text, 'mlhealth_node_status')).toEqual(['recsys.confidence', 'recsys.quality']);
      const refused = await request(shard.server.url, 'POST', '/api/v1/models/fraud/events', events);
      expect(errorOf(refused).details[0].message).toBe(
        "model 'fraud' is not in this exporter's --models (recsys)",
      );
    } finally {
      await shard.close();
    }
  });

  it('--topology-only serves the topology, no computed series, and ingests nothing', async () => {
    const topology = await shardExporter({ kind: 'topology' });
    try {
      const text = (await request(topology.server.url, 'GET', '/metrics')).text;
      for (const family of ['mlhealth_node_status', 'mlhealth_node_score', 'mlhealth_ingest_events_total'])
        expect(names(text, family)).toEqual([]);
      expect(names(text, 'mlhealth_edge_weight')).toHaveLength(4);
      expect(names(text, 'mlhealth_node_threshold')).toHaveLength(10);
      const refused = await request(topology.server.url, 'POST', '/api/v1/models/fraud/events', events);
      expect([refused.status, errorOf(refused).details[0].message]).toEqual([
        421,
        "model 'fraud' is not ingested here: this exporter runs --topology-only",
      ]);
    } finally {
      await topology.close();
    }
  });

  it('refuses an unknown --models id at start-up with a did-you-mean', async () => {
    await expect(
      harness({ specPath: join(dir, 'spec.yaml'), shard: { kind: 'models', models: ['frud'] } }),
    ).rejects.toThrow(
      "--models 'frud': no model 'frud' in the spec (did you mean 'fraud'?); the spec's models: fraud, recsys",
    );
  });

  it('counts its own models against --max-models, not their place in the spec', async () => {
    const limits = { ...DEFAULT_RESOURCE_LIMITS, maxModels: 1 };
    const security = { ...DEFAULT_SECURITY_OPTIONS, limits };
    const h = await harness({
      specPath: join(dir, 'spec.yaml'),
      shard: { kind: 'models', models: ['recsys'] },
      security,
    });
    try {
      // recsys is the spec's second model, and this shard's first.
      await expect(
        h.built.ingest.events('recsys', [{ features: { sepal_length: 1 }, prediction: 1 }]),
      ).resolves.toMatchObject({
        accepted: 1,
      });
    } finally {
      h.built.engine.close();
    }
  });
});
