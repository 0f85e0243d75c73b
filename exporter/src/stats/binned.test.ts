/**
 * Known values: exporter/src/stats/__fixtures__/binned.json, written by
 * exporter/scripts/gen_stats_fixtures.py: edges = numpy.unique(numpy.quantile(ref, arange(1, bins)/bins)),
 * counts = bincount(searchsorted(edges, x, side='left')), PSI in numpy with ε = 1e-4 for empty bins,
 * Jensen–Shannon from scipy.spatial.distance.jensenshannon(base=2), Hellinger in numpy.
 * Tolerance 1e-9 relative.
 */
import fc from 'fast-check';
import { loadFixture, relativeError } from './__fixtures__';
import { hellingerDistance } from './hellinger';
import { histogram, histogramSorted } from './histogram';
import { jensenShannonDistance, jensenShannonSamples } from './jensenShannon';
import { psi, psiSamples } from './psi';
import { quantileBinEdges } from './quantileBinEdges';

interface SampleCase {
  name: string;
  bins: number;
  ref: number[];
  cur: number[];
  edges: number[];
  refCounts: number[];
  curCounts: number[];
  psi: number;
  jensenshannon: number;
  hellinger: number;
}
interface VectorCase {
  p: number[];
  q: number[];
  psi: number;
  jensenshannon: number;
  hellinger: number;
}
const fixture = loadFixture<{
  quantiles: { ref: number[]; bins: number; edges: number[] }[];
  samples: SampleCase[];
  vectors: VectorCase[];
}>('binned.json');

const close = (actual: number, expected: number) =>
  expect(relativeError(actual, expected)).toBeLessThanOrEqual(1e-9);

describe('quantileBinEdges matches numpy.quantile (linear), duplicates collapsed', () => {
  it.each(fixture.quantiles.map((c) => [c.ref.length, c.bins, c] as const))('n=%d bins=%d', (_n, _b, c) => {
    expect(Array.from(quantileBinEdges(Float64Array.from(c.ref), c.bins))).toEqual(c.edges);
  });

  it('matches the documented example', () => {
    expect(Array.from(quantileBinEdges(Float64Array.of(1, 2, 2, 2, 3, 4, 5, 6, 7, 8), 4))).toEqual([
      2, 3.5, 5.75,
    ]);
  });

  it('throws on unsorted input and on bins < 1', () => {
    expect(() => quantileBinEdges(Float64Array.of(2, 1), 4)).toThrow(
      'quantileBinEdges: expected refSorted sorted ascending, got 1 after 2 at index 1',
    );
    expect(() => quantileBinEdges(Float64Array.of(1, 2), 0)).toThrow(
      'quantileBinEdges: expected bins to be an integer >= 1, got 0',
    );
  });
});

describe('binned statistics match numpy/scipy', () => {
  it.each(fixture.samples.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ref = Float64Array.from(c.ref);
    const cur = Float64Array.from(c.cur);
    const edges = quantileBinEdges(ref.slice().sort(), c.bins);
    expect(Array.from(edges)).toEqual(c.edges);
    expect(Array.from(histogram(ref, edges))).toEqual(c.refCounts);
    expect(Array.from(histogram(cur, edges))).toEqual(c.curCounts);
    expect(Array.from(histogramSorted(cur.slice().sort(), edges))).toEqual(c.curCounts);
    close(psiSamples(ref, cur, c.bins), c.psi);
    close(jensenShannonSamples(ref, cur, c.bins), c.jensenshannon);
    close(hellingerDistance(c.refCounts, c.curCounts), c.hellinger);
  });

  it.each(fixture.vectors.map((c) => [JSON.stringify(c.p), JSON.stringify(c.q), c] as const))(
    'vectors %s vs %s',
    (_p, _q, c) => {
      close(psi(c.p, c.q), c.psi);
      close(jensenShannonDistance(c.p, c.q), c.jensenshannon);
      close(hellingerDistance(c.p, c.q), c.hellinger);
    },
  );

  it('matches the documented examples', () => {
    const ten = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    const shifted = Float64Array.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    expect(histogram(Float64Array.of(0, 1, 2, 2.5, 3, 9), Float64Array.of(1, 2.5))).toEqual(
      Float64Array.of(2, 2, 2),
    );
    expect(psi([50, 30, 20], [40, 30, 30])).toBe(0.06286086594223739);
    expect(psiSamples(ten, shifted, 5)).toBe(1.6580498377744515);
    expect(jensenShannonDistance([1, 0, 0], [0, 1, 0])).toBe(1);
    expect(jensenShannonDistance([50, 30, 20], [40, 30, 30])).toBe(0.10619851439230635);
    expect(jensenShannonSamples(ten, shifted, 5)).toBe(0.3528615164390318);
    expect(hellingerDistance([50, 30, 20], [40, 30, 30])).toBe(0.08852926195176514);
  });
});

