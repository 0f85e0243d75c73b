/**
 * Known values: exporter/src/stats/__fixtures__/ks.json, written by exporter/scripts/gen_stats_fixtures.py
 * from scipy.stats.ks_2samp (two-sided). Tolerances: 1e-9 relative on the statistic, 1e-6 absolute on p.
 */
import fc from 'fast-check';
import { loadFixture, relativeError, syntheticSample, type SyntheticSpec } from './__fixtures__';
import { ksTwoSample, ksTwoSampleSorted, type KsMethod } from './ksTwoSample';
import { gcd, roundHalfEven } from './roundHalfEven';

interface KsCase {
  name: string;
  method: KsMethod;
  ref?: number[];
  cur?: number[];
  refGen?: SyntheticSpec;
  curGen?: SyntheticSpec;
  statistic: number;
  pValue: number;
}
const fixture = loadFixture<{ inline: KsCase[]; synthetic: KsCase[] }>('ks.json');

function samples(c: KsCase): [Float64Array, Float64Array] {
  const ref = c.ref ? Float64Array.from(c.ref) : syntheticSample(c.refGen as SyntheticSpec);
  const cur = c.cur ? Float64Array.from(c.cur) : syntheticSample(c.curGen as SyntheticSpec);
  return [ref, cur];
}

describe('ksTwoSample matches scipy.stats.ks_2samp', () => {
  it.each(fixture.inline.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const [ref, cur] = samples(c);
    const result = ksTwoSample(ref, cur, { method: c.method });
    expect(relativeError(result.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((result.pValue as number) - c.pValue)).toBeLessThanOrEqual(1e-6);
  });

  it.each(fixture.synthetic.map((c) => [c.name, c] as const))('%s (synthetic, large)', (_name, c) => {
    const [ref, cur] = samples(c);
    const result = ksTwoSample(ref, cur, { method: c.method });
    expect(relativeError(result.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((result.pValue as number) - c.pValue)).toBeLessThanOrEqual(1e-6);
  });

  it('gives the same answer from pre-sorted inputs', () => {
    for (const c of fixture.inline) {
      const [ref, cur] = samples(c);
      const sorted = ksTwoSampleSorted(ref.slice().sort(), cur.slice().sort(), { method: c.method });
      expect(sorted).toEqual(ksTwoSample(ref, cur, { method: c.method }));
    }
  });

  it('matches the documented example', () => {
    expect(ksTwoSample(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6, 7))).toEqual({
      statistic: 0.6,
      pValue: 0.2857142857142857,
    });
  });
});

describe('ksTwoSample input handling', () => {
  it('does not mutate its inputs', () => {
    const ref = Float64Array.of(3, 1, 2);
    const cur = Float64Array.of(9, 7, 8);
    ksTwoSample(ref, cur);
    expect(Array.from(ref)).toEqual([3, 1, 2]);
    expect(Array.from(cur)).toEqual([9, 7, 8]);
  });

  it('throws naming the function, the sample and the value', () => {
    expect(() => ksTwoSample(new Float64Array(0), Float64Array.of(1))).toThrow(
      'ksTwoSample: expected a non-empty ref sample, got 0 values',
    );
    expect(() => ksTwoSample(Float64Array.of(1, NaN), Float64Array.of(1))).toThrow(
      'ksTwoSample: expected finite numbers in ref, got NaN',
    );
    expect(() => ksTwoSample(Float64Array.of(1), Float64Array.of(-Infinity, 2))).toThrow(
      'ksTwoSample: expected finite numbers in cur, got -Infinity',
    );
    expect(() => ksTwoSample(Float64Array.of(1), Float64Array.of(2), { method: 'asymp' })).toThrow(
      "ksTwoSample: method 'asymp' needs n·m/(n+m) to round to at least 1, got sizes 1 and 1; use 'exact'",
    );
    expect(() => ksTwoSample(Float64Array.of(1), Float64Array.of(2), { method: 'fast' as KsMethod })).toThrow(
      `ksTwoSample: expected method 'auto', 'exact' or 'asymp', got "fast"`,
    );
  });

  it('rejects unsorted input to the sorted variant with the position', () => {
    expect(() => ksTwoSampleSorted(Float64Array.of(1, 3, 2), Float64Array.of(1))).toThrow(
      'ksTwoSampleSorted: expected refSorted sorted ascending, got 2 after 3 at index 2',
    );
  });
});

const sample = fc
  .array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 })
  .map((xs) => Float64Array.from(xs, (x) => x / 4));

describe('ksTwoSample properties', () => {
  it('a sample against itself has statistic 0 and p-value 1', () => {
    fc.assert(
      fc.property(sample, (x) => {
        expect(ksTwoSample(x, x)).toEqual({ statistic: 0, pValue: 1 });
      }),
    );
  });

  it('is symmetric in its two samples', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const a = ksTwoSample(x, y);
        const b = ksTwoSample(y, x);
        expect(b.statistic).toBe(a.statistic);
        expect(Math.abs((b.pValue as number) - (a.pValue as number))).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const reversed = x.slice().reverse();
        expect(ksTwoSample(reversed, y)).toEqual(ksTwoSample(x, y));
      }),
    );
  });

  it('keeps the statistic and p-value in [0, 1] for every method', () => {
    fc.assert(
      fc.property(sample, sample, fc.constantFrom<KsMethod>('auto', 'exact', 'asymp'), (x, y, method) => {
        fc.pre(method !== 'asymp' || x.length + y.length > 2);
        const { statistic, pValue } = ksTwoSample(x, y, { method });
        expect(statistic).toBeGreaterThanOrEqual(0);
        expect(statistic).toBeLessThanOrEqual(1);
        expect(pValue).toBeGreaterThanOrEqual(0);
        expect(pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('numeric helpers of the KS port', () => {
  it('rounds half to even like numpy.round', () => {
    expect([0.5, 1.5, 2.5, 10000.5, -0.5, 2.4, 2.6].map((x) => roundHalfEven(x))).toEqual([
      0, 2, 2, 10000, 0, 2, 3,
    ]);
  });

  it('computes greatest common divisors', () => {
    expect([gcd(12, 18), gcd(10000, 9999), gcd(7, 0), gcd(250000, 240000)]).toEqual([6, 1, 7, 10000]);
  });
});
