/**
 * Benchmark of the signals layer (prints figures; not a test): validation + ingest throughput for
 * batches of 500 events × 20 features, evaluation time, and the state size as traffic grows.
 *
 *   cd exporter && node --expose-gc -r tsx/cjs src/signals/bench/monitorBench.ts
 */
import { mulberry32, normal } from '../../demo/prng';
import { validateEvents } from '../../ingest';
import type { ModelSpec, NodeSpec, SpecDefaults } from '../../spec/types';
import { ModelMonitor } from '../monitor';
import { buildReferenceProfile } from '../reference';
import type { ReferenceProfile } from '../reference';
import type { PredictionEvent } from '../events';

const FEATURES = 20;
const BATCH = 500;
const NOW = 1_700_000_000;
const DEFAULTS: SpecDefaults = {
  evaluation_interval: 15,
  stale_after: 300,
  unknown_policy: 'propagate',
  score_thresholds: { warning: 0.75, critical: 0.5 },
  max_children: 7,
  max_nodes_per_tier: 25,
  low_confidence_below: 0.6,
};

const model: ModelSpec = {
  id: 'bench',
  version: '1',
  task: 'classification',
  positive_class: 'yes',
  features: Array.from({ length: FEATURES }, (_, i) =>
    i % 4 === 3
      ? { name: `c${i}`, type: 'categorical' as const }
      : { name: `f${i}`, type: 'numeric' as const, range: [-10, 10] as [number, number] },
  ),
  window: { duration: 900 },
  evaluation_interval: 15,
  sample_size: 5000,
  bins: 10,
  correction: 'bh',
};
const nodes: NodeSpec[] = [
  ...model.features.map((f) => ({
    id: `bench.drift.${f.name}`,
    tier: 'base' as const,
    title: f.name,
    model: 'bench',
    signal: { kind: 'feature_drift' as const, feature: f.name },
  })),
  { id: 'bench.share', tier: 'base', title: 'share', model: 'bench', signal: { kind: 'drift_share' } },
  { id: 'bench.p99', tier: 'base', title: 'p99', model: 'bench', signal: { kind: 'latency', stat: 'p99' } },
  { id: 'bench.miss', tier: 'base', title: 'miss', model: 'bench', signal: { kind: 'missing_ratio' } },
];

function rawEvent(u: () => number, shift: number): Record<string, unknown> {
  const features: Record<string, unknown> = {};
  for (const f of model.features)
    features[f.name] = f.type === 'numeric' ? normal(u, shift, 1) : ['a', 'b', 'c', 'd'][Math.floor(u() * 4)];
  return {
    features,
    prediction: u() < 0.1 ? 'yes' : 'no',
    confidence: 0.5 + u() / 2,
    latency_seconds: 0.01 + u() / 10,
  };
}

function main(): void {
  const u = mulberry32(1);
  const reference = buildReferenceProfile(
    model,
    Array.from({ length: 20_000 }, () => ({
      features: rawEvent(u, 0).features as Record<string, number | string>,
    })),
    NOW,
  );
  const monitor = new ModelMonitor({ model, nodes, defaults: DEFAULTS }, { now: NOW - 900, reference });
  const bodies = Array.from({ length: 20 }, () =>
    JSON.stringify(Array.from({ length: BATCH }, () => rawEvent(u, 0.2))),
  );
  const validated = bodies.map((b) => {
    const r = validateEvents(model, JSON.parse(b));
    if (!r.ok) throw new Error(JSON.stringify(r.details[0]));
    return r.events;
  });
  // Best of 5 rounds per step: the machine is shared, the best round is the least disturbed one.
  const steps = [
    ['JSON.parse only', (i: number) => JSON.parse(bodies[i % bodies.length])],
    [
      'JSON.parse + validateEvents',
      (i: number) => validateEvents(model, JSON.parse(bodies[i % bodies.length])),
    ],
    [
      'monitor.ingest (validated)',
      (i: number) => monitor.ingest(validated[i % validated.length], NOW - 900 + i * 0.1),
    ],
  ] as const;
  const rates: number[] = [];
  for (const [label, fn] of steps) {
    let bestRate = 0;
    for (let round = 0; round < 5; round++) {
      const batches = 80;
      const start = process.hrtime.bigint();
      for (let i = 0; i < batches; i++) fn(round * batches + i);
      bestRate = Math.max(bestRate, (batches * BATCH) / (Number(process.hrtime.bigint() - start) / 1e9));
    }
    rates.push(bestRate);
    console.log(`${label.padEnd(30)} ${Math.round(bestRate).toLocaleString('en')} events/s`);
  }
  const pipeline = 1 / (1 / rates[1] + 1 / rates[2]);
  console.log(
    `parse + validate + ingest       ${Math.round(pipeline).toLocaleString('en')} events/s = ${((100 * pipeline) / rates[0]).toFixed(0)} % of parse only`,
  );
  let best = Infinity;
  let windowEvents = 0;
  for (let run = 0; run < 10; run++) {
    const start = process.hrtime.bigint();
    windowEvents = monitor.evaluate(NOW - 850).detail.windowEvents;
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(
    `evaluate (${nodes.length} nodes, ${windowEvents} events in window): best of 10 ${best.toFixed(1)} ms`,
  );
  console.log(`state JSON: ${(JSON.stringify(monitor.toJSON()).length / 1024).toFixed(0)} KiB`);
  heapPerModel(reference, validated);
}

/** Heap of 20 more monitors whose 60 window buckets all hold traffic (needs --expose-gc). */
function heapPerModel(reference: ReferenceProfile, batches: PredictionEvent[][]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    console.log('heap per model: run with node --expose-gc to measure');
    return;
  }
  gc();
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = used();
  const monitors: ModelMonitor[] = [];
  for (let k = 0; k < 20; k++) {
    const m = new ModelMonitor({ model, nodes, defaults: DEFAULTS }, { now: NOW - 900, reference });
    for (let b = 0; b < 60; b++) m.ingest(batches[b % batches.length], NOW - 900 + b * 15);
    monitors.push(m);
  }
  gc();
  const perModel = (used() - before) / monitors.length;
  console.log(
    `heap + array buffers per model (20 features, 60 buckets with traffic; reference shared): ${(perModel / 2 ** 20).toFixed(2)} MiB`,
  );
}

main();
