/**
 * `npm run bench:restart`: how long a restart takes, and how much it replays; prints figures, asserts
 * nothing (timing goals are not tests). docs/durability.md quotes it.
 *
 * The built exporter (`node exporter/dist/cli/main.js serve --spec … --data-dir … --listen 127.0.0.1:P`,
 * the ingest benchmark's spec: 1 model × 20 features) takes a reference, then batches as fast as it
 * acknowledges them (4 connections); then it is stopped and started again on the same data directory,
 * timing spawn → `/readyz` 200 and reading what it replayed from its start-up line ("replayed N log
 * entries (M events, B bytes) after the checkpoint in X ms"). Cases, each repeated, fresh directory each
 * time:
 *
 * - `fixed`: BENCH_EVENTS events in batches of BENCH_BATCH, then (a) `kill -9` right after the last
 *   acknowledged batch, (b) SIGTERM (a clean shutdown checkpoints, so nothing is replayed).
 * - `bytes`: batches of BENCH_BATCH up to just below the checkpoint policy's byte limit (the payload size
 *   of a batch is learned from a short probe run), then `kill -9`: the longest replay that limit allows.
 * - `entries`: batches of one event up to just below the entry limit, then `kill -9`: the longest
 *   replay of many small entries.
 * - `both`: maxEntries − 1 batches sized to end just below the byte limit as well, then `kill -9`: the
 *   worst case the policy allows (the replay costs per entry and per byte).
 *
 * Event ids are unique across ≥ 24,000 events (the monitor keeps up to 20,000 awaiting labels), so the
 * checkpointed state is as large as with real traffic.
 *
 * Environment: BENCH_EVENTS (300000), BENCH_BATCH (500), BENCH_REPEATS (3), BENCH_ONLY (a comma list of
 * `fixed`, `bytes`, `entries`, `both`; default all), BENCH_CHECKPOINT_MAX_BYTES / _ENTRIES / _AGE (passed to
 * the exporter as `--checkpoint-max-*`; default: the built-in policy), MLHEALTH_CLI (default the built CLI).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CHECKPOINT_POLICY, type CheckpointPolicy } from '../src/store/checkpointer';
import { benchSpecYaml, eventBatch, referenceRows } from './exporterBenchSpec';
import { CLI, dirBytes, freePort, ingest, killAll, spawnExporter, stop, waitReady } from './restartProcess';

const env = process.env;
const EVENTS = Number(env.BENCH_EVENTS ?? 300_000);
const BATCH = Number(env.BENCH_BATCH ?? 500);
const REPEATS = Number(env.BENCH_REPEATS ?? 3);
const FEATURES = 20;
const CONNECTIONS = 4;
const ONLY = new Set((env.BENCH_ONLY ?? 'fixed,bytes,entries,both').split(',').map((c) => c.trim()));
const READY_TIMEOUT_MS = 120_000;

const POLICY: CheckpointPolicy = {
  maxBytes: Number(env.BENCH_CHECKPOINT_MAX_BYTES ?? DEFAULT_CHECKPOINT_POLICY.maxBytes),
  maxEntries: Number(env.BENCH_CHECKPOINT_MAX_ENTRIES ?? DEFAULT_CHECKPOINT_POLICY.maxEntries),
  maxAgeSeconds: Number(env.BENCH_CHECKPOINT_MAX_AGE ?? DEFAULT_CHECKPOINT_POLICY.maxAgeSeconds),
};
const POLICY_FLAGS = [
  ...['bytes', 'entries', 'age'].flatMap((k) => {
    const v = env[`BENCH_CHECKPOINT_MAX_${k.toUpperCase()}`];
    return v === undefined ? [] : [`--checkpoint-max-${k}`, v];
  }),
];

interface Run {
  ingestSeconds: number;
  stopMs: number;
  dataDirBytes: number;
  readyMs: number;
  /** What the restart's start-up line says it replayed, and its wall-clock and CPU (user + system) time. */
  replay: { entries: number; events: number; bytes: number; ms: number; cpuMs: number };
}

const REPLAYED =
  /replayed (\d+) log entries \((\d+) events(?:, (\d+) bytes)?\) after the checkpoint(?: in (\d+) ms \((\d+) ms CPU\))?/;