describe('binned statistics: errors', () => {
  it('name the function, the argument and the value', () => {
    expect(() => psi([1, 2], [1])).toThrow(
      'psi: expected refCounts and curCounts of equal, non-zero length, got 2 and 1',
    );
    expect(() => psi([0, 0], [1, 1])).toThrow('psi: expected refCounts to have a positive total, got 0');
    expect(() => psi([1, -1], [1, 1])).toThrow(
      'psi: expected non-negative finite counts in refCounts, got -1 at index 1',
    );
    expect(() => psi([1, 1], [1, 1], 0)).toThrow('psi: expected epsilon in (0, 1), got 0');
    expect(() => psiSamples(Float64Array.of(1, 2), Float64Array.of(NaN))).toThrow(
      'psiSamples: expected finite numbers in cur, got NaN at index 0',
    );
    expect(() => psiSamples(new Float64Array(0), Float64Array.of(1))).toThrow(
      'psiSamples: expected a non-empty ref sample, got 0 values',
    );
    expect(() => jensenShannonDistance([1, 2], [1, 2, 3])).toThrow(
      'jensenShannonDistance: expected p and q of equal length, got 2 and 3',
    );
    expect(() => hellingerDistance([NaN], [1])).toThrow(
      'hellingerDistance: expected non-negative finite counts in p, got NaN at index 0',
    );
    expect(() => histogram(Float64Array.of(1), Float64Array.of(3, 2))).toThrow(
      'histogram: expected edges sorted ascending, got 2 after 3 at index 1',
    );
  });
});

const counts = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
  .filter((xs) => xs.some((x) => x > 0));
const pair = counts.chain((p) =>
  fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: p.length, maxLength: p.length })
    .filter((q) => q.some((x) => x > 0))
    .map((q) => [p, q] as const),
);
const sample = fc
  .array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 80 })
  .map((xs) => Float64Array.from(xs));

describe('binned statistics: properties', () => {
  it('a distribution against itself (or a multiple of itself) has distance 0', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 5 }), (p, k) => {
        const scaled = p.map((x) => x * k);
        expect(psi(p, scaled)).toBeCloseTo(0, 12);
        expect(jensenShannonDistance(p, scaled)).toBeCloseTo(0, 7);
        expect(hellingerDistance(p, scaled)).toBeCloseTo(0, 7);
      }),
    );
  });

  it('PSI, Jensen–Shannon and Hellinger are symmetric, non-negative, and the last two bounded by 1', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        expect(psi(p, q)).toBeCloseTo(psi(q, p), 9);
        expect(psi(p, q)).toBeGreaterThanOrEqual(0);
        for (const d of [jensenShannonDistance, hellingerDistance]) {
          expect(d(p, q)).toBeCloseTo(d(q, p), 12);
          expect(d(p, q)).toBeGreaterThanOrEqual(0);
          expect(d(p, q)).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('sample statistics: zero against itself, independent of value order', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        expect(psiSamples(x, x)).toBe(0);
        expect(jensenShannonSamples(x, x)).toBe(0);
        const reversed = y.slice().reverse();
        expect(psiSamples(x.slice().reverse(), reversed)).toBe(psiSamples(x, y));
        expect(jensenShannonSamples(x, reversed)).toBe(jensenShannonSamples(x, y));
      }),
    );
  });

  it('histogram counts every value exactly once', () => {
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 1, max: 20 }), (x, y, bins) => {
        const edges = quantileBinEdges(x.slice().sort(), bins);
        const hist = histogram(y, edges);
        expect(hist.length).toBe(edges.length + 1);
        expect(hist.reduce((a, b) => a + b, 0)).toBe(y.length);
      }),
    );
  });

  it('histogramSorted (binary search per edge) equals histogram (search per value), ties on edges included', () => {
    const withTies = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(withTies, withTies, fc.integer({ min: 1, max: 12 }), (x, y, bins) => {
        const edges = quantileBinEdges(Float64Array.from(x).sort(), bins);
        const values = Float64Array.from(y);
        expect(Array.from(histogramSorted(values.slice().sort(), edges))).toEqual(
          Array.from(histogram(values, edges)),
        );
      }),
    );
  });
});
