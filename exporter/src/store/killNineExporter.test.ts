/**
 * The durability promise end to end: the real exporter (`src/main.ts`, spawned) receives batches over
 * HTTP from one client; the test SIGKILLs it at a random moment mid-stream, restarts it on the same data
 * directory, and checks that `mlhealth_ingest_events_total`, `mlhealth_predictions_total` and the
 * window's missing ratio reflect every acknowledged (2xx) batch — plus, at most, the one batch in flight
 * when it died (committed but unanswered). Two kill-and-restart rounds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTempDirs, tempDir } from './__fixtures__/tempDir';

const SPEC = `api_version: mlhealth/v1
name: killtest
version: 1.0.0
models:
  - id: k
    version: '1'
    task: classification
    window: { duration: 1h }
    evaluation_interval: 1s
    features:
      - { name: x, type: numeric, range: [0, 100] }
      - { name: c, type: categorical, categories: [a, b] }
nodes:
  - id: k.missing
    tier: base
    model: k
    signal: { kind: missing_ratio, feature: x }
    thresholds: { warning: 0.2, critical: 0.5 }
  - id: k.errors
    tier: base
    model: k
    signal: { kind: error_ratio }
    thresholds: { warning: 0.01, critical: 0.05 }
  - id: k.health
    tier: component
    model: k
    children: [k.missing, k.errors]
    rollup: { rule: worst_of }
  - id: outcome
    tier: business
    children: [k.health]
    rollup: { rule: worst_of }
`;

const BATCH = 40;

/** Batch i: 40 events, `i % 9` of them with x missing. */
function batch(i: number): { body: string; missing: number } {
  const now = Date.now() / 1000;
  const missing = i % 9;
  const events = Array.from({ length: BATCH }, (_, j) => ({
    timestamp: now,
    id: `b${i}-${j}`,
    features: { x: j < missing ? null : (i * 13 + j) % 100, c: j % 2 === 0 ? 'a' : 'b' },
    prediction: j % 3 === 0 ? '1' : '0',
    confidence: 0.8,
    latency_seconds: 0.01,
  }));
  return { body: JSON.stringify(events), missing };
}

interface Exporter {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

function startExporter(specFile: string, dataDir: string): Promise<Exporter> {
  const main = join(__dirname, '..', 'cli', 'main.ts');
  // --import tsx (not -r tsx/cjs): the serve command loads cli/serve/run with a dynamic import.
  const args = [
    '--import',
    'tsx',
    main,
    'serve',
    '--spec',
    specFile,
    '--data-dir',
    dataDir,
    '--listen',
    '127.0.0.1:0',
  ];
  const child = spawn(process.execPath, args, {
    cwd: join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`exporter did not start in 30 s: ${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (m !== null) {
        clearTimeout(timer);
        resolve({ child, url: m[1], stderr: () => stderr });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exporter exited (${code}) before listening: ${stderr}`));
    });
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode);
    else child.on('exit', (_code, signal) => resolve(signal));
  });
}

interface Sent {
  events: number;
  missing: number;
}

/** Posts batches one after the other until the exporter dies; returns what was acknowledged and what was in flight. */
async function postUntilKilled(
  url: string,
  first: number,
  child: ChildProcess,
): Promise<{ acked: Sent; inFlight: Sent; batches: number }> {
  const acked: Sent = { events: 0, missing: 0 };
  let i = first;
  let killArmed = false;
  for (; i < first + 100_000; i++) {
    const { body, missing } = batch(i);
    let status: number;
    try {
      const res = await fetch(`${url}/api/v1/models/k/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
      status = res.status;
      await res.text();
    } catch {
      return { acked, inFlight: { events: BATCH, missing }, batches: i - first };
    }
    expect(status).toBe(202);
    acked.events += BATCH;
    acked.missing += missing;
    if (!killArmed && i - first >= 15) {
      killArmed = true;
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 250));
    }
  }
  throw new Error('the exporter was never killed');
}

function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function metricsOf(url: string): Promise<string> {
  // The first evaluation runs at start-up; wait until the window's detail series is there.
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = await (await fetch(`${url}/metrics`)).text();
    if (sample(text, 'mlhealth_feature_missing_ratio{model="k",feature="x"}') !== undefined) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no missing ratio in /metrics after 10 s');
}

afterAll(removeTempDirs);

describe('kill -9 of the exporter in the middle of a stream of acknowledged batches', () => {
  it('restarts with every acknowledged event in the counters and the window, over two rounds', async () => {
    const dir = tempDir();
    const specFile = join(dir, 'spec.yaml');
    writeFileSync(specFile, SPEC);
    const dataDir = join(dir, 'data');
    const stored: Sent = { events: 0, missing: 0 };
    let next = 1;
    for (let round = 0; round < 2; round++) {
      const exporter = await startExporter(specFile, dataDir);
      const { acked, inFlight, batches } = await postUntilKilled(exporter.url, next, exporter.child);
      expect(await exited(exporter.child)).toBe('SIGKILL');
      next += batches + 1;

      const restarted = await startExporter(specFile, dataDir);
      const text = await metricsOf(restarted.url);
      const total = sample(text, 'mlhealth_ingest_events_total{model="k"}') ?? -1;
      // Every acknowledged batch is there; the one in flight may or may not have been committed.
      const withInFlight = total === stored.events + acked.events + inFlight.events;
      expect([stored.events + acked.events, stored.events + acked.events + inFlight.events]).toContain(total);
      stored.events = total;
      stored.missing += acked.missing + (withInFlight ? inFlight.missing : 0);
      expect(sample(text, 'mlhealth_predictions_total{model="k"}')).toBe(total);
      expect(sample(text, 'mlhealth_feature_missing_ratio{model="k",feature="x"}')).toBeCloseTo(
        stored.missing / stored.events,
        12,
      );
      restarted.child.kill('SIGTERM');
      expect(await exited(restarted.child)).toBeNull();
      expect(restarted.stderr()).not.toContain('Error');
    }
  }, 180_000);
});