/** One run: start on a fresh directory, take a reference, ingest, stop with `signal`, start again. */
async function run(
  specPath: string,
  bodies: string[],
  batches: number,
  signal: NodeJS.Signals,
): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-restart-'));
  try {
    const first = spawnExporter(specPath, dir, await freePort(), POLICY_FLAGS);
    await waitReady(first, performance.now(), READY_TIMEOUT_MS);
    const put = await fetch(`${first.url}/api/v1/models/m0/reference`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: referenceRows(2000, FEATURES, 7),
    });
    if (!put.ok) throw new Error(`reference upload: ${put.status} ${await put.text()}`);
    const started = performance.now();
    await ingest(first.url, 'm0', bodies, batches, CONNECTIONS);
    const ingestSeconds = (performance.now() - started) / 1000;
    const stopMs = await stop(first, signal, 60_000);
    const dataDirBytes = dirBytes(dir);
    const spawnedAt = performance.now();
    const second = spawnExporter(specPath, dir, await freePort(), POLICY_FLAGS);
    const readyMs = await waitReady(second, spawnedAt, READY_TIMEOUT_MS);
    await stop(second, 'SIGKILL', 10_000);
    const m = REPLAYED.exec(second.log());
    const [entries, events, bytes, ms, cpuMs] =
      m === null ? [0, 0, 0, 0, 0] : m.slice(1).map((x) => Number(x ?? 0));
    return { ingestSeconds, stopMs, dataDirBytes, readyMs, replay: { entries, events, bytes, ms, cpuMs } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function range(xs: number[], digits = 0): string {
  const s = sorted(xs);
  const f = (x: number) => x.toFixed(digits);
  return `${f(s[0])} / ${f(s[Math.floor((s.length - 1) / 2)])} / ${f(s[s.length - 1])}`;
}
const mb = (b: number) => b / (1024 * 1024);

function report(name: string, runs: Run[], eventsPerBatch: number, batches: number): void {
  const events = eventsPerBatch * batches;
  const rate = runs.map((r) => events / r.ingestSeconds);
  console.log(
    `\n${name}: ${batches} batches × ${eventsPerBatch} events (min / median / max of ${runs.length})`,
  );
  console.log(`  ingest                     ${range(rate)} events/s`);
  console.log(`  stop (signal → exit)       ${range(runs.map((r) => r.stopMs))} ms`);
  console.log(
    `  data directory after stop  ${range(
      runs.map((r) => mb(r.dataDirBytes)),
      1,
    )} MiB`,
  );
  console.log(`  restart: spawn → /readyz   ${range(runs.map((r) => r.readyMs))} ms`);
  console.log(`  replay (its log line)      ${range(runs.map((r) => r.replay.ms))} ms`);
  console.log(`  … of which CPU time        ${range(runs.map((r) => r.replay.cpuMs))} ms`);
  console.log(`  entries replayed           ${range(runs.map((r) => r.replay.entries))}`);
  console.log(`  events replayed            ${range(runs.map((r) => r.replay.events))}`);
  console.log(
    `  log bytes replayed         ${range(
      runs.map((r) => mb(r.replay.bytes)),
      1,
    )} MiB`,
  );
  const perEvent = runs.filter((r) => r.replay.events > 0).map((r) => (r.replay.ms * 1000) / r.replay.events);
  if (perEvent.length > 0) console.log(`  replay per event           ${range(perEvent, 1)} µs`);
}

async function repeat(name: string, spec: string, bodies: string[], batches: number, signal: NodeJS.Signals) {
  const runs: Run[] = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await run(spec, bodies, batches, signal));
  report(name, runs, (JSON.parse(bodies[0]) as unknown[]).length, batches);
  return runs;
}

/**
 * Request bodies of `events` events whose ids differ (48 × `events`, at least 24,000 ids): the monitor
 * remembers up to 20,000 predictions awaiting labels, so with real (unique) ids its state, and so a
 * checkpoint, is as large as in production.
 */
function distinctBodies(events: number): string[] {
  const count = Math.max(48, Math.ceil(24_000 / events));
  return Array.from({ length: Math.min(count, 4000) }, (_, i) => eventBatch(events, FEATURES, i + 1));
}

/** Payload bytes of one stored batch of `bodies`: from a short kill -9 run's replay line. */
async function bytesPerBatch(spec: string, bodies: string[]): Promise<number> {
  const probe = await run(spec, bodies, 20, 'SIGKILL');
  if (probe.replay.entries === 0) throw new Error('probe: the restart replayed nothing (no start-up line?)');
  return probe.replay.bytes / probe.replay.entries;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-restart-spec-'));
  const spec = join(dir, 'spec.yaml');
  writeFileSync(spec, benchSpecYaml(1, FEATURES));
  const policy = `${POLICY.maxEntries} entries / ${POLICY.maxBytes} bytes / ${POLICY.maxAgeSeconds} s`;
  console.log(`restart benchmark: ${CLI}`);
  console.log(
    `checkpoint policy ${policy}; ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  try {
    const bodies = distinctBodies(BATCH);
    if (ONLY.has('fixed')) {
      const batches = Math.ceil(EVENTS / BATCH);
      await repeat('fixed, kill -9', spec, bodies, batches, 'SIGKILL');
      await repeat('fixed, SIGTERM (clean shutdown)', spec, bodies, batches, 'SIGTERM');
    }
    if (ONLY.has('bytes')) {
      const perBatch = await bytesPerBatch(spec, bodies);
      const batches = Math.min(Math.ceil(POLICY.maxBytes / perBatch) - 1, POLICY.maxEntries - 1);
      console.log(`\n(a batch of ${BATCH} events is ${(perBatch / 1024).toFixed(1)} KiB of log)`);
      await repeat('just below the byte limit, kill -9', spec, bodies, batches, 'SIGKILL');
    }
    if (ONLY.has('entries')) {
      const small = distinctBodies(1);
      await repeat('just below the entry limit, kill -9', spec, small, POLICY.maxEntries - 1, 'SIGKILL');
    }
    if (ONLY.has('both')) {
      // Batches sized so that maxEntries − 1 of them stay just below the byte limit too.
      // A small batch carries more bytes per event (its header): probe the small batches themselves.
      const perEvent = (await bytesPerBatch(spec, bodies)) / BATCH;
      const events = Math.floor((POLICY.maxBytes - 1) / (POLICY.maxEntries - 1) / perEvent);
      const small = distinctBodies(events);
      const perBatch = await bytesPerBatch(spec, small);
      // 2 % below: later bodies have longer ids (e1000-0 vs e1-0) than the probed ones.
      const batches = Math.min(POLICY.maxEntries - 1, Math.floor((0.98 * POLICY.maxBytes) / perBatch));
      console.log(`\n(a batch of ${events} events is ${(perBatch / 1024).toFixed(1)} KiB of log)`);
      await repeat('just below both limits, kill -9', spec, small, batches, 'SIGKILL');
    }
    console.log(
      `\nload average after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  killAll();
  process.exit(1);
});
