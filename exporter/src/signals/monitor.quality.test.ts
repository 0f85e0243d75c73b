import type { PredictionEvent } from './events';
import type { SignalSpec } from '../spec/types';
import { event, fraudModel, monitorConfig } from './__fixtures__/specs';
import { ModelMonitor } from './monitor';
import { buildReferenceProfile } from './reference';

const NOW = 1_700_000_000;
const model = fraudModel();
const reference = buildReferenceProfile(
  model,
  Array.from({ length: 100 }, (_, i) => ({
    features: { amount: i, age: 30 + (i % 20), country: 'de', channel: i % 2 ? 'web' : 'app' },
    attributions: { amount: 0.4, age: 0.3, country: 0.2, channel: 0.1 },
  })),
  NOW - 7 * 86_400,
);

function run(signals: Record<string, SignalSpec>, events: PredictionEvent[], at = NOW) {
  const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW - 600, reference });
  monitor.ingest(events, at);
  const evaluation = monitor.evaluate(at);
  return { monitor, evaluation, value: (id: string) => evaluation.observations.find((o) => o.node === id)! };
}

const plain = (i: number, extra: Partial<PredictionEvent> = {}): PredictionEvent =>
  event({
    timestamp: NOW - 100 + i * 0.01,
    features: { amount: 50, age: 40, country: 'de', channel: 'web' },
    ...extra,
  });

describe('completeness and schema violations', () => {
  const signals: Record<string, SignalSpec> = {
    missAmount: { kind: 'missing_ratio', feature: 'amount' },
    missAll: { kind: 'missing_ratio' },
    violAll: { kind: 'schema_violations' },
    range: { kind: 'schema_violations', feature: 'amount', violation: 'range' },
    type: { kind: 'schema_violations', feature: 'age', violation: 'type' },
    unseen: { kind: 'schema_violations', feature: 'country', violation: 'unseen_category' },
    unseenChannel: { kind: 'schema_violations', feature: 'channel', violation: 'unseen_category' },
  };
  const events = [
    ...Array.from({ length: 6 }, (_, i) => plain(i)),
    plain(6, { features: { amount: null, age: 40, country: 'de', channel: 'web' } }),
    plain(7, {
      features: { amount: 20_000, age: null, country: 'de', channel: 'web' },
      typeViolations: ['age'],
    }),
    plain(8, { features: { amount: -1, age: 40, country: 'xx', channel: 'web' } }),
    plain(9, { features: { amount: 5, age: 40, country: 'fr', channel: 'phone' } }),
  ];

  test('missing ratio per feature and overall; a mistyped value counts as missing', () => {
    const { value } = run(signals, events);
    expect(value('missAmount').value).toBeCloseTo(1 / 10, 12);
    expect(value('missAll').value).toBeCloseTo(2 / 40, 12);
  });

  test('range, type and unseen-category violations per feature, and overall', () => {
    const { value } = run(signals, events);
    expect(value('range').value).toBeCloseTo(2 / 10, 12);
    expect(value('type').value).toBeCloseTo(1 / 10, 12);
    // declared categories de, fr, us: only xx is unseen
    expect(value('unseen').value).toBeCloseTo(1 / 10, 12);
    // channel has no declared categories: the reference's (web, app) are expected
    expect(value('unseenChannel').value).toBeCloseTo(1 / 10, 12);
    expect(value('violAll').value).toBeCloseTo(5 / 40, 12);
  });

  test('violation totals in the detail are monotonic since start', () => {
    const { monitor } = run(signals, events);
    monitor.ingest(events, NOW + 10_000);
    const amount = monitor.evaluate(NOW + 10_000).detail.features[0];
    expect(amount.violationsTotal).toEqual({ type: 0, range: 4, unseen_category: 0 });
  });

  test('an empty window gives no ratio: missing data is never green', () => {
    const { value } = run(signals, events, NOW + 3600);
    expect(value('missAll')).toMatchObject({ value: null, reason: 'no events in the current window' });
  });
});

