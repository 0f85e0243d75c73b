/**
 * multivariate_drift through the monitor: whole rows kept in a bounded reservoir per window bucket and
 * in the reference profile, the window tested against the reference by PCA reconstruction or a domain
 * classifier, and the method, numbers and separating features carried with the value.
 */
import { mulberry32, normal } from '../demo/prng';
import type { SignalSpec } from '../spec/types';
import { event, fraudModel, monitorConfig } from './__fixtures__/specs';
import type { PredictionEvent } from './events';
import { ModelMonitor } from './monitor';
import { buildReferenceProfile, type ReferenceRow } from './reference';
import { referenceFromJSON, referenceToJSON } from './referenceJson';
import { DEFAULT_MONITOR_OPTIONS } from './types';

const NOW = 1_700_000_000;
const model = fraudModel();

/** amount and age move together (r ≈ 0.95) unless `decoupled`; country and channel are independent. */
function rowFeatures(u: () => number, decoupled: boolean): PredictionEvent['features'] {
  const z = normal(u, 0, 1);
  const other = decoupled ? normal(u, 0, 1) : 0.95 * z + Math.sqrt(1 - 0.95 ** 2) * normal(u, 0, 1);
  return {
    amount: 100 + 20 * z,
    age: 40 + 10 * other,
    country: ['de', 'fr', 'us'][Math.floor(u() * 3)],
    channel: u() < 0.5 ? 'web' : 'app',
  };
}

function referenceOf(n: number, rowSample: number) {
  const u = mulberry32(11);
  const rows: ReferenceRow[] = Array.from({ length: n }, () => ({ features: rowFeatures(u, false) }));
  return buildReferenceProfile(model, rows, NOW - 86_400, { ...DEFAULT_MONITOR_OPTIONS, rowSample });
}

function traffic(n: number, decoupled: boolean, seed = 5): PredictionEvent[] {
  const u = mulberry32(seed);
  return Array.from({ length: n }, (_, i) =>
    event({ timestamp: NOW - 590 + (i * 589) / n, features: rowFeatures(u, decoupled) }),
  );
}

const pca: SignalSpec = {
  kind: 'multivariate_drift',
  method: 'pca_reconstruction',
  features: ['amount', 'age'],
  reservoir: 1200,
};
const classifier: SignalSpec = { kind: 'multivariate_drift', method: 'classifier', reservoir: 1200 };

function observe(
  signals: Record<string, SignalSpec>,
  events: PredictionEvent[],
  reference = referenceOf(3000, 1200),
) {
  const monitor = new ModelMonitor(monitorConfig(signals, model), { now: NOW - 600, reference });
  monitor.ingest(events, NOW);
  return { monitor, byNode: new Map(monitor.evaluate(NOW).observations.map((o) => [o.node, o])) };
}

describe('multivariate_drift', () => {
  test('PCA reconstruction: within the band on the same joint distribution, outside it when amount and age decouple', () => {
    const calm = observe({ pca }, traffic(4000, false)).byNode.get('pca');
    const broken = observe({ pca }, traffic(4000, true)).byNode.get('pca');
    expect(calm?.value).toBeLessThan(1);
    expect(broken?.value).toBeGreaterThan(1);
    expect(broken?.detail).toMatchObject({
      method: 'pca_reconstruction',
      drifted: true,
      columns: ['amount', 'age'],
    });
    expect(broken?.reason).toMatch(/^pca_reconstruction over amount, age: error [\d.]+ vs reference band \[/);
  });

  test('a window with fewer rows than a reference chunk gets a band widened by √(chunk rows / window rows)', () => {
    // 1200 reference rows → chunks of 120; 40 window rows → widened by √3.
    const calm = observe({ pca }, traffic(40, false, 21)).byNode.get('pca');
    expect(calm?.detail?.band_widening).toBeCloseTo(Math.sqrt(120 / 40), 12);
    expect(calm?.value).toBeLessThan(1);
    const broken = observe({ pca }, traffic(40, true, 21)).byNode.get('pca');
    expect(broken?.value).toBeGreaterThan(1);
    const large = observe({ pca }, traffic(4000, false)).byNode.get('pca');
    expect(large?.detail?.band_widening).toBe(1);
  });

  test('the classifier names the product of the decoupled features as what separates the rows', () => {
    const broken = observe({ classifier }, traffic(4000, true)).byNode.get('classifier');
    expect(broken?.value).toBeGreaterThan(0.6);
    const features = (broken?.detail?.separating_features ?? []) as { feature: string }[];
    expect(features[0].feature).toBe('amount×age');
    expect(broken?.reason).toContain('separating features amount×age (');
    const calm = observe({ classifier }, traffic(4000, false)).byNode.get('classifier');
    expect(calm?.value).toBeLessThan(0.55);
  });

  test('memory is bounded: each bucket keeps ⌈reservoir / buckets⌉ rows, the window at most about the reservoir', () => {
    const { monitor, byNode } = observe({ pca }, traffic(20_000, false));
    const state = monitor.toJSON() as unknown as { buckets: { rows?: { rows: unknown[]; seen: number } }[] };
    const perBucket = Math.ceil(1200 / DEFAULT_MONITOR_OPTIONS.windowBuckets);
    const kept = state.buckets.map((b) => b.rows?.rows.length ?? 0);
    expect(kept.filter((k) => k > 0).length).toBeGreaterThan(50);
    expect(Math.max(...kept)).toBeLessThanOrEqual(perBucket);
    expect(kept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1200 + DEFAULT_MONITOR_OPTIONS.windowBuckets);
    expect(byNode.get('pca')?.detail?.window_rows).toBeLessThanOrEqual(1200);
  });

  test('the same events give the same value after a restart from the saved state', () => {
    const reference = referenceOf(3000, 1200);
    const { monitor, byNode } = observe({ pca }, traffic(3000, true), reference);
    const restored = ModelMonitor.fromJSON(
      monitorConfig({ pca }, model),
      JSON.parse(JSON.stringify(monitor.toJSON())),
      {
        now: NOW,
        reference: referenceFromJSON(JSON.parse(JSON.stringify(referenceToJSON(reference)))),
      },
    );
    const again = restored.evaluate(NOW).observations.find((o) => o.node === 'pca');
    expect(again?.value).toBe(byNode.get('pca')?.value);
  });

  test('is unknown, with the reason, without reference rows or with too few window rows', () => {
    const noRows = observe({ pca }, traffic(2000, true), referenceOf(3000, 0)).byNode.get('pca');
    expect(noRows).toMatchObject({
      value: null,
      reason: expect.stringContaining('the reference keeps no whole rows'),
    });
    const few = observe({ pca }, traffic(12, true)).byNode.get('pca');
    expect(few).toMatchObject({ value: null, reason: '12 rows in the window < 30 needed' });
  });

  test('the reference row sample is bounded and survives its JSON form', () => {
    const reference = referenceOf(3000, 500);
    expect(reference.rowSample?.rows).toHaveLength(500);
    expect(reference.rowSample?.features).toEqual(['amount', 'age', 'country', 'channel']);
    expect(referenceFromJSON(JSON.parse(JSON.stringify(referenceToJSON(reference)))).rowSample).toEqual(
      reference.rowSample,
    );
  });
});
