"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Known values: exporter/src/stats/__fixtures__/kolmogorov.json, written by
 * exporter/scripts/gen_stats_fixtures.py from scipy.stats.kstwo.sf and scipy.special.smirnov over a
 * grid of (n, x) that visits every branch of scipy's `_kolmogn` (Ruben–Gambino ends, Durbin,
 * Pomeranz, Pelz–Good, smirnov series, n > 10⁶ approximation). Tolerance 1e-6 absolute (p-values).
 */
const __fixtures__1 = require("./__fixtures__");
const kolmogorovDurbin_1 = require("./kolmogorovDurbin");
const kolmogorovTwoSided_1 = require("./kolmogorovTwoSided");
const smirnov_1 = require("./smirnov");
const fixture = (0, __fixtures__1.loadFixture)('kolmogorov.json');
describe('kolmogorovTwoSidedSf matches scipy.stats.kstwo.sf', () => {
    it.each(fixture.kstwo.map((p) => [p.n, p.x, p]))('n=%d x=%d', (_n, _x, p) => {
        expect(Math.abs((0, kolmogorovTwoSided_1.kolmogorovTwoSidedSf)(p.n, p.x) - p.sf)).toBeLessThanOrEqual(1e-6);
    });
    it('is 1 at and below x = 1/(2n) and 0 from x = 1', () => {
        expect((0, kolmogorovTwoSided_1.kolmogorovTwoSidedSf)(10, 0.05)).toBe(1);
        expect((0, kolmogorovTwoSided_1.kolmogorovTwoSidedSf)(10, 0)).toBe(1);
        expect((0, kolmogorovTwoSided_1.kolmogorovTwoSidedSf)(10, 1)).toBe(0);
    });
    it('throws for a non-integer n', () => {
        expect(() => (0, kolmogorovTwoSided_1.kolmogorovTwoSidedSf)(2.5, 0.3)).toThrow('kolmogorovTwoSidedSf: expected n to be an integer >= 1, got 2.5');
    });
});
describe('smirnovSf matches scipy.special.smirnov', () => {
    it.each(fixture.smirnov.map((p) => [p.n, p.x, p]))('n=%d x=%d', (_n, _x, p) => {
        const value = (0, smirnov_1.smirnovSf)(p.n, p.x);
        expect(Math.abs(value - p.sf)).toBeLessThanOrEqual(1e-6);
        // Far-tail values are also relatively accurate (they feed the smallest KS p-values).
        if (p.sf > 1e-300)
            expect(Math.abs(value / p.sf - 1)).toBeLessThanOrEqual(1e-8);
    });
});
describe('durbinCdf', () => {
    it('agrees with the Ruben–Gambino closed form just above x = 1/(2n)', () => {
        // P(Dₙ ≤ x) = n!/nⁿ (2nx − 1)ⁿ for 1/(2n) < x ≤ 1/n.
        const n = 6;
        const x = 0.75 / n;
        let expected = 1;
        for (let i = 1; i <= n; i++)
            expected *= (i / n) * (2 * n * x - 1);
        expect(Math.abs((0, kolmogorovDurbin_1.durbinCdf)(n, x) - expected)).toBeLessThanOrEqual(1e-14);
    });
});
//# sourceMappingURL=kolmogorov.test.js.map