import { binDrift, driftModels, driftRowOf, isZTest } from './drift';

const drift = [
  { model: 'm', feature: 'b', method: 'psi', times: [0, 10, 60, 100], values: [0.1, 0.4, null, 0.2] },
  { model: 'm', feature: 'a', method: 'psi', times: [0, 99], values: [0.05, 0.07] },
  { model: 'm', feature: 'a', method: 'ks', times: [0], values: [0.9] },
  { model: 'm', feature: 'c', method: 'z', times: [0, 60], values: [-3, 1.5] },
  { model: 'n', feature: 'z', method: 'psi', times: [0], values: [1] },
];

describe('binDrift', () => {
  it('gives one row per feature, whatever its methods, keeping per bin the cell highest on its method’s scale', () => {
    const m = binDrift(drift, 'm', 0, 100, 2);
    expect(m.rows).toEqual([
      { feature: 'a', methods: ['ks', 'psi'] },
      { feature: 'b', methods: ['psi'] },
      { feature: 'c', methods: ['z'] },
    ]);
    expect(m.binStarts).toEqual([0, 50]);
    // Bin 0 of a: ks 0.9 is 1.0 of the ks scale, psi 0.05 only 0.125 of the psi scale (max 0.4).
    expect(m.cells[0]).toEqual([
      { value: 0.9, method: 'ks' },
      { value: 0.07, method: 'psi' },
    ]);
    expect(m.cells[1]).toEqual([
      { value: 0.4, method: 'psi' },
      { value: 0.2, method: 'psi' },
    ]);
    expect(m.methodMax).toEqual({ ks: 0.9, psi: 0.4, z: 3 });
  });

  it('shows z-tests as |z|', () => {
    const m = binDrift(drift, 'm', 0, 100, 2);
    expect(m.cells[2]).toEqual([
      { value: 3, method: 'z' },
      { value: 1.5, method: 'z' },
    ]);
    expect(['z', 'ztest', 'Z_TEST', 'psi', 'zscore'].map(isZTest)).toEqual([true, true, true, false, false]);
  });

  it('uses no more bins than distinct sample times and ignores samples outside the range', () => {
    const m = binDrift(drift, 'm', 1, 100, 48);
    expect(m.binStarts).toHaveLength(4);
    expect(m.cells[0]).toEqual([null, null, null, { value: 0.07, method: 'psi' }]);
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

describe('driftRowOf', () => {
  const series = [
    { model: 'fraud', feature: 'amount', method: 'psi', times: [], values: [] },
    { model: 'fraud', feature: 'merchant_category', method: 'chisquare', times: [], values: [] },
    { model: 'recs', feature: 'amount', method: 'psi', times: [], values: [] },
  ];

  it('finds the feature a node is about by its id, else by a word of its title, in the node’s model', () => {
    expect(driftRowOf({ id: 'fraud.drift.amount', title: 'Amount PSI', model: 'fraud' }, series)).toEqual({
      model: 'fraud',
      feature: 'amount',
    });
    expect(driftRowOf({ id: 'fraud.d1', title: 'Drift of merchant_category', model: 'fraud' }, series)).toEqual({
      model: 'fraud',
      feature: 'merchant_category',
    });
  });

  it('finds nothing for nodes about no feature or spanning models', () => {
    expect(driftRowOf({ id: 'fraud.drift', title: 'Fraud · drift', model: 'fraud' }, series)).toBeNull();
    expect(driftRowOf({ id: 'revenue', title: 'Revenue amount', model: '' }, series)).toBeNull();
    expect(driftRowOf({ id: 'fraud.drift.amounts', title: 'Amounts', model: 'fraud' }, series)).toBeNull();
  });
});
