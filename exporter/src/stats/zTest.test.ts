/**
 * Known values: exporter/src/stats/__fixtures__/ztest.json, written by
 * exporter/scripts/gen_stats_fixtures.py (pooled z in numpy, p = 2·scipy.stats.norm.sf(|z|)).
 * Tolerances: 1e-9 relative on z, 1e-6 absolute on p.
 */
import fc from 'fast-check';
import { loadFixture, relativeError } from './__fixtures__';
import { twoProportionZTest } from './zTest';

interface Case {
  refSuccesses: number;
  refTotal: number;
  curSuccesses: number;
  curTotal: number;
  statistic: number;
  pValue: number;
}
const fixture = loadFixture<{ cases: Case[] }>('ztest.json');

describe('twoProportionZTest matches the pooled z-test computed with scipy', () => {
  it.each(fixture.cases.map((c) => [c.refSuccesses, c.refTotal, c.curSuccesses, c.curTotal, c] as const))(
    '%d/%d vs %d/%d',
    (_a, _b, _c, _d, c) => {
      const r = twoProportionZTest(c.refSuccesses, c.refTotal, c.curSuccesses, c.curTotal);
      expect(relativeError(r.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
      expect(Math.abs((r.pValue as number) - c.pValue)).toBeLessThanOrEqual(1e-6);
    },
  );

  it('matches the documented example', () => {
    expect(twoProportionZTest(30, 100, 45, 100)).toEqual({
      statistic: -2.1908902300206647,
      pValue: 0.028459736916310572,
    });
  });

  it('keeps tiny p-values instead of rounding them to 0', () => {
    const { pValue } = twoProportionZTest(100, 1000, 900, 1000);
    expect(pValue).toBeGreaterThan(0);
    expect(pValue).toBeLessThan(1e-200);
  });

  it('throws on impossible counts', () => {
    expect(() => twoProportionZTest(5, 4, 1, 2)).toThrow(
      'twoProportionZTest: expected refSuccesses in [0, refTotal = 4], got 5',
    );
    expect(() => twoProportionZTest(1, 2, 1, 0)).toThrow(
      'twoProportionZTest: expected curTotal to be a finite number > 0, got 0',
    );
  });
});

describe('twoProportionZTest properties', () => {
  const counts = fc
    .tuple(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 10000 }))
    .chain(([n1, n2]) =>
      fc.tuple(
        fc.integer({ min: 0, max: n1 }),
        fc.constant(n1),
        fc.integer({ min: 0, max: n2 }),
        fc.constant(n2),
      ),
    );

  it('swapping samples flips the sign of z and keeps p; p is in [0, 1]', () => {
    fc.assert(
      fc.property(counts, ([x1, n1, x2, n2]) => {
        const a = twoProportionZTest(x1, n1, x2, n2);
        const b = twoProportionZTest(x2, n2, x1, n1);
        expect(b.statistic).toBeCloseTo(-a.statistic, 9);
        expect(b.pValue).toBeCloseTo(a.pValue as number, 12);
        expect(a.pValue).toBeGreaterThanOrEqual(0);
        expect(a.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('equal proportions give z = 0 and p = 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 5 }),
        (x, extra, k) => {
          const n = x + extra;
          expect(twoProportionZTest(x, n, x * k, n * k)).toEqual({ statistic: 0, pValue: 1 });
        },
      ),
    );
  });
});
