/**
 * `npm run bench:exporter`: prints figures, asserts nothing (timing goals are not tests).
 *
 * 1. Ingest throughput over loopback HTTP with autocannon: batches of 500 events × 20 features posted to
 *    the real exporter, and to a baseline express server that only reads and parses the same body and
 *    answers 204, each in its own process, in the same run. Targets: ≥ 50 % of the baseline's events/s
 *    and ≥ 50,000 events/s.
 *    1b. Then, against the same exporter, the same events through each ingest path with one closed-loop
 *    client (exporterIngestPaths.ts): the native events API, KServe v1 CloudEvent pairs, OTLP/HTTP logs
 *    as JSON and as protobuf. Target: each ≥ 50 % of the native events/s.
 * 2. `/metrics` render time for 100 models × 20 features. Target ≤ 100 ms.
 * 3. RSS (and live heap after a full GC) after 1M … 5M ingested events with the same spec
 *    (exporterRss.ts). Target growth 1M → 5M < 10 %.
 *
 * Environment: BENCH_SECONDS (default 10) per autocannon run, BENCH_CONNECTIONS (default 4),
 * BENCH_ONLY (a comma list of `ingest`, `render`, `rss`; default all three), BENCH_STORE=1 (the exporter
 * keeps a durable store in a temporary data directory, every 2xx on disk, instead of memory; with
 * BENCH_CHECKPOINT_MAX_BYTES / _ENTRIES / _AGE its checkpoint policy, default the built-in one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchSpecYaml, eventBatch, referenceRows } from './exporterBenchSpec';
import { measureIngestPaths } from './exporterIngestPaths';
import { measureRender } from './exporterRender';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const BATCH = 500;
const FEATURES = 20;
const ONLY = new Set((process.env.BENCH_ONLY ?? 'ingest,render,rss').split(',').map((p) => p.trim()));

function startServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, 'exporterServer.js'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m !== null) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`server ${args[0]} exited with ${code}`)));
  });
}

async function load(
  url: string,
  body: string,
): Promise<{ eventsPerSecond: number; p99Ms: number; errors: number }> {
  const result = await autocannon({
    url: `${url}/api/v1/models/m0/events`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  const ok = result['2xx'];
  return {
    eventsPerSecond: (ok * BATCH) / SECONDS,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function throughput(specPath: string): Promise<void> {
  const body = eventBatch(BATCH, FEATURES, 1);
  console.log(
    `\n1. ingest throughput: ${BATCH} events × ${FEATURES} features per request (${(body.length / 1024).toFixed(0)} KiB), ${CONNECTIONS} connections, ${SECONDS} s each`,
  );
  const base = await startServer(['baseline']);
  const baseline = await load(base.url, body);
  base.child.kill('SIGTERM');
  const store = process.env.BENCH_STORE === '1' ? mkdtempSync(join(tmpdir(), 'mlhealth-bench-store-')) : null;
  const exp = await startServer(['exporter', specPath, ...(store !== null ? [store] : [])]);
  console.log(`   exporter state: ${store !== null ? `durable store in ${store}` : 'in memory'}`);
  await fetch(`${exp.url}/api/v1/models/m0/reference`, {
    method: 'PUT',
    body: referenceRows(2000, FEATURES, 7),
    headers: { 'content-type': 'application/json' },
  });
  const exporter = await load(exp.url, body);
  const row = (name: string, r: typeof baseline) =>
    console.log(
      `   ${name.padEnd(10)} ${Math.round(r.eventsPerSecond).toLocaleString('en-US').padStart(9)} events/s   p99 ${r.p99Ms} ms   errors ${r.errors}`,
    );
  row('baseline', baseline);
  row('exporter', exporter);
  const ratio = exporter.eventsPerSecond / baseline.eventsPerSecond;
  console.log(
    `   exporter / baseline = ${(100 * ratio).toFixed(0)} %   (targets: ≥ 50 % and ≥ 50,000 events/s)`,
  );
  const features = Array.from({ length: FEATURES }, (_, f) => `f${f}`);
  try {
    await measureIngestPaths({
      url: exp.url,
      model: 'm0',
      features,
      batch: body,
      seconds: SECONDS,
      connections: CONNECTIONS,
    });
  } finally {
    exp.child.kill('SIGTERM');
    await new Promise((resolve) => exp.child.once('exit', resolve));
    if (store !== null) rmSync(store, { recursive: true, force: true });
  }
}

function rss(): Promise<void> {
  console.log(
    '\n3. RSS of the ingest path (1 model × 20 features, 500 events/s simulated, in-process ingest)',
  );
  const child = spawn(process.execPath, ['--expose-gc', join(__dirname, 'exporterRss.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`exporterRss exited with ${code}`));
      const f = JSON.parse(out) as Record<string, number>;
      const at = (kind: string) =>
        [1, 2, 3, 4, 5].map((m) => f[`${kind}_after_${m}m_mib`].toFixed(0)).join(' / ');
      console.log(
        `   RSS  start ${f.rss_start_mib.toFixed(0)} MiB; after 1M / 2M / 3M / 4M / 5M events: ${at('rss')} MiB`,
      );
      console.log(
        `   heap start ${f.heap_start_mib.toFixed(0)} MiB; after 1M / 2M / 3M / 4M / 5M events: ${at('heap')} MiB (live, after a full GC)`,
      );
      console.log(
        `   growth 1M → 5M: RSS ${(100 * f.growth_ratio).toFixed(1)} %, live heap ${(100 * f.heap_growth_ratio).toFixed(1)} %   (target < 10 %; ${f.seconds.toFixed(0)} s, ${(5e6 / f.seconds).toFixed(0)} events/s in-process)`,
      );
      resolve();
    });
  });
}

async function main(): Promise<void> {
  console.log(
    `mlhealth exporter benchmark — node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-bench-'));
  const specPath = join(dir, 'spec.yaml');
  writeFileSync(specPath, benchSpecYaml(1, FEATURES));
  try {
    if (ONLY.has('ingest')) await throughput(specPath);
    if (ONLY.has('render')) await measureRender(dir, 100, FEATURES);
    if (ONLY.has('rss')) await rss();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
