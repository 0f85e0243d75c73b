/**
 * Known values: exporter/src/stats/__fixtures__/wasserstein.json, written by
 * exporter/scripts/gen_stats_fixtures.py from scipy.stats.wasserstein_distance, and the normed variant
 * as distance / max(numpy.std(ref), 0.001) (ddof 0). Tolerance 1e-9 relative.
 */
import fc from 'fast-check';
import { loadFixture, relativeError, syntheticSample, type SyntheticSpec } from './__fixtures__';
import { wassersteinDistance, wassersteinNormed } from './wasserstein';

interface Case {
  name: string;
  ref?: number[];
  cur?: number[];
  refGen?: SyntheticSpec;
  curGen?: SyntheticSpec;
  distance: number;
  normed: number;
}
const fixture = loadFixture<{ inline: Case[]; synthetic: Case[] }>('wasserstein.json');

describe('wassersteinDistance matches scipy.stats.wasserstein_distance', () => {
  it.each([...fixture.inline, ...fixture.synthetic].map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ref = c.ref ? Float64Array.from(c.ref) : syntheticSample(c.refGen as SyntheticSpec);
    const cur = c.cur ? Float64Array.from(c.cur) : syntheticSample(c.curGen as SyntheticSpec);
    expect(relativeError(wassersteinDistance(ref, cur), c.distance)).toBeLessThanOrEqual(1e-9);
    expect(relativeError(wassersteinNormed(ref, cur), c.normed)).toBeLessThanOrEqual(1e-9);
  });

  it('matches the documented examples', () => {
    expect(wassersteinDistance(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8))).toBe(5);
    expect(wassersteinNormed(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8))).toBe(4.0089186286863665);
  });

  it('uses the given floor for a constant reference', () => {
    const ref = Float64Array.of(2, 2, 2);
    const cur = Float64Array.of(2, 2, 3);
    expect(wassersteinNormed(ref, cur, 0.5)).toBeCloseTo(1 / 3 / 0.5, 15);
  });

  it('throws on empty or non-finite samples and a bad floor', () => {
    expect(() => wassersteinDistance(Float64Array.of(1), new Float64Array(0))).toThrow(
      'wassersteinDistance: expected a non-empty cur sample, got 0 values',
    );
    expect(() => wassersteinDistance(Float64Array.of(Infinity), Float64Array.of(1))).toThrow(
      'wassersteinDistance: expected finite numbers in ref, got Infinity',
    );
    expect(() => wassersteinNormed(Float64Array.of(1), Float64Array.of(1), 0)).toThrow(
      'wassersteinNormed: expected stdFloor to be a finite number > 0, got 0',
    );
  });
});

const sample = fc
  .array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 80 })
  .map((xs) => Float64Array.from(xs));

describe('wassersteinDistance properties', () => {
  it('is 0 against itself, symmetric, order-independent and shifts linearly', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        expect(wassersteinDistance(x, x)).toBe(0);
        const d = wassersteinDistance(x, y);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(relativeError(wassersteinDistance(y, x), d)).toBeLessThanOrEqual(1e-12);
        expect(wassersteinDistance(x.slice().reverse(), y.slice().reverse())).toBe(d);
        expect(wassersteinNormed(x, x)).toBe(0);
      }),
    );
  });

  it('equals the shift between a sample and its translate', () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: 1, max: 100 }), (x, shift) => {
        const moved = x.map((v) => v + shift);
        expect(wassersteinDistance(x, moved)).toBeCloseTo(shift, 6);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const ref = Float64Array.of(3, 1, 2);
    wassersteinNormed(ref, Float64Array.of(0));
    expect(Array.from(ref)).toEqual([3, 1, 2]);
  });
});
