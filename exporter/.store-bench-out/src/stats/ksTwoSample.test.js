"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Known values: exporter/src/stats/__fixtures__/ks.json, written by exporter/scripts/gen_stats_fixtures.py
 * from scipy.stats.ks_2samp (two-sided). Tolerances: 1e-9 relative on the statistic, 1e-6 absolute on p.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const __fixtures__1 = require("./__fixtures__");
const ksTwoSample_1 = require("./ksTwoSample");
const roundHalfEven_1 = require("./roundHalfEven");
const fixture = (0, __fixtures__1.loadFixture)('ks.json');
function samples(c) {
    const ref = c.ref ? Float64Array.from(c.ref) : (0, __fixtures__1.syntheticSample)(c.refGen);
    const cur = c.cur ? Float64Array.from(c.cur) : (0, __fixtures__1.syntheticSample)(c.curGen);
    return [ref, cur];
}
describe('ksTwoSample matches scipy.stats.ks_2samp', () => {
    it.each(fixture.inline.map((c) => [c.name, c]))('%s', (_name, c) => {
        const [ref, cur] = samples(c);
        const result = (0, ksTwoSample_1.ksTwoSample)(ref, cur, { method: c.method });
        expect((0, __fixtures__1.relativeError)(result.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(result.pValue - c.pValue)).toBeLessThanOrEqual(1e-6);
    });
    it.each(fixture.synthetic.map((c) => [c.name, c]))('%s (synthetic, large)', (_name, c) => {
        const [ref, cur] = samples(c);
        const result = (0, ksTwoSample_1.ksTwoSample)(ref, cur, { method: c.method });
        expect((0, __fixtures__1.relativeError)(result.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(result.pValue - c.pValue)).toBeLessThanOrEqual(1e-6);
    });
    it('gives the same answer from pre-sorted inputs', () => {
        for (const c of fixture.inline) {
            const [ref, cur] = samples(c);
            const sorted = (0, ksTwoSample_1.ksTwoSampleSorted)(ref.slice().sort(), cur.slice().sort(), { method: c.method });
            expect(sorted).toEqual((0, ksTwoSample_1.ksTwoSample)(ref, cur, { method: c.method }));
        }
    });
    it('matches the documented example', () => {
        expect((0, ksTwoSample_1.ksTwoSample)(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6, 7))).toEqual({
            statistic: 0.6,
            pValue: 0.2857142857142857,
        });
    });
});
describe('ksTwoSample input handling', () => {
    it('does not mutate its inputs', () => {
        const ref = Float64Array.of(3, 1, 2);
        const cur = Float64Array.of(9, 7, 8);
        (0, ksTwoSample_1.ksTwoSample)(ref, cur);
        expect(Array.from(ref)).toEqual([3, 1, 2]);
        expect(Array.from(cur)).toEqual([9, 7, 8]);
    });
    it('throws naming the function, the sample and the value', () => {
        expect(() => (0, ksTwoSample_1.ksTwoSample)(new Float64Array(0), Float64Array.of(1))).toThrow('ksTwoSample: expected a non-empty ref sample, got 0 values');
        expect(() => (0, ksTwoSample_1.ksTwoSample)(Float64Array.of(1, NaN), Float64Array.of(1))).toThrow('ksTwoSample: expected finite numbers in ref, got NaN');
        expect(() => (0, ksTwoSample_1.ksTwoSample)(Float64Array.of(1), Float64Array.of(-Infinity, 2))).toThrow('ksTwoSample: expected finite numbers in cur, got -Infinity');
        expect(() => (0, ksTwoSample_1.ksTwoSample)(Float64Array.of(1), Float64Array.of(2), { method: 'asymp' })).toThrow("ksTwoSample: method 'asymp' needs n·m/(n+m) to round to at least 1, got sizes 1 and 1; use 'exact'");
        expect(() => (0, ksTwoSample_1.ksTwoSample)(Float64Array.of(1), Float64Array.of(2), { method: 'fast' })).toThrow(`ksTwoSample: expected method 'auto', 'exact' or 'asymp', got "fast"`);
    });
    it('rejects unsorted input to the sorted variant with the position', () => {
        expect(() => (0, ksTwoSample_1.ksTwoSampleSorted)(Float64Array.of(1, 3, 2), Float64Array.of(1))).toThrow('ksTwoSampleSorted: expected refSorted sorted ascending, got 2 after 3 at index 2');
    });
});
const sample = fast_check_1.default
    .array(fast_check_1.default.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 })
    .map((xs) => Float64Array.from(xs, (x) => x / 4));
describe('ksTwoSample properties', () => {
    it('a sample against itself has statistic 0 and p-value 1', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, (x) => {
            expect((0, ksTwoSample_1.ksTwoSample)(x, x)).toEqual({ statistic: 0, pValue: 1 });
        }));
    });
    it('is symmetric in its two samples', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, sample, (x, y) => {
            const a = (0, ksTwoSample_1.ksTwoSample)(x, y);
            const b = (0, ksTwoSample_1.ksTwoSample)(y, x);
            expect(b.statistic).toBe(a.statistic);
            expect(Math.abs(b.pValue - a.pValue)).toBeLessThanOrEqual(1e-12);
        }));
    });
    it('does not depend on the order of the values', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, sample, (x, y) => {
            const reversed = x.slice().reverse();
            expect((0, ksTwoSample_1.ksTwoSample)(reversed, y)).toEqual((0, ksTwoSample_1.ksTwoSample)(x, y));
        }));
    });
    it('keeps the statistic and p-value in [0, 1] for every method', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, sample, fast_check_1.default.constantFrom('auto', 'exact', 'asymp'), (x, y, method) => {
            fast_check_1.default.pre(method !== 'asymp' || x.length + y.length > 2);
            const { statistic, pValue } = (0, ksTwoSample_1.ksTwoSample)(x, y, { method });
            expect(statistic).toBeGreaterThanOrEqual(0);
            expect(statistic).toBeLessThanOrEqual(1);
            expect(pValue).toBeGreaterThanOrEqual(0);
            expect(pValue).toBeLessThanOrEqual(1);
        }));
    });
});
describe('numeric helpers of the KS port', () => {
    it('rounds half to even like numpy.round', () => {
        expect([0.5, 1.5, 2.5, 10000.5, -0.5, 2.4, 2.6].map((x) => (0, roundHalfEven_1.roundHalfEven)(x))).toEqual([
            0, 2, 2, 10000, 0, 2, 3,
        ]);
    });
    it('computes greatest common divisors', () => {
        expect([(0, roundHalfEven_1.gcd)(12, 18), (0, roundHalfEven_1.gcd)(10000, 9999), (0, roundHalfEven_1.gcd)(7, 0), (0, roundHalfEven_1.gcd)(250000, 240000)]).toEqual([6, 1, 7, 10000]);
    });
});
//# sourceMappingURL=ksTwoSample.test.js.map