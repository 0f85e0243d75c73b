/**
 * Benchmark of the durable store (prints figures; not a test): the cost of appending one acknowledged
 * batch of 500 events × 20 features (encode + insert + commit) with `synchronous=FULL` and `NORMAL`,
 * against encoding alone as a baseline; with group commit (8 concurrent batches sharing one commit); a
 * checkpoint of a large state; and decoding the log on replay.
 *
 *   cd exporter && node -r tsx/cjs src/store/bench/storeBench.ts [batches]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PredictionEvent } from '../../signals/events';
import { encodeEventBatch } from '../batchCodec';
import { GroupCommit } from '../groupCommit';
import { openStore } from '../store';
import type { SyncMode } from '../openDatabase';

const BATCH = 500;
const FEATURES = 20;
const BATCHES = Number(process.argv[2] ?? '400');

function makeBatch(b: number): PredictionEvent[] {
  return Array.from({ length: BATCH }, (_, j) => {
    const features: Record<string, number | string | null> = {};
    for (let f = 0; f < FEATURES; f++)
      features[`f${f}`] = f % 5 === 4 ? `cat${(b + j + f) % 7}` : Math.sin(b * 31 + j * 7 + f) * 100;
    return {
      timestamp: 1_700_000_000 + b,
      id: `${b}-${j}`,
      features,
      typeViolations: [],
      prediction: (b + j) % 2 === 0 ? '1' : '0',
      confidence: ((b * 13 + j) % 100) / 100,
      latencySeconds: ((j % 50) + 1) / 1000,
      error: null,
      attributions: null,
    };
  });
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function benchAppend(mode: SyncMode, batches: PredictionEvent[][]): void {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-bench-'));
  const store = openStore(dir, { synchronous: mode });
  const start = process.hrtime.bigint();
  batches.forEach((events, b) => store.appendIngestBatch('bench', events, b));
  const total = ms(start);
  const perBatch = total / batches.length;
  console.log(
    `append (synchronous=${mode.padEnd(6)}): ${perBatch.toFixed(3)} ms/batch of ${BATCH}, ` +
      `${((batches.length * BATCH) / (total / 1000)).toFixed(0)} events/s if the store were the only cost`,
  );
  const replayStart = process.hrtime.bigint();
  let replayed = 0;
  for (const entry of store.readLogSince('bench', 0))
    if (entry.kind === 'events') replayed += entry.events.length;
  console.log(
    `  replay: ${replayed} events decoded in ${ms(replayStart).toFixed(0)} ms; backlog ${(store.backlog('bench').bytes / 1e6).toFixed(1)} MB`,
  );
  const state = { buckets: Array.from({ length: 2000 }, (_, i) => ({ i, counts: new Array(64).fill(i) })) };
  const cpStart = process.hrtime.bigint();
  store.checkpoint('bench', state, batches.length, 0);
  console.log(
    `  checkpoint of a ${(JSON.stringify(state).length / 1e6).toFixed(1)} MB state + prune: ${ms(cpStart).toFixed(1)} ms`,
  );
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

async function benchGroup(groupSize: number, batches: PredictionEvent[][]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-bench-'));
  const store = openStore(dir);
  const group = new GroupCommit(store);
  const start = process.hrtime.bigint();
  for (let b = 0; b < batches.length; b += groupSize) {
    await Promise.all(
      batches
        .slice(b, b + groupSize)
        .map((events, k) => group.submit('bench', { kind: 'events', events }, b + k, () => undefined)),
    );
  }
  const perBatch = ms(start) / batches.length;
  const { commits, operations } = group.stats();
  console.log(
    `group commit (synchronous=full, ${groupSize} concurrent): ${perBatch.toFixed(3)} ms/batch, ` +
      `${(operations / commits).toFixed(1)} batches/commit, ${((BATCH * 1000) / perBatch).toFixed(0)} events/s if the store were the only cost`,
  );
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

const batches = Array.from({ length: BATCHES }, (_, b) => makeBatch(b));
const encodeStart = process.hrtime.bigint();
let bytes = 0;
for (const events of batches) bytes += encodeEventBatch(events).length;
const encodeMs = ms(encodeStart) / BATCHES;
const plainStart = process.hrtime.bigint();
let plainBytes = 0;
for (const events of batches) plainBytes += JSON.stringify(events).length;
console.log(`${BATCHES} batches of ${BATCH} events × ${FEATURES} features`);
console.log(
  `encode only (baseline): ${encodeMs.toFixed(3)} ms/batch, ${(bytes / BATCHES / 1024).toFixed(1)} KiB/batch ` +
    `(plain JSON.stringify ${(ms(plainStart) / BATCHES).toFixed(3)} ms, ${(plainBytes / BATCHES / 1024).toFixed(1)} KiB)`,
);
benchAppend('full', batches);
benchAppend('normal', batches);
void benchGroup(8, batches);
