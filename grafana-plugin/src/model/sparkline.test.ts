import { cascadeAt, indexFrames } from './buildModel';
import { nearestSample, sparkSeries } from './sparkline';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';

const live = cascadeAt(indexFrames(demoFrames()), { at: DEMO_END_MS });

describe('sparkSeries', () => {
  it('plots a base node’s value against its thresholds, all inside the domain', () => {
    const node = live.byId.get('fraud.drift.amount')!;
    const s = sparkSeries(node);
    expect(s.kind).toBe('value');
    expect(s.values).toBe(node.valueHistory.values);
    expect(s.thresholds).toEqual(node.thresholds);
    const marks = [...node.valueHistory.values, node.thresholds.warning, node.thresholds.critical].filter(
      (v): v is number => v !== null
    );
    expect(s.domain[0]).toBeLessThanOrEqual(Math.min(0, ...marks));
    expect(s.domain[1]).toBeGreaterThan(Math.max(...marks));
  });

  it('plots a parent’s score on [0, 1] against its score thresholds', () => {
    const node = live.byId.get('revenue_assurance')!;
    expect(sparkSeries(node)).toMatchObject({ kind: 'score', domain: [0, 1], thresholds: node.thresholds });
    expect(node.thresholds.warning).not.toBeNull();
  });

  it('falls back on the score without thresholds for a base node without value samples', () => {
    const node = { ...live.byId.get('fraud.drift.amount')!, valueHistory: { times: [], values: [] } };
    expect(sparkSeries(node)).toMatchObject({ kind: 'score', thresholds: { warning: null, critical: null } });
  });
});

describe('nearestSample', () => {
  it('takes the nearest sample with a value', () => {
    expect(nearestSample([0, 10, 20], [1, null, 3], 12)).toEqual({ index: 2, time: 20, value: 3 });
    expect(nearestSample([0, 10, 20], [1, null, 3], 9)).toEqual({ index: 0, time: 0, value: 1 });
    expect(nearestSample([0], [null], 0)).toBeNull();
  });
});