describe('confidence, latency, errors, traffic', () => {
  const signals: Record<string, SignalSpec> = {
    conf: { kind: 'confidence_mean' },
    low: { kind: 'low_confidence_share' },
    low9: { kind: 'low_confidence_share', below: 0.9 },
    mean: { kind: 'latency', stat: 'mean' },
    p50: { kind: 'latency', stat: 'p50' },
    p99: { kind: 'latency', stat: 'p99' },
    sd: { kind: 'latency', stat: 'stddev' },
    err: { kind: 'error_ratio' },
    tput: { kind: 'throughput' },
    fresh: { kind: 'freshness' },
    age: { kind: 'model_age' },
    refAge: { kind: 'reference_age' },
    policy: { kind: 'policy_violations' },
  };
  const events = Array.from({ length: 100 }, (_, i) =>
    plain(i, {
      confidence: i < 25 ? 0.55 : 0.95,
      latencySeconds: (i + 1) / 1000,
      error: i % 10 === 0 ? 'timeout' : null,
    }),
  );

  test('confidence mean and low-confidence shares at the default and a declared cut-off', () => {
    const { value } = run(signals, events);
    expect(value('conf').value).toBeCloseTo(0.25 * 0.55 + 0.75 * 0.95, 12);
    expect(value('low').value).toBe(0.25);
    expect(value('low9').value).toBe(0.25);
  });

  test('latency mean and stddev are exact; quantiles within the sketch error', () => {
    const { value } = run(signals, events);
    expect(value('mean').value).toBeCloseTo(0.0505, 12);
    // numpy: np.std(np.arange(1, 101) / 1000, ddof=1) = 0.02901149197588202
    expect(value('sd').value).toBeCloseTo(0.02901149197588202, 12);
    expect(Math.abs(value('p50').value! - 0.05) / 0.05).toBeLessThan(0.02);
    expect(Math.abs(value('p99').value! - 0.099) / 0.099).toBeLessThan(0.02);
  });

  test('error ratio, throughput, freshness and ages', () => {
    const { value, evaluation } = run(signals, events);
    expect(value('err').value).toBe(0.1);
    // 100 events over the live buckets: 59 whole 10 s buckets plus the one that began at NOW
    expect(value('tput').value).toBeCloseTo(100 / 590, 12);
    expect(value('fresh').value).toBeCloseTo(100 - 0.99, 6);
    expect(value('age').value).toBe(NOW - 1_700_000_000);
    expect(value('refAge')).toEqual({ node: 'refAge', value: 7 * 86_400, observedAt: NOW });
    expect(evaluation.detail.errorsTotal).toBe(10);
    expect(evaluation.detail.latency.count).toBe(100);
    expect(evaluation.detail.latency.counts.reduce((a, b) => a + b, 0)).toBe(100);
  });

  test('policy violations are counted in the window', () => {
    const { monitor } = run(signals, events);
    monitor.recordPolicyViolation(NOW, 3);
    const policy = monitor.evaluate(NOW).observations.find((o) => o.node === 'policy')!;
    expect(policy.value).toBe(3);
    expect(monitor.evaluate(NOW + 3600).observations.find((o) => o.node === 'policy')!.value).toBe(0);
  });

  test('before any event, freshness and throughput are unknown, not healthy', () => {
    const { value } = run(signals, []);
    expect(value('fresh')).toMatchObject({ value: null, reason: 'no events received yet' });
    expect(value('tput')).toMatchObject({ value: null, reason: 'no events received yet' });
  });

  test('governance facts from the API replace the spec’s', () => {
    const { monitor } = run(signals, events);
    monitor.setModelFacts({ version: '2.0.0', trainedAt: NOW - 100 });
    const e = monitor.evaluate(NOW);
    expect(e.observations.find((o) => o.node === 'age')!.value).toBe(100);
    expect(e.detail.version).toBe('2.0.0');
  });
});

describe('feature-importance stability', () => {
  const signals: Record<string, SignalSpec> = { imp: { kind: 'importance_stability' } };
  const withAttributions = (a: Record<string, number>) =>
    Array.from({ length: 40 }, (_, i) => plain(i, { attributions: a }));

  test('the same ranking is 1, a reversed ranking is −1', () => {
    expect(
      run(signals, withAttributions({ amount: 0.8, age: 0.5, country: 0.2, channel: 0.1 })).value('imp')
        .value,
    ).toBe(1);
    expect(
      run(signals, withAttributions({ amount: 0.1, age: 0.2, country: 0.3, channel: 0.4 })).value('imp')
        .value,
    ).toBe(-1);
  });

  test('without enough attributed events it is unknown', () => {
    expect(run(signals, withAttributions({ amount: 1 }).slice(0, 5)).value('imp').reason).toBe(
      '5 events with attributions < 30 needed',
    );
  });
});
