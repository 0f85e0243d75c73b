/**
 * The spec `mlhealth init` writes serves as it is: the real exporter (buildExporter, via the harness)
 * loads it with its reference, `mlhealth ingest` sends events over loopback HTTP, and every node of the
 * cascade is evaluated — base signals from the events, components and the business outcome above them.
 * This is the README's "Your own model in three commands" (init → serve → ingest), in one process.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../src/cli/io';
import { runCli } from '../src/cli/main';
import type { Listening } from '../src/server/listen';
import type { CascadeJson } from '../src/server/cascadeView';
import { referenceCsv, referenceRow, seeded } from '../src/spec/init/__fixtures__/reference';
import { harness, serve, T0, type Harness } from './support/harness';
import { request } from './support/http';

function capture(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {} },
    out: () => out,
    err: () => err,
  };
}

/** Events as a CSV file for `mlhealth ingest`: the features, prediction, confidence and latency. */
function eventsCsv(n: number): string {
  const rand = seeded(7);
  const columns = [
    'id',
    'age',
    'income',
    'region',
    'has_card',
    'channel',
    'prediction',
    'confidence',
    'latency_seconds',
  ];
  const rows = Array.from({ length: n }, (_, i) => {
    const row = {
      ...referenceRow(i, rand, 'classification'),
      id: `live-${i}`,
      latency_seconds: 0.02 + (i % 10) / 1000,
    };
    return columns.map((c) => String(row[c as keyof typeof row])).join(',');
  });
  return [columns.join(','), ...rows].join('\n') + '\n';
}

describe('a spec written by mlhealth init, served', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-init-serve-'));
  let h: Harness;
  let server: Listening;

  beforeAll(async () => {
    writeFileSync(join(dir, 'train.csv'), referenceCsv(400, 'classification'));
    // The exporter's clock starts at T0: the reference was taken the day before, the model trained in October.
    utimesSync(join(dir, 'train.csv'), T0 - 86_400, T0 - 86_400);
    const init = capture(dir);
    const args = [
      'init',
      '--reference',
      'train.csv',
      '--model',
      'credit',
      '--trained-at',
      '2023-10-01',
      '--out',
      'credit.yaml',
    ];
    expect(await runCli(args, init.io)).toBe(0);
    h = await harness({ specPath: join(dir, 'credit.yaml') });
    server = await serve(h.built.app);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads with the reference profile of every feature, all nodes unknown before any event', async () => {
    const cascade = (await request(server.url, 'GET', '/api/v1/cascade')).json as CascadeJson;
    expect(cascade.spec).toMatchObject({ name: 'credit', version: '0.1.0' });
    const drift = cascade.nodes.find((n) => n.id === 'credit.drift.age');
    expect(drift?.status).toBe('unknown');
    expect(cascade.nodes.find((n) => n.tier === 'business')?.status).toBe('unknown');
  });

  it('takes events from mlhealth ingest, and the whole cascade is evaluated from them', async () => {
    writeFileSync(join(dir, 'events.csv'), eventsCsv(120));
    const ingest = capture(dir);
    expect(await runCli(['ingest', '--model', 'credit', '--url', server.url, 'events.csv'], ingest.io)).toBe(
      0,
    );
    expect(ingest.err()).toBe('');
    await h.advance(30, 15);

    const cascade = (await request(server.url, 'GET', '/api/v1/cascade')).json as CascadeJson;
    const unknown = cascade.nodes.filter((n) => n.status === 'unknown').map((n) => `${n.id}: ${n.reason}`);
    expect(unknown).toEqual([]);
    // Events drawn like the reference stay within thresholds calibrated on it: everything is ok.
    expect(cascade.nodes.filter((n) => n.status !== 'ok').map((n) => `${n.id}: ${n.status}`)).toEqual([]);
    const business = cascade.nodes.find((n) => n.id === 'credit.revenue_assurance');
    expect(business?.score).toBeGreaterThan(0);
    // The exposure is a placeholder (0): nothing is priced until someone fills it in.
    expect(business?.impact).toMatchObject({
      measure: 'revenue_at_risk',
      unit: 'USD/hour',
      value: 0,
      exposure: 0,
    });
    const metrics = (await request(server.url, 'GET', '/metrics')).text;
    expect(metrics).toContain('mlhealth_ingest_events_total{model="credit"} 120');
    expect(metrics).toMatch(
      /mlhealth_feature_drift\{model="credit",feature="region",method="jensenshannon"\} \d/,
    );
  });
});
