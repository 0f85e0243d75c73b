import fc from 'fast-check';
import { rollup, rollupKOfN, rollupWeightedMean, rollupWorstOf } from './rollup';
import type { RatedChild } from './unknown';

const a: RatedChild = { id: 'a', score: 0.875, status: 'ok', weight: 2 };
const b: RatedChild = { id: 'b', score: 0.65, status: 'warning', weight: 1 };
const c: RatedChild = { id: 'c', score: 0.3, status: 'critical', weight: 1 };

describe('rollupWorstOf', () => {
  it('takes the minimum score and the worst status', () => {
    expect(rollupWorstOf([a, b, c])).toEqual({ score: 0.3, floor: 'critical' });
    expect(rollupWorstOf([a, b])).toEqual({ score: 0.65, floor: 'warning' });
  });
});

describe('rollupWeightedMean', () => {
  it('is Σw·s/Σw', () => {
    const r = rollupWeightedMean([a, b, c]);
    expect(r.score).toBeCloseTo(0.675, 12);
    expect(r.floor).toBe('warning');
  });

  it('lets a critical child force at least warning, and nothing else', () => {
    expect(rollupWeightedMean([{ ...a, score: 1, weight: 3 }, c])).toEqual({
      score: 0.825,
      floor: 'warning',
    });
    expect(rollupWeightedMean([a, b]).floor).toBe('ok');
  });

  it('lets a spec opt out of the critical floor (critical_floor: false)', () => {
    const heavy = { ...a, score: 1, weight: 3 };
    expect(rollup({ rule: 'weighted_mean', critical_floor: false }, [heavy, c])).toEqual({
      score: 0.825,
      floor: 'ok',
    });
    expect(rollup({ rule: 'weighted_mean' }, [heavy, c])?.floor).toBe('warning');
  });

  it('never lets a critical child leave the floor at ok, whatever the weights (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            score: fc.double({ min: 0, max: 1, noNaN: true }),
            status: fc.constantFrom('ok' as const, 'warning' as const),
            weight: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
          }),
          { maxLength: 20 },
        ),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (others, weight) => {
          const rated = [...others.map((o, i) => ({ ...o, id: `o${i}` })), { ...c, weight }];
          return rollupWeightedMean(rated).floor !== 'ok';
        },
      ),
    );
  });

  it('throws naming a non-positive weight', () => {
    expect(() => rollupWeightedMean([a, { ...b, weight: 0 }])).toThrow(
      'rollupWeightedMean: weight 0 of child b is not a positive finite number',
    );
  });
});

describe('rollupKOfN', () => {
  it('takes the k-th best score and the k-th best status', () => {
    expect(rollupKOfN([a, b, c], 2)).toEqual({ score: 0.65, floor: 'warning' });
    expect(rollupKOfN([c, a, b], 1)).toEqual({ score: 0.875, floor: 'ok' });
    expect(rollupKOfN([b, c, a], 3)).toEqual(rollupWorstOf([a, b, c]));
  });

  it('has no rating with fewer than k children, and rejects k < 1', () => {
    expect(rollupKOfN([a], 2)).toBeNull();
    expect(() => rollupKOfN([a], 0)).toThrow('rollupKOfN: k 0 is not an integer ≥ 1');
    expect(() => rollupKOfN([a], 1.5)).toThrow('rollupKOfN: k 1.5 is not an integer ≥ 1');
  });
});

describe('rollup', () => {
  it('dispatches on the rule and has no rating for no children', () => {
    expect(rollup({ rule: 'worst_of' }, [a, c])?.score).toBe(0.3);
    expect(rollup({ rule: 'k_of_n', k: 1 }, [a, c])?.score).toBe(0.875);
    expect(rollup({ rule: 'weighted_mean' }, [])).toBeNull();
  });
});
