"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Known values: exporter/src/stats/__fixtures__/wasserstein.json, written by
 * exporter/scripts/gen_stats_fixtures.py from scipy.stats.wasserstein_distance, and the normed variant
 * as distance / max(numpy.std(ref), 0.001) (ddof 0). Tolerance 1e-9 relative.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const __fixtures__1 = require("./__fixtures__");
const wasserstein_1 = require("./wasserstein");
const fixture = (0, __fixtures__1.loadFixture)('wasserstein.json');
describe('wassersteinDistance matches scipy.stats.wasserstein_distance', () => {
    it.each([...fixture.inline, ...fixture.synthetic].map((c) => [c.name, c]))('%s', (_name, c) => {
        const ref = c.ref ? Float64Array.from(c.ref) : (0, __fixtures__1.syntheticSample)(c.refGen);
        const cur = c.cur ? Float64Array.from(c.cur) : (0, __fixtures__1.syntheticSample)(c.curGen);
        expect((0, __fixtures__1.relativeError)((0, wasserstein_1.wassersteinDistance)(ref, cur), c.distance)).toBeLessThanOrEqual(1e-9);
        expect((0, __fixtures__1.relativeError)((0, wasserstein_1.wassersteinNormed)(ref, cur), c.normed)).toBeLessThanOrEqual(1e-9);
    });
    it('matches the documented examples', () => {
        expect((0, wasserstein_1.wassersteinDistance)(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8))).toBe(5);
        expect((0, wasserstein_1.wassersteinNormed)(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8))).toBe(4.0089186286863665);
    });
    it('uses the given floor for a constant reference', () => {
        const ref = Float64Array.of(2, 2, 2);
        const cur = Float64Array.of(2, 2, 3);
        expect((0, wasserstein_1.wassersteinNormed)(ref, cur, 0.5)).toBeCloseTo(1 / 3 / 0.5, 15);
    });
    it('throws on empty or non-finite samples and a bad floor', () => {
        expect(() => (0, wasserstein_1.wassersteinDistance)(Float64Array.of(1), new Float64Array(0))).toThrow('wassersteinDistance: expected a non-empty cur sample, got 0 values');
        expect(() => (0, wasserstein_1.wassersteinDistance)(Float64Array.of(Infinity), Float64Array.of(1))).toThrow('wassersteinDistance: expected finite numbers in ref, got Infinity');
        expect(() => (0, wasserstein_1.wassersteinNormed)(Float64Array.of(1), Float64Array.of(1), 0)).toThrow('wassersteinNormed: expected stdFloor to be a finite number > 0, got 0');
    });
});
const sample = fast_check_1.default
    .array(fast_check_1.default.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 80 })
    .map((xs) => Float64Array.from(xs));
describe('wassersteinDistance properties', () => {
    it('is 0 against itself, symmetric, order-independent and shifts linearly', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, sample, (x, y) => {
            expect((0, wasserstein_1.wassersteinDistance)(x, x)).toBe(0);
            const d = (0, wasserstein_1.wassersteinDistance)(x, y);
            expect(d).toBeGreaterThanOrEqual(0);
            expect((0, __fixtures__1.relativeError)((0, wasserstein_1.wassersteinDistance)(y, x), d)).toBeLessThanOrEqual(1e-12);
            expect((0, wasserstein_1.wassersteinDistance)(x.slice().reverse(), y.slice().reverse())).toBe(d);
            expect((0, wasserstein_1.wassersteinNormed)(x, x)).toBe(0);
        }));
    });
    it('equals the shift between a sample and its translate', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, fast_check_1.default.integer({ min: 1, max: 100 }), (x, shift) => {
            const moved = x.map((v) => v + shift);
            expect((0, wasserstein_1.wassersteinDistance)(x, moved)).toBeCloseTo(shift, 6);
        }));
    });
    it('does not mutate its inputs', () => {
        const ref = Float64Array.of(3, 1, 2);
        (0, wasserstein_1.wassersteinNormed)(ref, Float64Array.of(0));
        expect(Array.from(ref)).toEqual([3, 1, 2]);
    });
});
//# sourceMappingURL=wasserstein.test.js.map