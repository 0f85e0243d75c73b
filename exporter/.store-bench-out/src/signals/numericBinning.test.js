"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const stats_1 = require("../stats");
const prng_1 = require("../demo/prng");
const numericBinning_1 = require("./numericBinning");
const referenceSample_1 = require("./referenceSample");
const types_1 = require("./types");
const sorted = (values) => Float64Array.from(values).sort();
/** The window sketch of `current`: fine bins, then the reconstructed sample of `size` values. */
function sketchSample(binning, current, size) {
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
    const binning = new numericBinning_1.NumericBinning(sorted([0, 0, 0, 1, 2, 3, 4, 5, 6, 7]), 5);
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
        expect(Array.from(sample).map((v) => binning.binOf(v))).toEqual(Array.from(current).map((v) => binning.binOf(v)));
        expect(sample[0]).toBe(-3);
        expect(sample[sample.length - 1]).toBe(12);
    });
    test('throws on an unsorted or empty reference', () => {
        expect(() => new numericBinning_1.NumericBinning(Float64Array.of(2, 1), 4)).toThrow('not ascending at index 1');
        expect(() => new numericBinning_1.NumericBinning(new Float64Array(0), 4)).toThrow('reference sample is empty');
    });
});
describe('allocateLargestRemainder', () => {
    test('scales counts to the size, remainders to the largest fractions', () => {
        expect((0, numericBinning_1.allocateLargestRemainder)([5, 3, 2], 5)).toEqual([3, 1, 1]);
        expect((0, numericBinning_1.allocateLargestRemainder)([1, 1, 1], 2)).toEqual([1, 1, 0]);
    });
    test('returns the counts when they already fit', () => {
        expect((0, numericBinning_1.allocateLargestRemainder)([4, 0, 2], 10)).toEqual([4, 0, 2]);
    });
});
/**
 * The sketch's accuracy claim (docs/signals.md): the KS statistic from the window sketch (the default
 * 128 fine bins on a 10,000-value reference subsample of a 50,000-row reference) is within 0.01 of the
 * exact two-sample KS statistic on the full data, for the drifts monitors meet.
 */
describe('KS from the window sketch against the exact test', () => {
    const u = (0, prng_1.mulberry32)(7);
    const reference = sorted(Array.from({ length: 50_000 }, () => (0, prng_1.normal)(u, 0, 1)));
    const refSample = (0, referenceSample_1.evenlySpacedOrderStatistics)(reference, 10_000);
    const binning = new numericBinning_1.NumericBinning(refSample, types_1.DEFAULT_MONITOR_OPTIONS.fineBins);
    const scenarios = [
        ['no drift', () => (0, prng_1.normal)(u, 0, 1)],
        ['mean shift 0.1σ', () => (0, prng_1.normal)(u, 0.1, 1)],
        ['mean shift 1σ', () => (0, prng_1.normal)(u, 1, 1)],
        ['scale ×1.5', () => (0, prng_1.normal)(u, 0, 1.5)],
        ['scale ×0.5', () => (0, prng_1.normal)(u, 0, 0.5)],
        ['bimodal', () => (u() < 0.5 ? (0, prng_1.normal)(u, -1, 0.5) : (0, prng_1.normal)(u, 1, 0.5))],
        ['heavy tail', () => (0, prng_1.normal)(u, 0, 1) / Math.max(0.05, Math.abs((0, prng_1.normal)(u, 0, 1)))],
        ['rounded to 0.5', () => Math.round((0, prng_1.normal)(u, 0, 1) * 2) / 2],
        ['outside the reference', () => (0, prng_1.normal)(u, 6, 1)],
        ['collapsed to a narrow peak', () => (0, prng_1.normal)(u, 0.3, 0.02)],
    ];
    test.each(scenarios)('%s: |D_sketch − D_exact| < 0.01', (_name, draw) => {
        const current = Float64Array.from({ length: 5000 }, draw);
        const exact = (0, stats_1.ksTwoSample)(reference, current).statistic;
        const sketched = (0, stats_1.ksTwoSample)(refSample, sketchSample(binning, current, 5000)).statistic;
        expect(Math.abs(sketched - exact)).toBeLessThan(0.01);
    });
    test('a window larger than sample_size is tested on sample_size values with the same verdict', () => {
        const current = Float64Array.from({ length: 40_000 }, () => (0, prng_1.normal)(u, 0.05, 1));
        const exact = (0, stats_1.ksTwoSample)(reference, current).statistic;
        const sample = sketchSample(binning, current, 5000);
        expect(sample.length).toBe(5000);
        expect(Math.abs((0, stats_1.ksTwoSample)(refSample, sample).statistic - exact)).toBeLessThan(0.01);
    });
});
describe('binOf equals a plain binary search', () => {
    /** The reference implementation: first cut ≥ x, by a full binary search. */
    function slowBinOf(cuts, x) {
        let lo = 0;
        let hi = cuts.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (cuts[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo === cuts.length)
            return 2 * cuts.length;
        return cuts[lo] === x ? 2 * lo + 1 : 2 * lo;
    }
    test('on heavy-tailed, atomic, single-valued and tiny references, at cuts and between them', () => {
        const u = (0, prng_1.mulberry32)(21);
        const references = [
            sorted(Array.from({ length: 5000 }, () => Math.exp((0, prng_1.normal)(u, 0, 3)))),
            sorted(Array.from({ length: 5000 }, () => (u() < 0.4 ? 0 : (0, prng_1.normal)(u, 5, 1)))),
            sorted([3, 3, 3, 3]),
            sorted([1e-300, 2e-300, 1]),
            sorted([-1e300, 0, 1e300]),
        ];
        for (const ref of references) {
            const binning = new numericBinning_1.NumericBinning(ref, 128);
            const probes = [
                ...Array.from(binning.cuts),
                ...Array.from({ length: 2000 }, (_, i) => ref[Math.floor((i / 2000) * ref.length)] * (1 + (u() - 0.5) * 1e-9)),
                -Infinity,
                Infinity,
                ref[0] - 1,
                ref[ref.length - 1] + 1,
            ];
            for (const x of probes)
                expect(binning.binOf(x)).toBe(slowBinOf(binning.cuts, x));
        }
    });
    test('on arbitrary references, fine-bin counts and probes (cells with and without cuts)', () => {
        const value = fast_check_1.default.oneof(fast_check_1.default.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fast_check_1.default.integer({ min: -5, max: 5 }), fast_check_1.default.constantFrom(0, 1e-9, 1e12));
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(value, { minLength: 1, maxLength: 300 }), fast_check_1.default.integer({ min: 1, max: 200 }), fast_check_1.default.array(value, { maxLength: 50 }), (ref, fineBins, extra) => {
            const binning = new numericBinning_1.NumericBinning(sorted(ref), fineBins);
            const cuts = Array.from(binning.cuts);
            const between = cuts.slice(1).map((c, i) => (c + cuts[i]) / 2);
            for (const x of [...cuts, ...between, ...extra, ...ref])
                expect(binning.binOf(x)).toBe(slowBinOf(binning.cuts, x));
        }), { numRuns: 300 });
    });
});
//# sourceMappingURL=numericBinning.test.js.map