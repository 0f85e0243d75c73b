/**
 * A bad neighbour: the spec's PromQL source is a local HTTP server that hangs, answers garbage or
 * answers 500. The real exporter (buildExporter at a clock the test drives, real HTTP on loopback)
 * keeps answering `/metrics` quickly (well within twice the source's timeout: the scrape never waits for
 * a source), marks the source down (`mlhealth_source_up 0`) and its nodes `unknown` (status 3, and the
 * parents above them), and recovers (status 0, source up 1) as soon as the server answers again.
 *
 * Polling is driven with `SourceManager.pollAll()`, the evaluation with `engine.tick`, so no step
 * depends on a timer except the hang itself, which ends at the source's own timeout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Listening } from '../src/server/listen';
import { buildExporter, type BuiltExporter } from '../src/main';
import {
  startFakePrometheus,
  type FakeMode,
  type FakePrometheus,
} from '../src/sources/__fixtures__/fakePrometheus';
import { buildOptions, serve, T0 } from './support/harness';
import { request, sampleValue } from './support/http';

/** The source's query timeout, seconds. */
const TIMEOUT_SECONDS = 2;
const SCRAPE_BOUND_MS = 2 * TIMEOUT_SECONDS * 1000;

const CPU_STATUS = 'mlhealth_node_status{node="m.cpu",tier="base",model="m"}';
const CPU_VALUE = 'mlhealth_node_value{node="m.cpu",tier="base",model="m"}';
const RESOURCES_STATUS = 'mlhealth_node_status{node="m.resources",tier="component",model="m"}';
const REVENUE_STATUS = 'mlhealth_node_status{node="revenue",tier="business",model=""}';
const FLAKY_UP = 'mlhealth_source_up{source="flaky"}';

function specText(url: string): string {
  return `api_version: mlhealth/v1
name: faults-test
version: '1'
currency: USD
sources:
  - { id: flaky, type: prometheus, url: '${url}', timeout: ${TIMEOUT_SECONDS}s }
models:
  - id: m
    version: '1'
    task: classification
    features: [{ name: x, type: numeric }]
nodes:
  - id: m.cpu
    tier: base
    model: m
    title: CPU
    cadence: 1h
    signal: { kind: promql, source: flaky, query: 'vector(0.42)' }
    thresholds: { warning: 0.8, critical: 0.9, direction: higher_is_worse }
  - id: m.resources
    tier: component
    model: m
    title: Resources
    children: [{ node: m.cpu }]
    rollup: { rule: worst_of }
  - id: revenue
    tier: business
    title: Revenue
    children: [{ node: m.resources }]
    rollup: { rule: worst_of }
    impact:
      measure: revenue_at_risk
      unit: USD/hour
      exposure: { constant: 1000 }
      loss: { kind: linear, max_loss: 1 }
`;
}

let fake: FakePrometheus;
let dir: string;
let built: BuiltExporter;
let server: Listening;
let now = T0;

beforeAll(async () => {
  fake = await startFakePrometheus({ kind: 'value', value: '0.42' });
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-faults-'));
  const specPath = join(dir, 'spec.yaml');
  writeFileSync(specPath, specText(fake.url));
  built = await buildExporter(buildOptions({ specPath, clock: () => now }));
  server = await serve(built.app);
});

afterAll(async () => {
  await server?.close();
  built?.engine.close();
  built?.durable.close(now);
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One scrape of `/metrics`, with how long it took. */
async function scrape(): Promise<{ text: string; status: number; ms: number }> {
  const started = performance.now();
  const a = await request(server.url, 'GET', '/metrics');
  return { text: a.text, status: a.status, ms: performance.now() - started };
}

/** Waits for every query in flight (or a new one), then re-evaluates the cascade one second later. */
async function pollAndEvaluate(): Promise<void> {
  await built.sourceManager?.pollAll();
  now += 1;
  built.engine.markDirty();
  built.engine.tick(now);
}

async function expectHealthy(): Promise<void> {
  fake.mode = { kind: 'value', value: '0.42' };
  await pollAndEvaluate();
  const s = await scrape();
  expect(s.status).toBe(200);
  expect([FLAKY_UP, CPU_STATUS, CPU_VALUE, REVENUE_STATUS].map((k) => sampleValue(s.text, k))).toEqual([
    1, 0, 0.42, 0,
  ]);
}

const FAULTS: [string, FakeMode, RegExp][] = [
  ['hangs', { kind: 'hang' }, /^timeout: no answer within 2s$/],
  ['answers garbage', { kind: 'garbage' }, /^parse: /],
  ['answers 500', { kind: 'status', status: 500, body: 'internal error' }, /^http: /],
];

describe.each(FAULTS)('a PromQL source that %s', (_name, mode, reason) => {
  it('leaves /metrics answering, marks the source down and its nodes unknown, then recovers', async () => {
    await expectHealthy();
    fake.mode = mode;
    const requestsBefore = fake.requests.length;
    let settled = false;
    const polling = built.sourceManager?.pollAll().then(() => {
      settled = true;
    });
    // while the query is in flight: the evaluation and the scrape do not wait for it
    now += 1;
    built.engine.markDirty();
    built.engine.tick(now);
    const during = await scrape();
    expect(during.status).toBe(200);
    expect(during.ms).toBeLessThan(SCRAPE_BOUND_MS);
    expect(sampleValue(during.text, 'mlhealth_up')).toBe(1);
    // the hanging query was still in flight while the scrape answered
    if (mode.kind === 'hang') expect(settled).toBe(false);
    await polling;
    expect(fake.requests.length).toBeGreaterThan(requestsBefore);
    now += 1;
    built.engine.markDirty();
    built.engine.tick(now);

    const down = await scrape();
    expect(down.status).toBe(200);
    expect(down.ms).toBeLessThan(SCRAPE_BOUND_MS);
    expect(sampleValue(down.text, FLAKY_UP)).toBe(0);
    expect(sampleValue(down.text, CPU_STATUS)).toBe(3);
    expect(sampleValue(down.text, CPU_VALUE)).toBeUndefined();
    expect(sampleValue(down.text, RESOURCES_STATUS)).toBe(3);
    expect(sampleValue(down.text, REVENUE_STATUS)).toBe(3);
    expect(sampleValue(down.text, 'mlhealth_up')).toBe(1);
    const cpu = built.engine.snapshot()?.nodes.find((n) => n.id === 'm.cpu');
    expect(cpu?.status).toBe('unknown');
    expect(cpu?.reason).toMatch(/flaky/);
    expect(built.engine.sourcesUp().get('flaky')).toBe(false);
    const status = built.sourceManager?.sourceStatus().find((s) => s.source === 'flaky');
    expect(status?.reason).toMatch(reason);

    await expectHealthy();
  }, 30_000);
});
