import { binDrift, driftModels } from './drift';

const drift = [
  { model: 'm', feature: 'b', method: 'psi', times: [0, 10, 60, 100], values: [0.1, 0.4, null, 0.2] },
  { model: 'm', feature: 'a', method: 'psi', times: [0, 99], values: [0.05, 0.07] },
  { model: 'm', feature: 'a', method: 'ks', times: [0], values: [0.9] },
  { model: 'n', feature: 'z', method: 'psi', times: [0], values: [1] },
];

describe('binDrift', () => {
  it('keeps the worst statistic of each bin, one row per feature and method, gaps as null', () => {
    const m = binDrift(drift, 'm', 0, 100, 2);
    expect(m.rows).toEqual([
      { feature: 'a', method: 'ks' },
      { feature: 'a', method: 'psi' },
      { feature: 'b', method: 'psi' },
    ]);
    expect(m.binStarts).toEqual([0, 50]);
    expect(m.cells).toEqual([
      [0.9, null],
      [0.05, 0.07],
      [0.4, 0.2],
    ]);
    expect(m.methodMax).toEqual({ ks: 0.9, psi: 0.4 });
  });

  it('uses no more bins than distinct sample times and ignores samples outside the range', () => {
    const m = binDrift(drift, 'm', 1, 100, 48);
    expect(m.binStarts).toHaveLength(4);
    expect(m.cells[0]).toEqual([null, null, null, null]);
    expect(m.methodMax.ks).toBe(0);
  });

  it('throws on an empty range or no bins, naming the values', () => {
    expect(() => binDrift(drift, 'm', 5, 5, 3)).toThrow(
      'binDrift: expected maxBins >= 1 and to > from, got maxBins=3, from=5, to=5'
    );
    expect(() => binDrift(drift, 'm', 0, 5, 0)).toThrow(/maxBins=0/);
  });

  it('lists the models with drift series', () => {
    expect(driftModels(drift)).toEqual(['m', 'n']);
  });
});
