"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Known values: exporter/src/stats/__fixtures__/ztest.json, written by
 * exporter/scripts/gen_stats_fixtures.py (pooled z in numpy, p = 2·scipy.stats.norm.sf(|z|)).
 * Tolerances: 1e-9 relative on z, 1e-6 absolute on p.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const __fixtures__1 = require("./__fixtures__");
const zTest_1 = require("./zTest");
const fixture = (0, __fixtures__1.loadFixture)('ztest.json');
describe('twoProportionZTest matches the pooled z-test computed with scipy', () => {
    it.each(fixture.cases.map((c) => [c.refSuccesses, c.refTotal, c.curSuccesses, c.curTotal, c]))('%d/%d vs %d/%d', (_a, _b, _c, _d, c) => {
        const r = (0, zTest_1.twoProportionZTest)(c.refSuccesses, c.refTotal, c.curSuccesses, c.curTotal);
        expect((0, __fixtures__1.relativeError)(r.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(r.pValue - c.pValue)).toBeLessThanOrEqual(1e-6);
    });
    it('matches the documented example', () => {
        expect((0, zTest_1.twoProportionZTest)(30, 100, 45, 100)).toEqual({
            statistic: -2.1908902300206647,
            pValue: 0.028459736916310572,
        });
    });
    it('keeps tiny p-values instead of rounding them to 0', () => {
        const { pValue } = (0, zTest_1.twoProportionZTest)(100, 1000, 900, 1000);
        expect(pValue).toBeGreaterThan(0);
        expect(pValue).toBeLessThan(1e-200);
    });
    it('throws on impossible counts', () => {
        expect(() => (0, zTest_1.twoProportionZTest)(5, 4, 1, 2)).toThrow('twoProportionZTest: expected refSuccesses in [0, refTotal = 4], got 5');
        expect(() => (0, zTest_1.twoProportionZTest)(1, 2, 1, 0)).toThrow('twoProportionZTest: expected curTotal to be a finite number > 0, got 0');
    });
});
describe('twoProportionZTest properties', () => {
    const counts = fast_check_1.default
        .tuple(fast_check_1.default.integer({ min: 1, max: 10000 }), fast_check_1.default.integer({ min: 1, max: 10000 }))
        .chain(([n1, n2]) => fast_check_1.default.tuple(fast_check_1.default.integer({ min: 0, max: n1 }), fast_check_1.default.constant(n1), fast_check_1.default.integer({ min: 0, max: n2 }), fast_check_1.default.constant(n2)));
    it('swapping samples flips the sign of z and keeps p; p is in [0, 1]', () => {
        fast_check_1.default.assert(fast_check_1.default.property(counts, ([x1, n1, x2, n2]) => {
            const a = (0, zTest_1.twoProportionZTest)(x1, n1, x2, n2);
            const b = (0, zTest_1.twoProportionZTest)(x2, n2, x1, n1);
            expect(b.statistic).toBeCloseTo(-a.statistic, 9);
            expect(b.pValue).toBeCloseTo(a.pValue, 12);
            expect(a.pValue).toBeGreaterThanOrEqual(0);
            expect(a.pValue).toBeLessThanOrEqual(1);
        }));
    });
    it('equal proportions give z = 0 and p = 1', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 50 }), fast_check_1.default.integer({ min: 1, max: 50 }), fast_check_1.default.integer({ min: 1, max: 5 }), (x, extra, k) => {
            const n = x + extra;
            expect((0, zTest_1.twoProportionZTest)(x, n, x * k, n * k)).toEqual({ statistic: 0, pValue: 1 });
        }));
    });
});
//# sourceMappingURL=zTest.test.js.map