import { mulberry32, normal } from '../demo/prng';
import type { PredictionEvent } from './events';
import type { SignalSpec } from '../spec/types';
import { event, fraudModel, monitorConfig, referenceRows } from './__fixtures__/specs';
import { ModelMonitor } from './monitor';
import { buildReferenceProfile } from './reference';

const NOW = 1_700_000_000;
const model = fraudModel();
const reference = buildReferenceProfile(model, referenceRows(mulberry32(1), 3000, normal), NOW - 86_400);
const signals: Record<string, SignalSpec> = {
  drift: { kind: 'feature_drift', feature: 'amount', method: 'ks' },
  share: { kind: 'drift_share' },
  miss: { kind: 'missing_ratio' },
  lat: { kind: 'latency', stat: 'p95' },
  acc: { kind: 'realized_performance', metric: 'accuracy' },
  est: { kind: 'estimated_performance', metric: 'f1' },
  tput: { kind: 'throughput' },
  imp: { kind: 'importance_stability' },
};

function traffic(n: number, from: number, to: number, seed: number, amountMean = 100): PredictionEvent[] {
  const u = mulberry32(seed);
  return Array.from({ length: n }, (_, i) =>
    event({
      id: `e${seed}-${i}`,
      timestamp: from + ((to - from) * i) / n,
      features: {
        amount: normal(u, amountMean, 20),
        age: u() < 0.05 ? null : normal(u, 40, 10),
        country: ['de', 'fr', 'us', 'xx'][Math.floor(u() * 4)],
        channel: 'web',
      },
      prediction: u() < 0.2 ? 'fraud' : 'ok',
      confidence: 0.6 + 0.4 * u(),
      latencySeconds: 0.01 + 0.1 * u(),
      attributions: { amount: 0.5, age: 0.2 + 0.1 * u(), country: 0.1, channel: 0.05 },
    }),
  );
}

describe('serialisation', () => {
  test('toJSON → JSON text → fromJSON evaluates exactly like the original', () => {
    const config = monitorConfig(signals, model);
    const monitor = new ModelMonitor(config, { now: NOW - 600, reference });
    const events = traffic(3000, NOW - 500, NOW, 3, 115);
    monitor.ingest(events, NOW);
    monitor.ingestLabels(
      events.slice(0, 500).map((e) => ({ id: e.id!, label: 'ok' })),
      NOW,
    );
    monitor.recordPolicyViolation(NOW, 2);
    monitor.evaluate(NOW - 30);
    const restored = ModelMonitor.fromJSON(config, JSON.parse(JSON.stringify(monitor.toJSON())), {
      now: NOW,
      reference,
    });
    const a = monitor.evaluate(NOW);
    const b = restored.evaluate(NOW);
    expect(b).toEqual(a);
    // and it keeps working the same way afterwards
    const more = traffic(200, NOW, NOW + 20, 4);
    monitor.ingest(more, NOW + 20);
    restored.ingest(more, NOW + 20);
    expect(restored.evaluate(NOW + 20)).toEqual(monitor.evaluate(NOW + 20));
  });

  test('a restore after a spec edit keeps the features that still match', () => {
    const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW - 600, reference });
    monitor.ingest(traffic(500, NOW - 100, NOW, 5), NOW);
    const edited = fraudModel({
      features: [...model.features.slice(0, 2), { name: 'device', type: 'categorical' }],
    });
    const restored = ModelMonitor.fromJSON(
      monitorConfig({ miss: { kind: 'missing_ratio', feature: 'age' } }, edited),
      monitor.toJSON(),
      { now: NOW, reference },
    );
    const detail = restored.evaluate(NOW).detail;
    expect(detail.predictionsTotal).toBe(500);
    expect(detail.features.map((f) => f.feature)).toEqual(['amount', 'age', 'device']);
    expect(detail.features[1].missingRatio).toBeGreaterThan(0);
    expect(detail.features[2].missingRatio).toBe(0);
  });

  test('refuses a state of another model or format', () => {
    const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW });
    const other = monitorConfig(signals, fraudModel({ id: 'recs' }));
    expect(() => ModelMonitor.fromJSON(other, monitor.toJSON(), { now: NOW })).toThrow(
      'state is for model fraud, expected recs',
    );
    expect(() => ModelMonitor.fromJSON(other, { format: 'x' } as never, { now: NOW })).toThrow(
      'format is x, expected mlhealth-monitor/1',
    );
  });
});

