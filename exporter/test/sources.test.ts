/**
 * PromQL sources end to end: a real Prometheus answers one source, a dead address is the other. The
 * live source's node and exposure join the cascade; the dead source is `mlhealth_source_up 0`, its node
 * is unknown, and the scrape still answers 200.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Listening } from '../src/server/listen';
import { buildExporter, type BuiltExporter } from '../src/main';
import { buildOptions, serve } from './support/harness';
import { request, sampleValue } from './support/http';
import { freePort, startPrometheus, type RunningPrometheus } from './support/prometheus';

function specText(promUrl: string, deadUrl: string): string {
  return `api_version: mlhealth/v1
name: sources-test
version: '1'
currency: USD
sources:
  - { id: prom, type: prometheus, url: '${promUrl}', timeout: 2s }
  - { id: dead, type: prometheus, url: '${deadUrl}', timeout: 1s }
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
    signal: { kind: promql, source: prom, query: 'vector(0.42)' }
    thresholds: { warning: 0.8, critical: 0.9, direction: higher_is_worse }
  - id: m.memory
    tier: base
    model: m
    title: Memory
    signal: { kind: promql, source: dead, query: 'vector(1)' }
    thresholds: { warning: 0.8, critical: 0.9, direction: higher_is_worse }
  - id: m.resources
    tier: component
    model: m
    title: Resources
    children: [{ node: m.cpu }, { node: m.memory }]
    rollup: { rule: worst_of }
  - id: m.compute
    tier: component
    model: m
    title: Compute
    children: [{ node: m.cpu }]
    rollup: { rule: worst_of }
  - id: revenue
    tier: business
    title: Revenue
    children: [{ node: m.compute }]
    rollup: { rule: worst_of }
    impact:
      measure: revenue_at_risk
      unit: USD/hour
      exposure: { source: prom, query: 'vector(5000)' }
      loss: { kind: linear, max_loss: 1 }
`;
}

describe('PromQL sources', () => {
  let prom: RunningPrometheus;
  let dir: string;
  let built: BuiltExporter;
  let server: Listening;

  beforeAll(async () => {
    prom = await startPrometheus();
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-spec-'));
    const specPath = join(dir, 'spec.yaml');
    writeFileSync(specPath, specText(prom.url, `http://127.0.0.1:${await freePort()}`));
    built = await buildExporter(buildOptions({ specPath, clock: undefined }));
    server = await serve(built.app);
  }, 30_000);

  afterAll(async () => {
    await server?.close();
    built?.engine.close();
    await prom?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the live source into nodes and exposures and marks the dead one down, scrape intact', async () => {
    let text = '';
    for (let i = 0; i < 50; i++) {
      built.engine.tick(Date.now() / 1000);
      built.engine.markDirty();
      text = (await request(server.url, 'GET', '/metrics')).text;
      if (sampleValue(text, 'mlhealth_node_value{node="m.cpu",tier="base",model="m"}') !== undefined) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(sampleValue(text, 'mlhealth_source_up{source="prom"}')).toBe(1);
    expect(sampleValue(text, 'mlhealth_source_up{source="dead"}')).toBe(0);
    expect(sampleValue(text, 'mlhealth_node_value{node="m.cpu",tier="base",model="m"}')).toBe(0.42);
    expect(sampleValue(text, 'mlhealth_node_status{node="m.cpu",tier="base",model="m"}')).toBe(0);
    expect(sampleValue(text, 'mlhealth_node_status{node="m.memory",tier="base",model="m"}')).toBe(3);
    expect(sampleValue(text, 'mlhealth_node_status{node="m.resources",tier="component",model="m"}')).toBe(3);
    expect(sampleValue(text, 'mlhealth_business_exposure{node="revenue",measure="revenue_at_risk"}')).toBe(
      5000,
    );
    expect(sampleValue(text, 'mlhealth_up')).toBe(1);
    const memory = built.engine.snapshot()?.nodes.find((n) => n.id === 'm.memory');
    expect(memory?.reason).toMatch(/dead/);
  }, 30_000);
});
