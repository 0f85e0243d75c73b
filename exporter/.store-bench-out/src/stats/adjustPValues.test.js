"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Known values: exporter/src/stats/__fixtures__/adjust.json, written by
 * exporter/scripts/gen_stats_fixtures.py from scipy.stats.false_discovery_control(method='bh') and
 * numpy.minimum(1, p·m). Tolerance 1e-12 absolute.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const adjustPValues_1 = require("./adjustPValues");
const __fixtures__1 = require("./__fixtures__");
const fixture = (0, __fixtures__1.loadFixture)('adjust.json');
describe('adjustPValues matches scipy', () => {
    it.each(fixture.cases.map((c) => [c.pValues.length, c]))('list of %d p-values', (_n, c) => {
        const bh = (0, adjustPValues_1.adjustPValues)(c.pValues, 'bh');
        const bonferroni = (0, adjustPValues_1.adjustPValues)(c.pValues, 'bonferroni');
        c.bh.forEach((expected, i) => expect(Math.abs(bh[i] - expected)).toBeLessThanOrEqual(1e-12));
        c.bonferroni.forEach((expected, i) => expect(Math.abs(bonferroni[i] - expected)).toBeLessThanOrEqual(1e-12));
        expect((0, adjustPValues_1.adjustPValues)(c.pValues, 'none')).toEqual(c.pValues);
    });
    it('matches the documented example and handles the empty list', () => {
        expect((0, adjustPValues_1.adjustPValues)([0.01, 0.04, 0.03, 0.2], 'bh')).toEqual([
            0.04, 0.05333333333333333, 0.05333333333333333, 0.2,
        ]);
        expect((0, adjustPValues_1.adjustPValues)([], 'bh')).toEqual([]);
    });
    it('throws on p-values outside [0, 1] and unknown corrections', () => {
        expect(() => (0, adjustPValues_1.adjustPValues)([0.1, 1.2], 'bh')).toThrow('adjustPValues: expected p-values in [0, 1], got 1.2 at index 1');
        expect(() => (0, adjustPValues_1.adjustPValues)([0.1, NaN], 'none')).toThrow('adjustPValues: expected p-values in [0, 1], got NaN at index 1');
        expect(() => (0, adjustPValues_1.adjustPValues)([0.1], 'holm')).toThrow(`adjustPValues: expected correction 'none', 'bonferroni' or 'bh', got "holm"`);
    });
});
describe('adjustPValues properties', () => {
    const ps = fast_check_1.default.array(fast_check_1.default.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 });
    it('never lowers a p-value, stays in [0, 1], and BH ≤ Bonferroni', () => {
        fast_check_1.default.assert(fast_check_1.default.property(ps, (p) => {
            const bh = (0, adjustPValues_1.adjustPValues)(p, 'bh');
            const bonferroni = (0, adjustPValues_1.adjustPValues)(p, 'bonferroni');
            p.forEach((v, i) => {
                expect(bh[i]).toBeGreaterThanOrEqual(v);
                expect(bh[i]).toBeLessThanOrEqual(bonferroni[i]);
                expect(bonferroni[i]).toBeLessThanOrEqual(1);
            });
        }));
    });
    it('BH keeps the order of the p-values and does not depend on the input order', () => {
        fast_check_1.default.assert(fast_check_1.default.property(ps, (p) => {
            const bh = (0, adjustPValues_1.adjustPValues)(p, 'bh');
            const reversed = (0, adjustPValues_1.adjustPValues)(p.slice().reverse(), 'bh').reverse();
            expect(reversed).toEqual(bh);
            p.forEach((v, i) => p.forEach((w, j) => v < w && expect(bh[i]).toBeLessThanOrEqual(bh[j])));
        }));
    });
});
//# sourceMappingURL=adjustPValues.test.js.map