/**
 * The what-if and dependency API wired into the real exporter (buildExporter on the built-in demo, the
 * simulator's traffic, real HTTP on loopback): a posted scenario changes the business impact it answers
 * while the live cascade, `/metrics` and the engine's inputs stay exactly as they were.
 */
import type { ScenarioJson } from '../src/whatif/json';
import type { DependencyReport } from '../src/dependencies/types';
import type { Listening } from '../src/server/listen';
import type { RequestHandler } from 'express';
import { liveStateOf } from '../src/server/routes/live';
import { buildExporter, DEMO_SPEC_PATH } from '../src/main';
import { DEFAULT_SECURITY_OPTIONS } from '../src/security';
import { createApp } from '../src/server/app';
import type { AccessScope } from '../src/server/deps';
import { buildOptions, harness, serve, T0, type Harness } from './support/harness';
import { errorOf, request, sampleValue } from './support/http';

const REVENUE_SERIES = 'mlhealth_business_impact{node="revenue_assurance",measure="revenue_at_risk"}';

let h: Harness;
let server: Listening;
let base: string;

beforeAll(async () => {
  h = await harness();
  await h.advance(40);
  server = await serve(h.built.app);
  base = server.url;
}, 60_000);

afterAll(() => server.close());

const post = (body: unknown) => request(base, 'POST', '/api/v1/scenarios', JSON.stringify(body));

describe('POST /api/v1/scenarios on the running demo', () => {
  it('prices a drift in peak season without touching live state', async () => {
    const inputsBefore = structuredClone(h.built.engine.liveInputs());
    const cascadeBefore = (await request(base, 'GET', '/api/v1/cascade')).text;
    const metricsBefore = (await request(base, 'GET', '/metrics')).text;
    const liveRevenue = sampleValue(metricsBefore, REVENUE_SERIES);
    expect(liveRevenue).toEqual(expect.any(Number));

    const a = await post({
      changes: [{ node: 'fraud.drift.amount', value: 0.5 }],
      market: { scale_exposure: 3 },
    });
    expect(a.status).toBe(200);
    const body = a.json as ScenarioJson;
    const revenue = body.impacts.find((d) => d.node === 'revenue_assurance');
    expect(revenue?.live).toBe(liveRevenue);
    expect(revenue?.scenario).toBeGreaterThan(3 * (liveRevenue ?? 0));
    expect(revenue?.scenario_status).toBe('critical');
    expect(revenue?.difference).toBeCloseTo((revenue?.scenario ?? 0) - (revenue?.live ?? 0), 6);
    expect(body.at).toBe(h.built.engine.liveInputs()?.at);
    expect(body.explanations.revenue_assurance).toBe(
      'revenue_assurance → critical: fraud.drift, feature amount, PSI 0.5',
    );
    expect(body.cascade.find((n) => n.id === 'fraud.drift.amount')).toMatchObject({
      value: 0.5,
      changed: true,
    });

    // live state: the engine's inputs, the cascade JSON and /metrics are byte for byte unchanged
    expect(h.built.engine.liveInputs()).toEqual(inputsBefore);
    expect((await request(base, 'GET', '/api/v1/cascade')).text).toBe(cascadeBefore);
    const metricsAfter = (await request(base, 'GET', '/metrics')).text;
    expect(sampleValue(metricsAfter, REVENUE_SERIES)).toBe(liveRevenue);
    const cascadeSeries = (t: string) => t.split('\n').filter((l) => /^mlhealth_(node|business)_/.test(l));
    expect(cascadeSeries(metricsAfter)).toEqual(cascadeSeries(metricsBefore));
  });

  it('answers 400 naming what the spec lacks, through the real app', async () => {
    const a = await post({ changes: [{ fail_source: 'thanos' }] });
    expect(a.status).toBe(400);
    expect(errorOf(a).error).toBe('scenario does not fit the spec');
    expect(errorOf(a).details[0].path).toBe('changes[0].fail_source');
    const bad = await request(base, 'POST', '/api/v1/scenarios', '{"changes": [', 'application/json');
    expect(bad.status).toBe(400);
    expect(errorOf(bad).error).toBe('invalid JSON');
  });

  it('lists the named scenarios with the same impacts /metrics exports', async () => {
    const a = await request(base, 'GET', '/api/v1/scenarios');
    expect(a.status).toBe(200);
    const { scenarios } = a.json as {
      scenarios: { id: string; impacts: { node: string; measure: string; value: number }[] }[];
    };
    expect(scenarios.map((s) => s.id)).toEqual(['feature_store_outage', 'peak_season_drift']);
    const metrics = (await request(base, 'GET', '/metrics')).text;
    const rows = scenarios.flatMap((s) => s.impacts.map((i) => ({ scenario: s.id, ...i })));
    expect(rows.length).toBeGreaterThan(0);
    // compliance cannot be priced with merchant_category lost: no row, no series (never a zero)
    const outage = 'scenario="feature_store_outage",node="compliance_exposure"';
    expect(rows.some((r) => r.scenario === 'feature_store_outage' && r.node === 'compliance_exposure')).toBe(
      false,
    );
    expect(metrics).not.toContain(outage);
    expect(metrics).toContain('mlhealth_business_impact{node="compliance_exposure"');
    for (const r of rows) {
      const series = `mlhealth_scenario_business_impact{scenario="${r.scenario}",node="${r.node}",measure="${r.measure}"}`;
      expect([series, sampleValue(metrics, series)]).toEqual([series, r.value]);
    }
  });
});

