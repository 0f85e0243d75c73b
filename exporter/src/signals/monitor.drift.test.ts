import { mulberry32, normal } from '../demo/prng';
import type { PredictionEvent } from './events';
import type { SignalSpec } from '../spec/types';
import { event, fraudModel, monitorConfig, referenceRows } from './__fixtures__/specs';
import { ModelMonitor } from './monitor';
import { buildReferenceProfile } from './reference';

const NOW = 1_700_000_000;
const model = fraudModel();
const reference = buildReferenceProfile(model, referenceRows(mulberry32(1), 5000, normal), NOW - 86_400);

function traffic(n: number, amountMean: number, seed = 4, countries = ['de', 'fr', 'us']): PredictionEvent[] {
  const u = mulberry32(seed);
  return Array.from({ length: n }, (_, i) =>
    event({
      timestamp: NOW - 300 + (i * 299) / n,
      features: {
        amount: normal(u, amountMean, 20),
        age: normal(u, 40, 10),
        country: countries[Math.floor(u() * countries.length)],
        channel: u() < 0.5 ? 'web' : 'app',
      },
      prediction: u() < 0.1 ? 'fraud' : 'ok',
    }),
  );
}

function observe(signals: Record<string, SignalSpec>, events: PredictionEvent[]) {
  const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW - 600, reference });
  monitor.ingest(events, NOW);
  const evaluation = monitor.evaluate(NOW);
  return { evaluation, byNode: new Map(evaluation.observations.map((o) => [o.node, o])) };
}

describe('feature drift', () => {
  const signals: Record<string, SignalSpec> = {
    psi: { kind: 'feature_drift', feature: 'amount', method: 'psi' },
    ks: { kind: 'feature_drift', feature: 'amount', method: 'ks', measure: 'p_value' },
    auto: { kind: 'feature_drift', feature: 'amount' },
    country: { kind: 'feature_drift', feature: 'country', method: 'chisquare', measure: 'p_value' },
  };

  test('a shifted feature drifts, an unshifted one does not', () => {
    const drifted = observe(signals, traffic(2000, 130)).byNode;
    const calm = observe(signals, traffic(2000, 100)).byNode;
    expect(drifted.get('psi')!.value!).toBeGreaterThan(0.25);
    expect(calm.get('psi')!.value!).toBeLessThan(0.05);
    expect(drifted.get('ks')!.value!).toBeLessThan(1e-6);
    expect(calm.get('ks')!.value!).toBeGreaterThan(0.01);
    expect(calm.get('country')!.value!).toBeGreaterThan(0.01);
  });

  test('the automatic rule picks the method and the detail series report it', () => {
    const { evaluation } = observe(signals, traffic(2000, 130));
    const amount = evaluation.detail.features.find((f) => f.feature === 'amount')!;
    // 5000 reference × 2000 current: effective size 1429 > 1000 → normed Wasserstein (stats/chooseMethod).
    expect(amount.drift.method).toBe('wasserstein');
    expect(amount.drift.drifted).toBe(true);
    expect(amount.drift.testedCount).toBe(2000);
  });

  test('an unseen category makes a categorical feature drift', () => {
    const { byNode } = observe(signals, traffic(2000, 100, 3, ['de', 'fr', 'us', 'xx', 'yy']));
    expect(byNode.get('country')!.value!).toBeLessThan(1e-6);
  });

  test('below the minimum sample size the value is null with the reason', () => {
    const { byNode } = observe(signals, traffic(12, 130));
    expect(byNode.get('psi')).toEqual({
      node: 'psi',
      value: null,
      observedAt: expect.any(Number),
      reason: 'amount: 12 events < 30 needed',
    });
  });

  test('without a reference drift is unknown', () => {
    const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW - 600 });
    monitor.ingest(traffic(200, 100), NOW);
    const o = monitor.evaluate(NOW).observations[0];
    expect(o.value).toBeNull();
    expect(o.reason).toBe('amount: no reference data');
  });

  test('a p-value measure of a distance method is null', () => {
    const { byNode } = observe(
      { x: { kind: 'feature_drift', feature: 'amount', method: 'psi', measure: 'p_value' } },
      traffic(200, 100),
    );
    expect(byNode.get('x')!.reason).toBe('psi gives no p-value');
  });
});

describe('multiple-testing correction', () => {
  test('Bonferroni multiplies a p-value by the number of features tested', () => {
    const signals: Record<string, SignalSpec> = {
      p: { kind: 'feature_drift', feature: 'age', method: 'ks', measure: 'p_value' },
    };
    const events = traffic(400, 100, 9);
    const none = new ModelMonitor(monitorConfig(signals, fraudModel({ correction: 'none' })), {
      now: NOW - 600,
      reference,
    });
    const bonf = new ModelMonitor(monitorConfig(signals, fraudModel({ correction: 'bonferroni' })), {
      now: NOW - 600,
      reference,
    });
    none.ingest(events, NOW);
    bonf.ingest(events, NOW);
    const raw = none.evaluate(NOW).observations[0].value!;
    const adjusted = bonf.evaluate(NOW).observations[0].value!;
    expect(adjusted).toBeCloseTo(Math.min(1, raw * 4), 12);
  });
});

describe('aggregated drift', () => {
  const signals: Record<string, SignalSpec> = {
    share: { kind: 'drift_share' },
    worst: { kind: 'drift_worst' },
    worstKs: { kind: 'drift_worst', method: 'ks' },
    some: { kind: 'drift_share', features: ['age', 'channel'] },
    pred: { kind: 'prediction_drift' },
  };

  test('share of drifted features and the worst one', () => {
    const { byNode } = observe(signals, traffic(2000, 130));
    expect(byNode.get('share')!.value).toBe(0.25);
    expect(byNode.get('some')!.value).toBe(0);
    expect(byNode.get('worst')!.value!).toBeGreaterThan(0.1);
    expect(byNode.get('worst')!.reason).toBe('worst: amount (jensenshannon)');
    expect(byNode.get('worstKs')!.value!).toBeLessThan(1e-6);
  });

  test('prediction drift compares the predicted classes with the reference', () => {
    const u = mulberry32(5);
    const events = traffic(2000, 100).map((e) => ({ ...e, prediction: u() < 0.5 ? 'fraud' : 'ok' }));
    const shifted = observe(signals, events).byNode.get('pred')!.value!;
    const calm = observe(signals, traffic(2000, 100)).byNode.get('pred')!.value!;
    expect(shifted).toBeGreaterThan(calm);
    expect(shifted).toBeGreaterThan(0.1);
  });
});
