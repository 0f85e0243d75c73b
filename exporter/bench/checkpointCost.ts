/**
 * What checkpoints cost the write path, in CPU time (steadier than wall time on a shared machine):
 * BENCH_EVENTS events (default 300,000) of the ingest benchmark's spec (20 features, unique ids, so the
 * monitor's state holds its 20,000 predictions awaiting labels as in production) committed through the
 * real `DurableState` and monitor on a real store, batches of 500, once per policy: the byte limit at
 * 8, 16, 32 MiB and one that never checkpoints. Printed: CPU per event, checkpoints taken, and the
 * cost relative to never checkpointing. Rounds alternate the policies. Run by `npm run bench:restart`
 * when BENCH_ONLY includes `cost`, or alone: `node exporter/bench/out/bench/checkpointCost.js`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PredictionEvent } from '../src/signals/events';
import { loadSpecFile } from '../src/spec';
import { DEFAULT_CHECKPOINT_POLICY, type CheckpointPolicy } from '../src/store/checkpointer';
import { DurableState } from '../src/store/durableState';
import { openStore } from '../src/store/store';
import { mulberry32, normal } from '../src/demo/prng';
import { benchSpecYaml } from './exporterBenchSpec';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300_000);
const BATCH = 500;
const ROUNDS = Number(process.env.BENCH_REPEATS ?? 3);
const MIB = 1024 * 1024;

function batch(b: number, u: () => number, now: number): PredictionEvent[] {
  return Array.from({ length: BATCH }, (_, i) => {
    const features: Record<string, number> = {};
    for (let k = 0; k < 20; k++) features[`f${k}`] = Math.round(normal(u, 0, 10) * 1000) / 1000;
    const base = { timestamp: now, id: `e${b}-${i}`, features, typeViolations: [], error: null };
    return {
      ...base,
      prediction: u() < 0.1 ? 'yes' : 'no',
      confidence: 0.9,
      latencySeconds: 0.03,
      attributions: null,
    };
  });
}

/** CPU milliseconds (user + system) to commit EVENTS events under `policy`, and the checkpoints taken. */
async function commitAll(
  specPath: string,
  policy: CheckpointPolicy,
): Promise<{ cpuMs: number; checkpoints: number }> {
  const loaded = await loadSpecFile(specPath);
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-ckpt-cost-'));
  const now = Date.now() / 1000;
  const store = openStore(dir);
  let checkpoints = 0;
  const checkpoint = store.checkpoint.bind(store);
  store.checkpoint = (...args) => (checkpoints++, checkpoint(...args));
  const durable = new DurableState(store, {
    spec: loaded.spec,
    specSha256: loaded.sha256,
    log: () => {},
    checkpointPolicy: policy,
  });
  try {
    const monitor = durable.restoreMonitor('m0', null, now);
    const u = mulberry32(1);
    const batches = Array.from({ length: 48 }, (_, b) => batch(b, u, now));
    checkpoints = 0;
    const cpu = process.cpuUsage();
    for (let b = 0; b < Math.ceil(EVENTS / BATCH); b++) {
      const events = batches[b % batches.length];
      await durable.commit('m0', { kind: 'events', events }, now, () => monitor.ingest(events, now));
    }
    const used = process.cpuUsage(cpu);
    return { cpuMs: (used.user + used.system) / 1000, checkpoints };
  } finally {
    durable.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-ckpt-spec-'));
  const specPath = join(dir, 'spec.yaml');
  writeFileSync(specPath, benchSpecYaml(1, 20));
  const d = DEFAULT_CHECKPOINT_POLICY;
  const policies: Array<[string, CheckpointPolicy]> = [
    ['never', { maxEntries: Number.MAX_SAFE_INTEGER, maxBytes: Number.MAX_SAFE_INTEGER, maxAgeSeconds: 1e9 }],
    ...[8, 16, 32].map((m): [string, CheckpointPolicy] => [`${m} MiB`, { ...d, maxBytes: m * MIB }]),
  ];
  const cpu = new Map<string, number[]>(policies.map(([name]) => [name, []]));
  const taken = new Map<string, number>();
  try {
    for (let r = 0; r < ROUNDS; r++)
      for (const [name, policy] of policies) {
        const { cpuMs, checkpoints } = await commitAll(specPath, policy);
        cpu.get(name)?.push(cpuMs);
        taken.set(name, checkpoints);
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const never = median(cpu.get('never') ?? []);
  console.log(
    `checkpoint cost: ${EVENTS} events committed through DurableState, CPU time, median of ${ROUNDS}`,
  );
  for (const [name] of policies) {
    const ms = median(cpu.get(name) ?? []);
    const extra = name === 'never' ? '' : `   +${(100 * (ms / never - 1)).toFixed(1)} % CPU vs never`;
    console.log(
      `  ${name.padEnd(6)} ${((ms * 1000) / EVENTS).toFixed(2)} µs/event (${(cpu.get(name) ?? []).map((x) => x.toFixed(0)).join(', ')} ms)   ${taken.get(name)} checkpoints${extra}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