describe('GET /api/v1/dependencies on the running demo', () => {
  it('answers the shared inputs and single points of failure, and a Mermaid graph', async () => {
    const a = await request(base, 'GET', '/api/v1/dependencies');
    expect(a.status).toBe(200);
    const report = a.json as DependencyReport;
    expect(report.spec.name).toBe(h.built.loaded.spec.name);
    // Every demo outcome reads both models: no input alone takes one down; the model streams are shared.
    expect(report.single_points_of_failure).toEqual([]);
    const events = report.candidates.find((c) => c.id === 'events:fraud');
    expect(events?.reaches.length).toBeGreaterThanOrEqual(2);
    expect(report.shared_inputs).toEqual(expect.arrayContaining(['events:fraud', 'events:recs']));
    const mermaid = await request(base, 'GET', '/api/v1/dependencies?format=mermaid');
    expect(mermaid.status).toBe(200);
    expect(mermaid.text.startsWith('flowchart')).toBe(true);
  });
});

it('answers 503 on the what-if routes before the first evaluation', async () => {
  const built = await buildExporter(buildOptions({ clock: () => T0 }));
  const early = await serve(built.app);
  try {
    for (const path of ['/api/v1/scenarios', '/api/v1/dependencies']) {
      const a = await request(early.url, 'GET', path);
      expect([path, a.status, errorOf(a).error]).toEqual([path, 503, 'not ready']);
    }
    expect((await request(early.url, 'POST', '/api/v1/scenarios', '{}')).status).toBe(503);
  } finally {
    await early.close();
    built.durable.close(T0);
  }
});

it("mounts the what-if routes behind the app's guard with scope read", async () => {
  const seen: string[] = [];
  const guard =
    (scope: AccessScope): RequestHandler =>
    (req, _res, next) => {
      seen.push(`${scope} ${req.method} ${req.path}`);
      next();
    };
  const { engine, ingest, metrics } = h.built;
  const app = createApp({
    cascade: engine,
    ingest,
    metrics,
    maxBodyBytes: 1 << 20,
    guard,
    live: liveStateOf(engine),
  });
  const own = await serve(app);
  try {
    expect((await request(own.url, 'POST', '/api/v1/scenarios', '{}')).status).toBe(200);
    expect((await request(own.url, 'GET', '/api/v1/scenarios')).status).toBe(200);
    expect((await request(own.url, 'GET', '/api/v1/dependencies')).status).toBe(200);
    expect(seen).toEqual([
      'read POST /api/v1/scenarios',
      'read GET /api/v1/scenarios',
      'read GET /api/v1/dependencies',
    ]);
  } finally {
    await own.close();
  }
});

it('lets a read token ask what-if questions and refuses callers without read', async () => {
  const READ = 'read-token-0123456789abcdef';
  const INGEST = 'ingest-token-0123456789abcdef';
  const secured = await harness({
    specPath: DEMO_SPEC_PATH,
    security: DEFAULT_SECURITY_OPTIONS,
    env: { MLHEALTH_READ_TOKEN: READ, MLHEALTH_INGEST_TOKEN: INGEST },
  });
  const own = await serve(secured.built.app);
  const ask = (token?: string) =>
    fetch(`${own.url}/api/v1/scenarios`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ named: 'peak_season_drift' }),
    });
  try {
    expect((await ask(READ)).status).toBe(200);
    expect((await ask(INGEST)).status).toBe(403);
    expect((await ask()).status).toBe(401);
    const deps = await fetch(`${own.url}/api/v1/dependencies`, {
      headers: { authorization: `Bearer ${READ}` },
    });
    expect(deps.status).toBe(200);
  } finally {
    await own.close();
    secured.built.durable.close(secured.now());
  }
});
