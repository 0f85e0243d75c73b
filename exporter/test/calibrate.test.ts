/**
 * `POST /api/v1/calibrate` on the real exporter (buildExporter on a copy of the demo spec whose nodes
 * declare `derive` rules, the demo simulator's traffic, real HTTP on loopback): the proposal re-derives
 * `reference_chunks` thresholds from the current reference (mean ± k·σ over chunks, recomputed here
 * from the CSV) and `history_quantile` thresholds from the node's values in the engine's history,
 * bumps the version, validates — and the live thresholds on /metrics stay as they were.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Proposal } from '../src/spec/calibrate/proposal';
import { DEMO_MODELS } from '../src/demo/models';
import { stepDemo } from '../src/demo/simulator';
import { DemoTraffic } from '../src/demo/traffic';
import { DEMO_SPEC_PATH } from '../src/main';
import { DEFAULT_SECURITY_OPTIONS } from '../src/security';
import type { Listening } from '../src/server/listen';
import { parseSpec } from '../src/spec';
import { harness, serve, T0, type Harness } from './support/harness';
import { errorOf, request, sampleValue } from './support/http';

const dir = mkdtempSync(join(tmpdir(), 'mlhealth-calibrate-'));
const specPath = join(dir, 'demo.yaml');
const CONFIDENCE = 'fraud.prediction_quality.confidence';
const LATENCY = 'fraud.serving.latency_p99';

/** The demo spec with derive rules on three nodes (one with a comment that must survive). */
function writeSpec(): void {
  cpSync(join(DEMO_SPEC_PATH, '..', 'data'), join(dir, 'data'), { recursive: true });
  let text = readFileSync(DEMO_SPEC_PATH, 'utf8');
  const edit = (from: string, to: string): void => {
    expect(text.includes(from)).toBe(true);
    text = text.replace(from, to);
  };
  edit(
    'thresholds: { warning: 0.75, critical: 0.65, direction: lower_is_worse, baseline: 1 }',
    'thresholds: { warning: 0.75, critical: 0.65, direction: lower_is_worse, baseline: 1, derive: { method: reference_chunks } } # keep me',
  );
  edit(
    'thresholds: { warning: 0.1, critical: 0.25, direction: higher_is_worse }\n    owner: ml-fraud',
    'thresholds: { warning: 0.1, critical: 0.25, direction: higher_is_worse, derive: { method: reference_chunks, k: 2 } }\n    owner: ml-fraud',
  );
  edit(
    'thresholds: { warning: 0.15, critical: 0.3, direction: higher_is_worse }',
    'thresholds: { warning: 0.15, critical: 0.3, direction: higher_is_worse, derive: { method: history_quantile, quantile: 0.5, critical_quantile: 0.95 } }',
  );
  writeFileSync(specPath, text);
}

/** 4 significant digits, as calibration writes them. */
const round = (x: number): number => Number(x.toPrecision(4));

/** mean − k·σ (ddof 0) of the `confidence` column over 10 equal chunks of the CSV, computed here. */
function expectedConfidence(k: number): number {
  const [header, ...rows] = readFileSync(join(dir, 'data', 'demo-fraud-reference.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const col = header.indexOf('confidence');
  const values = rows.map((r) => Number(r[col]));
  const means = Array.from({ length: 10 }, (_, i) => {
    const chunk = values.slice(
      Math.floor((i * values.length) / 10),
      Math.floor(((i + 1) * values.length) / 10),
    );
    return chunk.reduce((a, b) => a + b, 0) / chunk.length;
  });
  const mean = means.reduce((a, b) => a + b, 0) / means.length;
  const std = Math.sqrt(means.reduce((a, v) => a + (v - mean) ** 2, 0) / means.length);
  return round(mean - k * std);
}

function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]);
}

let h: Harness;
let server: Listening;

beforeAll(async () => {
  writeSpec();
  h = await harness({ specPath });
  const traffic = new DemoTraffic(DEMO_MODELS, 1, T0, 1);
  for (let t = T0 + 1; t <= T0 + 120; t++) {
    await stepDemo(traffic, h.built.ingest, t);
    await h.advance(1);
  }
  server = await serve(h.built.app);
}, 60_000);

afterAll(async () => {
  await server.close();
  h.built.durable.close(h.now());
  rmSync(dir, { recursive: true, force: true });
});

const calibrate = (body?: unknown) =>
  request(server.url, 'POST', '/api/v1/calibrate', body === undefined ? undefined : JSON.stringify(body));

