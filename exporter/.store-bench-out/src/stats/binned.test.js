"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Known values: exporter/src/stats/__fixtures__/binned.json, written by
 * exporter/scripts/gen_stats_fixtures.py: edges = numpy.unique(numpy.quantile(ref, arange(1, bins)/bins)),
 * counts = bincount(searchsorted(edges, x, side='left')), PSI in numpy with ε = 1e-4 for empty bins,
 * Jensen–Shannon from scipy.spatial.distance.jensenshannon(base=2), Hellinger in numpy.
 * Tolerance 1e-9 relative.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const __fixtures__1 = require("./__fixtures__");
const hellinger_1 = require("./hellinger");
const histogram_1 = require("./histogram");
const jensenShannon_1 = require("./jensenShannon");
const psi_1 = require("./psi");
const quantileBinEdges_1 = require("./quantileBinEdges");
const fixture = (0, __fixtures__1.loadFixture)('binned.json');
const close = (actual, expected) => expect((0, __fixtures__1.relativeError)(actual, expected)).toBeLessThanOrEqual(1e-9);
describe('quantileBinEdges matches numpy.quantile (linear), duplicates collapsed', () => {
    it.each(fixture.quantiles.map((c) => [c.ref.length, c.bins, c]))('n=%d bins=%d', (_n, _b, c) => {
        expect(Array.from((0, quantileBinEdges_1.quantileBinEdges)(Float64Array.from(c.ref), c.bins))).toEqual(c.edges);
    });
    it('matches the documented example', () => {
        expect(Array.from((0, quantileBinEdges_1.quantileBinEdges)(Float64Array.of(1, 2, 2, 2, 3, 4, 5, 6, 7, 8), 4))).toEqual([
            2, 3.5, 5.75,
        ]);
    });
    it('throws on unsorted input and on bins < 1', () => {
        expect(() => (0, quantileBinEdges_1.quantileBinEdges)(Float64Array.of(2, 1), 4)).toThrow('quantileBinEdges: expected refSorted sorted ascending, got 1 after 2 at index 1');
        expect(() => (0, quantileBinEdges_1.quantileBinEdges)(Float64Array.of(1, 2), 0)).toThrow('quantileBinEdges: expected bins to be an integer >= 1, got 0');
    });
});
describe('binned statistics match numpy/scipy', () => {
    it.each(fixture.samples.map((c) => [c.name, c]))('%s', (_name, c) => {
        const ref = Float64Array.from(c.ref);
        const cur = Float64Array.from(c.cur);
        const edges = (0, quantileBinEdges_1.quantileBinEdges)(ref.slice().sort(), c.bins);
        expect(Array.from(edges)).toEqual(c.edges);
        expect(Array.from((0, histogram_1.histogram)(ref, edges))).toEqual(c.refCounts);
        expect(Array.from((0, histogram_1.histogram)(cur, edges))).toEqual(c.curCounts);
        expect(Array.from((0, histogram_1.histogramSorted)(cur.slice().sort(), edges))).toEqual(c.curCounts);
        close((0, psi_1.psiSamples)(ref, cur, c.bins), c.psi);
        close((0, jensenShannon_1.jensenShannonSamples)(ref, cur, c.bins), c.jensenshannon);
        close((0, hellinger_1.hellingerDistance)(c.refCounts, c.curCounts), c.hellinger);
    });
    it.each(fixture.vectors.map((c) => [JSON.stringify(c.p), JSON.stringify(c.q), c]))('vectors %s vs %s', (_p, _q, c) => {
        close((0, psi_1.psi)(c.p, c.q), c.psi);
        close((0, jensenShannon_1.jensenShannonDistance)(c.p, c.q), c.jensenshannon);
        close((0, hellinger_1.hellingerDistance)(c.p, c.q), c.hellinger);
    });
    it('matches the documented examples', () => {
        const ten = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        const shifted = Float64Array.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        expect((0, histogram_1.histogram)(Float64Array.of(0, 1, 2, 2.5, 3, 9), Float64Array.of(1, 2.5))).toEqual(Float64Array.of(2, 2, 2));
        expect((0, psi_1.psi)([50, 30, 20], [40, 30, 30])).toBe(0.06286086594223739);
        expect((0, psi_1.psiSamples)(ten, shifted, 5)).toBe(1.6580498377744515);
        expect((0, jensenShannon_1.jensenShannonDistance)([1, 0, 0], [0, 1, 0])).toBe(1);
        expect((0, jensenShannon_1.jensenShannonDistance)([50, 30, 20], [40, 30, 30])).toBe(0.10619851439230635);
        expect((0, jensenShannon_1.jensenShannonSamples)(ten, shifted, 5)).toBe(0.3528615164390318);
        expect((0, hellinger_1.hellingerDistance)([50, 30, 20], [40, 30, 30])).toBe(0.08852926195176514);
    });
});
describe('binned statistics: errors', () => {
    it('name the function, the argument and the value', () => {
        expect(() => (0, psi_1.psi)([1, 2], [1])).toThrow('psi: expected refCounts and curCounts of equal, non-zero length, got 2 and 1');
        expect(() => (0, psi_1.psi)([0, 0], [1, 1])).toThrow('psi: expected refCounts to have a positive total, got 0');
        expect(() => (0, psi_1.psi)([1, -1], [1, 1])).toThrow('psi: expected non-negative finite counts in refCounts, got -1 at index 1');
        expect(() => (0, psi_1.psi)([1, 1], [1, 1], 0)).toThrow('psi: expected epsilon in (0, 1), got 0');
        expect(() => (0, psi_1.psiSamples)(Float64Array.of(1, 2), Float64Array.of(NaN))).toThrow('psiSamples: expected finite numbers in cur, got NaN at index 0');
        expect(() => (0, psi_1.psiSamples)(new Float64Array(0), Float64Array.of(1))).toThrow('psiSamples: expected a non-empty ref sample, got 0 values');
        expect(() => (0, jensenShannon_1.jensenShannonDistance)([1, 2], [1, 2, 3])).toThrow('jensenShannonDistance: expected p and q of equal length, got 2 and 3');
        expect(() => (0, hellinger_1.hellingerDistance)([NaN], [1])).toThrow('hellingerDistance: expected non-negative finite counts in p, got NaN at index 0');
        expect(() => (0, histogram_1.histogram)(Float64Array.of(1), Float64Array.of(3, 2))).toThrow('histogram: expected edges sorted ascending, got 2 after 3 at index 1');
    });
});
const counts = fast_check_1.default
    .array(fast_check_1.default.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
    .filter((xs) => xs.some((x) => x > 0));
const pair = counts.chain((p) => fast_check_1.default
    .array(fast_check_1.default.integer({ min: 0, max: 1000 }), { minLength: p.length, maxLength: p.length })
    .filter((q) => q.some((x) => x > 0))
    .map((q) => [p, q]));
const sample = fast_check_1.default
    .array(fast_check_1.default.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 80 })
    .map((xs) => Float64Array.from(xs));
