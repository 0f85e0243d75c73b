import fc from 'fast-check';
import { ksTwoSample } from '../stats';
import { mulberry32, normal } from '../demo/prng';
import { allocateLargestRemainder, NumericBinning } from './numericBinning';
import { evenlySpacedOrderStatistics } from './referenceSample';
import { DEFAULT_MONITOR_OPTIONS } from './types';

const sorted = (values: number[]): Float64Array => Float64Array.from(values).sort();

/** The window sketch of `current`: fine bins, then the reconstructed sample of `size` values. */
function sketchSample(binning: NumericBinning, current: Float64Array, size: number): Float64Array {
  const counts = new Uint32Array(binning.binCount);
  let min = Infinity;
  let max = -Infinity;
  for (const v of current) {
    counts[binning.binOf(v)]++;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return binning.reconstruct(counts, size, min, max);
}

describe('NumericBinning layout', () => {
  const binning = new NumericBinning(sorted([0, 0, 0, 1, 2, 3, 4, 5, 6, 7]), 5);

  test('cuts are the distinct reference quantiles, atoms included once', () => {
    // ranks round(i × 9 / 5) = 0, 2, 4, 5, 7, 9 → values 0, 0, 2, 3, 5, 7
    expect(Array.from(binning.cuts)).toEqual([0, 2, 3, 5, 7]);
    expect(binning.binCount).toBe(11);
  });

  test('values below, on, between and above the cuts get their own bins', () => {
    expect(binning.binOf(-1)).toBe(0);
    expect(binning.binOf(0)).toBe(1);
    expect(binning.binOf(0.5)).toBe(2);
    expect(binning.binOf(1)).toBe(2);
    expect(binning.binOf(2)).toBe(3);
    expect(binning.binOf(2.5)).toBe(4);
    expect(binning.binOf(7)).toBe(9);
    expect(binning.binOf(8)).toBe(10);
  });

  test('reconstruction keeps every value in its bin and spans the window extremes', () => {
    const current = Float64Array.of(-3, 0, 0, 0.5, 2, 2.5, 9, 12);
    const sample = sketchSample(binning, current, current.length);
    expect(sample.length).toBe(current.length);
    expect(Array.from(sample).map((v) => binning.binOf(v))).toEqual(
      Array.from(current).map((v) => binning.binOf(v)),
    );
    expect(sample[0]).toBe(-3);
    expect(sample[sample.length - 1]).toBe(12);
  });

  test('throws on an unsorted or empty reference', () => {
    expect(() => new NumericBinning(Float64Array.of(2, 1), 4)).toThrow('not ascending at index 1');
    expect(() => new NumericBinning(new Float64Array(0), 4)).toThrow('reference sample is empty');
  });
});

describe('allocateLargestRemainder', () => {
  test('scales counts to the size, remainders to the largest fractions', () => {
    expect(allocateLargestRemainder([5, 3, 2], 5)).toEqual([3, 1, 1]);
    expect(allocateLargestRemainder([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });
  test('returns the counts when they already fit', () => {
    expect(allocateLargestRemainder([4, 0, 2], 10)).toEqual([4, 0, 2]);
  });
});

/**
 * The sketch's accuracy claim (docs/signals.md): the KS statistic from the window sketch (the default
 * 128 fine bins on a 10,000-value reference subsample of a 50,000-row reference) is within 0.01 of the
 * exact two-sample KS statistic on the full data, for the drifts monitors meet.
 */
describe('KS from the window sketch against the exact test', () => {
  const u = mulberry32(7);
  const reference = sorted(Array.from({ length: 50_000 }, () => normal(u, 0, 1)));
  const refSample = evenlySpacedOrderStatistics(reference, 10_000);
  const binning = new NumericBinning(refSample, DEFAULT_MONITOR_OPTIONS.fineBins);
  const scenarios: Array<[string, () => number]> = [
    ['no drift', () => normal(u, 0, 1)],
    ['mean shift 0.1σ', () => normal(u, 0.1, 1)],
    ['mean shift 1σ', () => normal(u, 1, 1)],
    ['scale ×1.5', () => normal(u, 0, 1.5)],
    ['scale ×0.5', () => normal(u, 0, 0.5)],
    ['bimodal', () => (u() < 0.5 ? normal(u, -1, 0.5) : normal(u, 1, 0.5))],
    ['heavy tail', () => normal(u, 0, 1) / Math.max(0.05, Math.abs(normal(u, 0, 1)))],
    ['rounded to 0.5', () => Math.round(normal(u, 0, 1) * 2) / 2],
    ['outside the reference', () => normal(u, 6, 1)],
    ['collapsed to a narrow peak', () => normal(u, 0.3, 0.02)],
  ];
  test.each(scenarios)('%s: |D_sketch − D_exact| < 0.01', (_name, draw) => {
    const current = Float64Array.from({ length: 5000 }, draw);
    const exact = ksTwoSample(reference, current).statistic;
    const sketched = ksTwoSample(refSample, sketchSample(binning, current, 5000)).statistic;
    expect(Math.abs(sketched - exact)).toBeLessThan(0.01);
  });

  test('a window larger than sample_size is tested on sample_size values with the same verdict', () => {
    const current = Float64Array.from({ length: 40_000 }, () => normal(u, 0.05, 1));
    const exact = ksTwoSample(reference, current).statistic;
    const sample = sketchSample(binning, current, 5000);
    expect(sample.length).toBe(5000);
    expect(Math.abs(ksTwoSample(refSample, sample).statistic - exact)).toBeLessThan(0.01);
  });
});

describe('binOf equals a plain binary search', () => {
  /** The reference implementation: first cut ≥ x, by a full binary search. */
  function slowBinOf(cuts: Float64Array, x: number): number {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cuts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo === cuts.length) return 2 * cuts.length;
    return cuts[lo] === x ? 2 * lo + 1 : 2 * lo;
  }

  test('on heavy-tailed, atomic, single-valued and tiny references, at cuts and between them', () => {
    const u = mulberry32(21);
    const references = [
      sorted(Array.from({ length: 5000 }, () => Math.exp(normal(u, 0, 3)))),
      sorted(Array.from({ length: 5000 }, () => (u() < 0.4 ? 0 : normal(u, 5, 1)))),
      sorted([3, 3, 3, 3]),
      sorted([1e-300, 2e-300, 1]),
      sorted([-1e300, 0, 1e300]),
    ];
    for (const ref of references) {
      const binning = new NumericBinning(ref, 128);
      const probes = [
        ...Array.from(binning.cuts),
        ...Array.from(
          { length: 2000 },
          (_, i) => ref[Math.floor((i / 2000) * ref.length)] * (1 + (u() - 0.5) * 1e-9),
        ),
        -Infinity,
        Infinity,
        ref[0] - 1,
        ref[ref.length - 1] + 1,
      ];
      for (const x of probes) expect(binning.binOf(x)).toBe(slowBinOf(binning.cuts, x));
    }
  });

  test('on arbitrary references, fine-bin counts and probes (cells with and without cuts)', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom(0, 1e-9, 1e12),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 200 }),
        fc.array(value, { maxLength: 50 }),
        (ref, fineBins, extra) => {
          const binning = new NumericBinning(sorted(ref), fineBins);
          const cuts = Array.from(binning.cuts);
          const between = cuts.slice(1).map((c, i) => (c + cuts[i]) / 2);
          for (const x of [...cuts, ...between, ...extra, ...ref])
            expect(binning.binOf(x)).toBe(slowBinOf(binning.cuts, x));
        },
      ),
      { numRuns: 300 },
    );
  });
});