describe('memory is bounded by the spec, not by traffic', () => {
  test('the state after 150,000 events is no larger than after 50,000 (sketches saturate)', () => {
    const sizes: number[] = [];
    for (const n of [50_000, 150_000]) {
      const monitor = new ModelMonitor(monitorConfig(signals, model), {
        now: NOW - 600,
        reference,
        options: { maxPendingLabels: 1000 },
      });
      for (let k = 0; k < n / 10_000; k++) monitor.ingest(traffic(10_000, NOW - 590, NOW, 100 + k), NOW);
      expect(monitor.evaluate(NOW).detail.predictionsTotal).toBe(n);
      sizes.push(JSON.stringify(monitor.toJSON()).length);
    }
    expect(sizes[1]).toBeLessThan(sizes[0] * 1.1);
  });
});

describe('windows', () => {
  test('events older than the window count in totals only', () => {
    const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW - 600, reference });
    expect(monitor.ingest(traffic(100, NOW - 5000, NOW - 4000, 6), NOW)).toEqual({
      accepted: 100,
      outsideWindow: 100,
    });
    const e = monitor.evaluate(NOW);
    expect(e.detail.windowEvents).toBe(0);
    expect(e.detail.predictionsTotal).toBe(100);
  });

  test('a count window holds the newest events', () => {
    const countModel = fraudModel({ window: { count: 1000 } });
    const monitor = new ModelMonitor(monitorConfig(signals, countModel), { now: NOW - 600, reference });
    monitor.ingest(traffic(5000, NOW - 500, NOW - 400, 7, 100), NOW);
    monitor.ingest(traffic(1000, NOW - 100, NOW, 8, 140), NOW);
    const e = monitor.evaluate(NOW);
    // k = ⌈1000/60⌉ = 17 events per chunk, S = 59 chunks: the window holds 986..1003 events
    expect(e.detail.windowEvents).toBeGreaterThan(1000 - 17);
    expect(e.detail.windowEvents).toBeLessThan(1000 + 17);
    // only drifted traffic is left in the window: amount drifts
    expect(e.observations.find((o) => o.node === 'drift')!.value!).toBeGreaterThan(0.5);
  });

  test('a reference swap restarts the window and keeps the totals', () => {
    const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW - 600, reference });
    monitor.ingest(traffic(300, NOW - 100, NOW, 9), NOW);
    monitor.setReference(buildReferenceProfile(model, referenceRows(mulberry32(2), 1000, normal), NOW), NOW);
    const e = monitor.evaluate(NOW);
    expect(e.detail.windowEvents).toBe(0);
    expect(e.detail.predictionsTotal).toBe(300);
    expect(() => monitor.setReference({ ...reference, model: 'recs' }, NOW)).toThrow(
      'profile is for model recs, expected fraud',
    );
  });

  test('a pinned-window reference is built from the events in the window once it ends', () => {
    const pinned = fraudModel({ reference: { window: { start: NOW - 1000, end: NOW - 500 } } });
    const monitor = new ModelMonitor(monitorConfig(signals, pinned), {
      now: NOW - 1000,
      options: { maxReferenceSample: 500 },
    });
    monitor.ingest(traffic(2000, NOW - 1000, NOW - 500, 10), NOW - 500);
    expect(monitor.evaluate(NOW - 500).detail.hasReference).toBe(false);
    monitor.ingest(traffic(500, NOW - 100, NOW, 11, 140), NOW);
    expect(monitor.reference?.rows).toBe(500);
    expect(monitor.reference?.takenAt).toBe(NOW - 500);
    const e = monitor.evaluate(NOW);
    expect(e.observations.find((o) => o.node === 'drift')!.value!).toBeGreaterThan(0.5);
  });
});

describe('anomaly scores', () => {
  test('a node jumping away from its own steady history scores high', () => {
    const monitor = new ModelMonitor(
      monitorConfig({ miss: { kind: 'missing_ratio', feature: 'age' } }, model),
      { now: NOW - 600, reference },
    );
    let t = NOW;
    for (let k = 0; k < 20; k++, t += 15) {
      monitor.ingest(traffic(200, t - 15, t, 20 + k), t);
      expect(monitor.evaluate(t).anomalyScores.miss === null).toBe(k < 10);
    }
    const broken = traffic(200, t - 15, t, 99).map((e) => ({ ...e, features: { ...e.features, age: null } }));
    monitor.ingest(broken, t);
    expect(monitor.evaluate(t).anomalyScores.miss!).toBeGreaterThan(3);
  });
});
