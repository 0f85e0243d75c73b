import { indexAtOrBefore, INSTANT_LOOKBACK_MS, seriesStep, staticValueAt, valueAt } from './sampleAt';

describe('sampleAt', () => {
  const s = { times: [0, 15000, 30000, 45000], values: [1, 0.8, null, 0.5] };

  it('finds the newest sample at or before t', () => {
    expect(indexAtOrBefore(s.times, -1)).toBe(-1);
    expect(indexAtOrBefore(s.times, 0)).toBe(0);
    expect(indexAtOrBefore(s.times, 29999)).toBe(1);
    expect(indexAtOrBefore(s.times, 1e9)).toBe(3);
  });

  it('uses the smallest gap as the query step', () => {
    expect(seriesStep([0, 15000, 30000, 60000])).toBe(15000);
    expect(seriesStep([5])).toBeNull();
  });

  it('reads the value at t, a null sample being a gap', () => {
    expect(valueAt(s, 20000)).toBe(0.8);
    expect(valueAt(s, 30000)).toBeNull();
    expect(valueAt(s, 45000)).toBe(0.5);
  });

  it('is null before the first sample and after two steps without one (the series vanished)', () => {
    expect(valueAt(s, -5)).toBeNull();
    expect(valueAt(s, 45000 + 30000)).toBe(0.5);
    expect(valueAt(s, 45000 + 30001)).toBeNull();
  });

  it('gives a single-sample (instant) series Prometheus’ 5-minute lookback', () => {
    const one = { times: [1000], values: [2] };
    expect(valueAt(one, 1000 + INSTANT_LOOKBACK_MS)).toBe(2);
    expect(valueAt(one, 1001 + INSTANT_LOOKBACK_MS)).toBeNull();
  });

  it('falls back to the nearest sample for descriptions', () => {
    const info = { times: [50000], values: [0.3] };
    expect(staticValueAt(info, 0)).toBe(0.3);
    expect(staticValueAt(info, 1e12)).toBe(0.3);
  });
});
