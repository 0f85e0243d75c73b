"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Known values: exporter/src/stats/__fixtures__/categorical.json, written by
 * exporter/scripts/gen_stats_fixtures.py from scipy.stats.chi2_contingency on the 2×k table (defaults,
 * Yates when dof = 1), scipy.spatial.distance.jensenshannon(base=2) and numpy Hellinger/PSI on the same
 * table. Tolerances: 1e-9 relative on statistics, 1e-6 absolute on p-values.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const categoricalDistances_1 = require("./categoricalDistances");
const chiSquare_1 = require("./chiSquare");
const __fixtures__1 = require("./__fixtures__");
const fixture = (0, __fixtures__1.loadFixture)('categorical.json');
const toMap = (o) => new Map(Object.entries(o));
describe('chiSquareContingency matches scipy.stats.chi2_contingency', () => {
    it.each(fixture.cases.map((c) => [c.name, c]))('%s', (_name, c) => {
        const result = (0, chiSquare_1.chiSquareContingency)(toMap(c.ref), toMap(c.cur));
        expect((0, __fixtures__1.relativeError)(result.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(result.pValue - c.pValue)).toBeLessThanOrEqual(1e-6);
        expect(result.dof).toBe(c.dof);
        expect(result.unseenCategories).toBe(c.unseenCategories);
        expect(result.unseenShare).toBeCloseTo(c.unseenShare, 15);
    });
    it('matches the documented example', () => {
        expect((0, chiSquare_1.chiSquareContingency)(new Map([
            ['a', 50],
            ['b', 30],
            ['c', 20],
        ]), new Map([
            ['a', 40],
            ['b', 30],
            ['d', 30],
        ]))).toEqual({
            statistic: 51.111111111111114,
            pValue: 4.6325661957623796e-11,
            dof: 3,
            unseenCategories: 1,
            unseenShare: 0.3,
        });
    });
    it('has the chi-square survival function right at known quantiles', () => {
        expect((0, chiSquare_1.chiSquareSf)(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
        expect((0, chiSquare_1.chiSquareSf)(11.070497693516351, 5)).toBeCloseTo(0.05, 12);
        expect((0, chiSquare_1.chiSquareSf)(0, 3)).toBe(1);
    });
    it('throws naming the category or the empty sample', () => {
        expect(() => (0, chiSquare_1.chiSquareContingency)(new Map([['a', -1]]), new Map([['a', 1]]))).toThrow('chiSquareContingency: expected non-negative finite counts in refCounts, got -1 for category "a"');
        expect(() => (0, chiSquare_1.chiSquareContingency)(new Map([['a', 3]]), new Map([['a', 0]]))).toThrow('chiSquareContingency: expected curCounts to have a positive total, got 0');
        expect(() => (0, chiSquare_1.chiSquareContingency)(new Map(), new Map([['a', 1]]))).toThrow('chiSquareContingency: expected refCounts to have a positive total, got 0');
    });
});
describe('categorical distances match scipy/numpy', () => {
    it.each(fixture.cases.map((c) => [c.name, c]))('%s', (_name, c) => {
        const js = (0, categoricalDistances_1.categoricalJensenShannon)(toMap(c.ref), toMap(c.cur));
        const h = (0, categoricalDistances_1.categoricalHellinger)(toMap(c.ref), toMap(c.cur));
        expect((0, __fixtures__1.relativeError)(js.statistic, c.jensenshannon)).toBeLessThanOrEqual(1e-9);
        expect((0, __fixtures__1.relativeError)(h.statistic, c.hellinger)).toBeLessThanOrEqual(1e-9);
        for (const r of [js, h]) {
            expect(r.pValue).toBeNull();
            expect(r.dof).toBe(c.dof);
            expect(r.unseenCategories).toBe(c.unseenCategories);
        }
    });
    it('match the documented examples', () => {
        const ref = new Map([
            ['a', 50],
            ['b', 50],
        ]);
        const cur = new Map([
            ['a', 50],
            ['c', 50],
        ]);
        expect((0, categoricalDistances_1.categoricalJensenShannon)(ref, cur)).toEqual({
            statistic: 0.7071067811865476,
            pValue: null,
            dof: 2,
            unseenCategories: 1,
            unseenShare: 0.5,
        });
        expect((0, categoricalDistances_1.categoricalHellinger)(ref, cur).statistic).toBe(0.7071067811865475);
    });
});
const table = fast_check_1.default
    .dictionary(fast_check_1.default.constantFrom('a', 'b', 'c', 'd', 'e'), fast_check_1.default.integer({ min: 0, max: 500 }), {
    minKeys: 1,
})
    .filter((o) => Object.values(o).some((v) => v > 0));
describe('categorical properties', () => {
    it('a table against itself: chi-square p = 1 (dof ≥ 2), distances 0, nothing unseen', () => {
        fast_check_1.default.assert(fast_check_1.default.property(table, (o) => {
            const m = toMap(o);
            const chi = (0, chiSquare_1.chiSquareContingency)(m, m);
            if (chi.dof !== 1)
                expect(chi.statistic).toBeCloseTo(0, 9);
            expect(chi.pValue).toBeGreaterThan(0.99);
            expect((0, categoricalDistances_1.categoricalJensenShannon)(m, m).statistic).toBeCloseTo(0, 7);
            expect((0, categoricalDistances_1.categoricalHellinger)(m, m).statistic).toBeCloseTo(0, 7);
            expect(chi.unseenCategories).toBe(0);
        }));
    });
    it('results do not depend on the insertion order of categories, and p-values stay in [0, 1]', () => {
        fast_check_1.default.assert(fast_check_1.default.property(table, table, (a, b) => {
            const forward = (0, chiSquare_1.chiSquareContingency)(toMap(a), toMap(b));
            const reversed = (0, chiSquare_1.chiSquareContingency)(new Map(Object.entries(a).reverse()), new Map(Object.entries(b).reverse()));
            expect(reversed).toEqual(forward);
            expect(forward.pValue).toBeGreaterThanOrEqual(0);
            expect(forward.pValue).toBeLessThanOrEqual(1);
            expect(forward.unseenShare).toBeGreaterThanOrEqual(0);
            expect(forward.unseenShare).toBeLessThanOrEqual(1);
        }));
    });
    it('chi-square statistic and distances are symmetric in reference and current', () => {
        fast_check_1.default.assert(fast_check_1.default.property(table, table, (a, b) => {
            expect((0, __fixtures__1.relativeError)((0, chiSquare_1.chiSquareContingency)(toMap(b), toMap(a)).statistic, (0, chiSquare_1.chiSquareContingency)(toMap(a), toMap(b)).statistic)).toBeLessThanOrEqual(1e-12);
            expect((0, categoricalDistances_1.categoricalJensenShannon)(toMap(b), toMap(a)).statistic).toBeCloseTo((0, categoricalDistances_1.categoricalJensenShannon)(toMap(a), toMap(b)).statistic, 12);
        }));
    });
});
//# sourceMappingURL=categorical.test.js.map