describe('binned statistics: properties', () => {
    it('a distribution against itself (or a multiple of itself) has distance 0', () => {
        fast_check_1.default.assert(fast_check_1.default.property(counts, fast_check_1.default.integer({ min: 1, max: 5 }), (p, k) => {
            const scaled = p.map((x) => x * k);
            expect((0, psi_1.psi)(p, scaled)).toBeCloseTo(0, 12);
            expect((0, jensenShannon_1.jensenShannonDistance)(p, scaled)).toBeCloseTo(0, 7);
            expect((0, hellinger_1.hellingerDistance)(p, scaled)).toBeCloseTo(0, 7);
        }));
    });
    it('PSI, Jensen–Shannon and Hellinger are symmetric, non-negative, and the last two bounded by 1', () => {
        fast_check_1.default.assert(fast_check_1.default.property(pair, ([p, q]) => {
            expect((0, psi_1.psi)(p, q)).toBeCloseTo((0, psi_1.psi)(q, p), 9);
            expect((0, psi_1.psi)(p, q)).toBeGreaterThanOrEqual(0);
            for (const d of [jensenShannon_1.jensenShannonDistance, hellinger_1.hellingerDistance]) {
                expect(d(p, q)).toBeCloseTo(d(q, p), 12);
                expect(d(p, q)).toBeGreaterThanOrEqual(0);
                expect(d(p, q)).toBeLessThanOrEqual(1 + 1e-12);
            }
        }));
    });
    it('sample statistics: zero against itself, independent of value order', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, sample, (x, y) => {
            expect((0, psi_1.psiSamples)(x, x)).toBe(0);
            expect((0, jensenShannon_1.jensenShannonSamples)(x, x)).toBe(0);
            const reversed = y.slice().reverse();
            expect((0, psi_1.psiSamples)(x.slice().reverse(), reversed)).toBe((0, psi_1.psiSamples)(x, y));
            expect((0, jensenShannon_1.jensenShannonSamples)(x, reversed)).toBe((0, jensenShannon_1.jensenShannonSamples)(x, y));
        }));
    });
    it('histogram counts every value exactly once', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, sample, fast_check_1.default.integer({ min: 1, max: 20 }), (x, y, bins) => {
            const edges = (0, quantileBinEdges_1.quantileBinEdges)(x.slice().sort(), bins);
            const hist = (0, histogram_1.histogram)(y, edges);
            expect(hist.length).toBe(edges.length + 1);
            expect(hist.reduce((a, b) => a + b, 0)).toBe(y.length);
        }));
    });
});
//# sourceMappingURL=binned.test.js.map