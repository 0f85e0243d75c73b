/** `mlhealth ingest` against a real exporter app on loopback, through the CLI dispatcher. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main';
import { DEMO_SPEC_PATH } from '../src/main';
import type { Listening } from '../src/server/listen';
import { harness, serve, type Harness } from './support/harness';
import { request, sampleValue } from './support/http';

const HEADER =
  'id,amount,merchant_category,country,hour_of_day,account_age_days,card_present,txn_count_1h,prediction,confidence,latency_seconds,error';

function row(i: number, confidence = '0.91'): string {
  return `tx-${i},${10 + i},grocery,US,12,400,true,1,legit,${confidence},0.02,false`;
}

describe('mlhealth ingest', () => {
  let h: Harness;
  let server: Listening;
  let dir: string;
  const out: string[] = [];
  const err: string[] = [];
  const io = () => ({
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => err.push(t),
    cwd: dir,
    env: {},
  });

  beforeAll(async () => {
    h = await harness({ specPath: DEMO_SPEC_PATH });
    server = await serve(h.built.app);
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-ingest-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    out.length = 0;
    err.length = 0;
  });

  it('sends a CSV file in batches and the exporter counts every event', async () => {
    writeFileSync(
      join(dir, 'events.csv'),
      [HEADER, ...Array.from({ length: 25 }, (_, i) => row(i))].join('\n') + '\n',
    );
    const code = await runCli(
      ['ingest', '--model', 'fraud', '--url', server.url, '--batch-size', '10', 'events.csv'],
      io(),
    );
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    expect(out.join('')).toBe(`sent 25 events in 3 batches to ${server.url}/api/v1/models/fraud/events\n`);
    const text = (await request(server.url, 'GET', '/metrics')).text;
    expect(sampleValue(text, 'mlhealth_ingest_events_total{model="fraud"}')).toBe(25);
  });

  it('sends labels with --labels from JSON Lines', async () => {
    writeFileSync(
      join(dir, 'labels.jsonl'),
      ['{"id": "tx-1", "label": "legit"}', '{"id": "tx-2", "label": "fraud"}'].join('\n'),
    );
    expect(
      await runCli(['ingest', '--model', 'fraud', '--url', server.url, '--labels', 'labels.jsonl'], io()),
    ).toBe(0);
    expect(out.join('')).toContain('sent 2 labels in 1 batch');
  });

  it('stops at a refused batch and names the row and field (exit 1)', async () => {
    writeFileSync(join(dir, 'bad.csv'), [HEADER, row(1), row(2, '1.7'), row(3)].join('\n') + '\n');
    expect(await runCli(['ingest', '--model', 'fraud', '--url', server.url, 'bad.csv'], io())).toBe(1);
    const text = err.join('');
    expect(text).toContain('batch starting at row 1 refused (HTTP 422)');
    expect(text).toContain('row 2 confidence: confidence must be within 0..1, got 1.7');
  });

  it('exits 2 for a missing file, a missing --model and an unreachable exporter', async () => {
    expect(await runCli(['ingest', '--model', 'fraud', '--url', server.url, 'nope.csv'], io())).toBe(2);
    expect(err.join('')).toContain('nope.csv');
    expect(await runCli(['ingest', 'events.csv'], io())).toBe(2);
    expect(err.join('')).toContain('--model is required');
    expect(
      await runCli(['ingest', '--model', 'fraud', '--url', 'http://127.0.0.1:1', 'events.csv'], io()),
    ).toBe(2);
    expect(err.join('')).toContain('cannot reach the exporter at http://127.0.0.1:1');
  });
});
