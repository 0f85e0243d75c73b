import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { NOW } from '../../cascade/__fixtures__/index';
import { fraudInputs, fraudSpec } from '../../cascade/__fixtures__/fraud';
import type { Spec } from '../../spec/types';
import type { ScenarioJson } from '../../whatif/json';
import type { DependencyReport } from '../../dependencies/types';
import { createDependencyRouter } from './dependencies';
import type { LiveState } from './live';
import { createScenarioRouter } from './scenarios';

const spec: Spec = {
  ...fraudSpec(),
  scenarios: [
    { id: 'drift', title: 'Amount drift', changes: [{ node: 'fraud.drift.input.amount', value: 0.3 }] },
  ],
};
const inputs = fraudInputs();
let live: LiveState | null = { spec, inputs, now: NOW };
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  const guard: express.RequestHandler = (req, res, next) => {
    if (req.get('authorization') === 'Bearer nope')
      res.status(401).json({ error: 'unauthorized', details: [] });
    else next();
  };
  app.use(createScenarioRouter(() => live, { guard, maxBodyBytes: 2048 }));
  app.use(createDependencyRouter(() => live));
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  live = { spec, inputs, now: NOW };
});

function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(`${base}/api/v1/scenarios`, { method: 'POST', body, headers });
}

describe('POST /api/v1/scenarios', () => {
  it('answers the recomputed cascade and the impact delta against live', async () => {
    const res = await post(JSON.stringify({ named: 'drift', market: { scale_exposure: 2 } }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ScenarioJson;
    const revenue = body.impacts.find((d) => d.node === 'revenue_assurance');
    expect(revenue).toMatchObject({ live_status: 'ok', scenario_status: 'critical' });
    expect(revenue?.difference).toBeCloseTo((revenue?.scenario ?? 0) - (revenue?.live ?? 0), 9);
    expect(body.changes).toEqual([
      { node: 'fraud.drift.input.amount', value: 0.3 },
      { scale_exposure: { factor: 2 } },
    ]);
    expect(body.cascade).toHaveLength(spec.nodes.length);
    expect(body.explanations.revenue_assurance).toContain('fraud.drift.input');
    // live state untouched: the same request twice gives the same live amounts
    const again = (await (await post(JSON.stringify({ named: 'drift' }))).json()) as ScenarioJson;
    expect(again.impacts.find((d) => d.node === 'revenue_assurance')?.live).toBe(revenue?.live);
  });

  it('answers 400 with every problem and its path for a bad body', async () => {
    const res = await post(
      JSON.stringify({ changes: [{ node: 'x', score: 7 }, { fail_source: 3 }], failure: 'maybe' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; details: Array<{ path: string }> };
    expect(body.error).toBe('invalid scenario');
    expect(body.details.map((d) => d.path)).toEqual([
      'changes[0].score',
      'changes[1].fail_source',
      'failure',
    ]);
  });

  it('answers 400 naming what the spec lacks', async () => {
    const res = await post(
      JSON.stringify({ changes: [{ fail_feature: { model: 'fraud', feature: 'zip' } }], named: 'nope' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; details: Array<{ path: string; message: string }> };
    expect(body.error).toBe('scenario does not fit the spec');
    expect(body.details).toEqual([
      { path: 'named', message: "no scenario 'nope' in spec test (scenarios: drift)" },
      { path: 'changes[0].fail_feature.feature', message: "model 'fraud' has no feature 'zip'" },
    ]);
  });

  it('answers 400 for invalid JSON, whatever the content type, and 413 past the size limit', async () => {
    const bad = await post('{"changes": [', { 'content-type': 'text/plain' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('invalid JSON');
    const big = await post(
      JSON.stringify({ changes: Array.from({ length: 200 }, () => ({ fail_source: 'prom' })) }),
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toBe('request body too large');
  });

  it('runs the guard first and answers 503 before the first evaluation', async () => {
    expect(
      (await post('{}', { 'content-type': 'application/json', authorization: 'Bearer nope' })).status,
    ).toBe(401);
    live = null;
    const res = await post('{}');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toBe('not ready');
  });
});

describe('GET /api/v1/scenarios', () => {
  it('lists the named scenarios with their impact under live inputs', async () => {
    const res = await fetch(`${base}/api/v1/scenarios`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      scenarios: Array<{ id: string; impacts: Array<{ node: string; value: number }> }>;
    };
    expect(body.scenarios.map((s) => s.id)).toEqual(['drift']);
    expect(body.scenarios[0]?.impacts.map((i) => i.node)).toEqual([
      'revenue_assurance',
      'compliance_exposure',
    ]);
    expect(body.scenarios[0]?.impacts[0]?.value).toBeGreaterThan(0);
  });
});

describe('GET /api/v1/dependencies', () => {
  it('answers the graph and the single points of failure with their simulated impact', async () => {
    const res = await fetch(`${base}/api/v1/dependencies`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as DependencyReport;
    expect(body.spec).toEqual({ name: 'test', version: '1' });
    // events:fraud feeds both outcomes, and other inputs keep each alive: shared, not a single point.
    const events = body.candidates.find((c) => c.id === 'events:fraud');
    expect(events?.reaches).toEqual(['revenue_assurance', 'compliance_exposure']);
    expect(events).toMatchObject({ shared: true, single_point_of_failure: false });
    expect(body.shared_inputs).toContain('events:fraud');
    // prom is revenue's exposure: nothing else prices it, so it is a single point, priced by the scenario engine.
    const prom = body.single_points_of_failure.find((s) => s.id === 'promql:prom');
    expect(prom?.exposure_of).toEqual(['revenue_assurance']);
    expect(prom?.unknown_if_failed).toContain('revenue_assurance');
  });

  it('answers Mermaid on ?format=mermaid and 400 for an unknown format', async () => {
    const res = await fetch(`${base}/api/v1/dependencies?format=mermaid`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect((await res.text()).startsWith('flowchart LR\n')).toBe(true);
    const bad = await fetch(`${base}/api/v1/dependencies?format=svg`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('format');
  });
});