describe('POST /api/v1/calibrate on the running exporter', () => {
  it('proposes derived thresholds and a bumped version, leaving live thresholds alone', async () => {
    const metricsBefore = (await request(server.url, 'GET', '/metrics')).text;
    const a = await calibrate({ now: '2025-03-01T12:00:00Z' });
    expect(a.status).toBe(200);
    const p = a.json as Proposal;
    expect(p.skipped).toEqual([]);
    expect([p.version_from, p.version_to]).toEqual(['1.0.0', '1.0.1']);
    expect(p.changes.map((c) => c.node).sort()).toEqual([LATENCY, CONFIDENCE, 'fraud.drift.amount'].sort());

    const confidence = p.changes.find((c) => c.node === CONFIDENCE);
    expect(confidence?.warning).toEqual({ from: 0.75, to: expectedConfidence(3) });
    expect(confidence?.critical).toEqual({ from: 0.65, to: expectedConfidence(5) });
    expect(confidence?.derived).toMatchObject({
      method: 'reference_chunks',
      k: 3,
      critical_k: 5,
      chunks: 10,
    });

    const latencyValues = h.built.engine
      .history()
      .map((s) => s.nodes.find((n) => n.id === LATENCY)?.value)
      .filter((v): v is number => typeof v === 'number');
    expect(latencyValues.length).toBeGreaterThanOrEqual(10);
    const latency = p.changes.find((c) => c.node === LATENCY);
    expect(latency?.warning.to).toBe(round(quantile(latencyValues, 0.5)));
    expect(latency?.critical.to).toBe(round(quantile(latencyValues, 0.95)));
    expect(latency?.derived).toMatchObject({ method: 'history_quantile', samples: latencyValues.length });

    const loaded = parseSpec(p.spec_yaml, 'proposal.yaml');
    expect(loaded.spec.version).toBe('1.0.1');
    const node = loaded.spec.nodes.find((n) => n.id === CONFIDENCE);
    expect(node?.thresholds?.warning).toBe(expectedConfidence(3));
    expect(p.spec_yaml).toContain('# keep me');
    expect(p.spec_yaml).toContain('derived:');

    const metricsAfter = (await request(server.url, 'GET', '/metrics')).text;
    const series = `mlhealth_node_threshold{node="${CONFIDENCE}",level="warning",depth="0"}`;
    expect(sampleValue(metricsBefore, series)).toBe(0.75);
    expect(sampleValue(metricsAfter, series)).toBe(0.75);
    expect(h.built.engine.spec.version).toBe('1.0.0');
  });

  it('calibrates only the nodes asked for, and calibrates from an uploaded reference', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({
      amount: 10 + (i % 17),
      merchant_category: 'online',
      country: 'US',
      hour_of_day: i % 24,
      account_age_days: 100,
      card_present: 'true',
      txn_count_1h: 1,
      prediction: 'legit',
      confidence: 0.5 + (i % 10) / 100,
    }));
    const put = await request(server.url, 'PUT', '/api/v1/models/fraud/reference', JSON.stringify(rows));
    expect(put.status).toBe(200);
    const a = await calibrate({ nodes: [CONFIDENCE] });
    expect(a.status).toBe(200);
    const p = a.json as Proposal;
    expect(p.changes.map((c) => c.node)).toEqual([CONFIDENCE]);
    // every chunk of 20 rows has confidence mean 0.545: σ is floored at 0.1 % of [0, 1]
    expect(p.changes[0].derived).toMatchObject({ mean: 0.545, samples: 10 });
    expect(p.changes[0].derived.std).toBeCloseTo(0, 12);
    expect(p.changes[0].warning.to).toBe(round(0.545 - 3 * 0.001));
  });

  it('answers 400 for bad bodies and 409 when nothing can be calibrated', async () => {
    const bad = await calibrate({ nodes: ['nope', 'fraud.serving.errors'], now: 'yesterday', extra: 1 });
    expect(bad.status).toBe(400);
    expect(
      errorOf(bad)
        .details.map((d) => d.path)
        .sort(),
    ).toEqual(['extra', 'nodes[0]', 'nodes[1]', 'now']);
    expect((await calibrate([1])).status).toBe(400);
    const invalid = await request(server.url, 'POST', '/api/v1/calibrate', '{');
    expect(invalid.status).toBe(400);

    const demo = await harness();
    const own = await serve(demo.built.app);
    try {
      const none = await request(own.url, 'POST', '/api/v1/calibrate');
      expect(none.status).toBe(409);
      expect(errorOf(none).error).toBe('nothing to calibrate');
    } finally {
      await own.close();
      demo.built.durable.close(demo.now());
    }
  });
});

it('needs the admin scope', async () => {
  const READ = 'read-token-0123456789abcdef';
  const ADMIN = 'admin-token-0123456789abcdef';
  const secured = await harness({
    specPath,
    security: DEFAULT_SECURITY_OPTIONS,
    env: { MLHEALTH_READ_TOKEN: READ, MLHEALTH_ADMIN_TOKEN: ADMIN },
  });
  const own = await serve(secured.built.app);
  const ask = (token: string) =>
    fetch(`${own.url}/api/v1/calibrate`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  try {
    expect((await ask(READ)).status).toBe(403);
    // admin passes the gate: this fresh exporter has no history, so the answer names what it lacks
    const admin = await ask(ADMIN);
    expect(admin.status).toBe(200);
    const p = (await admin.json()) as Proposal;
    expect(p.skipped.map((s) => s.node)).toEqual([LATENCY]);
    expect(p.skipped[0].reason).toMatch(/at least 10 values/);
  } finally {
    await own.close();
    secured.built.durable.close(secured.now());
  }
});
