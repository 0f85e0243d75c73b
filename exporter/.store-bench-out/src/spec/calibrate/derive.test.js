"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const derive_1 = require("./derive");
// Reference numbers from __fixtures__/derive_reference.py (numpy 2.x): mean ± k·std with ddof = 0, and
// np.quantile's default linear method.
const CHUNKS = [0.021, 0.034, 0.018, 0.027, 0.041, 0.025, 0.019, 0.03, 0.022, 0.028];
const CONFIDENCE = [0.88, 0.87, 0.885, 0.876, 0.879, 0.881, 0.874, 0.883];
const HISTORY = [12.0, 15.5, 9.25, 20.0, 18.0, 11.0, 14.0, 16.5, 13.0, 17.25, 19.0, 10.5];
const RULE = { method: 'reference_chunks', k: 3, critical_k: 5, chunks: 10 };
describe('deriveFromChunks', () => {
    it('higher_is_worse: mean + k·σ and mean + critical_k·σ (numpy: 0.046902…, 0.060503…)', () => {
        const r = (0, derive_1.deriveFromChunks)(CHUNKS, RULE, 'higher_is_worse', [0, Infinity], 1740787200);
        expect(r.warning).toBe((0, derive_1.round)(0.046902205763103166));
        expect(r.critical).toBe((0, derive_1.round)(0.06050367627183861));
        expect(r.derived).toEqual({
            method: 'reference_chunks',
            k: 3,
            critical_k: 5,
            chunks: 10,
            at: 1740787200,
            mean: (0, derive_1.round)(0.026500000000000003),
            std: (0, derive_1.round)(0.006800735254367722),
            samples: 10,
        });
    });
    it('lower_is_worse: mean − k·σ (numpy: 0.864670…, 0.855451…)', () => {
        const r = (0, derive_1.deriveFromChunks)(CONFIDENCE, { ...RULE, chunks: 8 }, 'lower_is_worse', [0, 1], 0);
        expect([r.warning, r.critical]).toEqual([(0, derive_1.round)(0.8646706833140607), (0, derive_1.round)(0.8554511388567678)]);
    });
    it('clips to the bounds of the value', () => {
        const r = (0, derive_1.deriveFromChunks)([0.81, 0.89, 0.81, 0.89], RULE, 'higher_is_worse', [0, 1], 0);
        expect(r.critical).toBe(1);
        expect(r.warning).toBe(0.97);
    });
    it('floors σ so a statistic that never moved still gets two distinct thresholds', () => {
        const r = (0, derive_1.deriveFromChunks)([0, 0, 0, 0, 0], RULE, 'higher_is_worse', [0, 1], 0);
        expect([r.warning, r.critical]).toEqual([0.003, 0.005]);
        expect(r.derived.std).toBe(0);
    });
    it('refuses when both thresholds collapse onto a bound', () => {
        expect(() => (0, derive_1.deriveFromChunks)([0.999, 1, 1, 0.998], RULE, 'higher_is_worse', [0, 1], 0)).toThrow('deriveFromChunks: warning 1 and critical 1 are not apart for higher_is_worse');
    });
    it('refuses fewer than two values and non-finite values', () => {
        expect(() => (0, derive_1.deriveFromChunks)([0.1], RULE, 'higher_is_worse', [0, 1], 0)).toThrow('expected at least 2 values, got 1');
        expect(() => (0, derive_1.deriveFromChunks)([0.1, Number.NaN], RULE, 'higher_is_worse', [0, 1], 0)).toThrow('expected finite values, got NaN');
    });
    it('always orders warning before critical for the direction, within bounds', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }), fast_check_1.default.constantFrom('higher_is_worse', 'lower_is_worse'), (values, direction) => {
            let r;
            try {
                r = (0, derive_1.deriveFromChunks)(values, RULE, direction, [0, 1], 0);
            }
            catch {
                return; // collapsed on a bound: refused, never written
            }
            expect(r.warning).toBeGreaterThanOrEqual(0);
            expect(r.critical).toBeLessThanOrEqual(1);
            if (direction === 'higher_is_worse')
                expect(r.warning).toBeLessThan(r.critical);
            else
                expect(r.warning).toBeGreaterThan(r.critical);
        }));
    });
});
describe('deriveFromHistory', () => {
    const rule = { method: 'history_quantile', quantile: 0.99, critical_quantile: 0.999 };
    it('upper quantiles for higher_is_worse (numpy: 19.89, 19.989)', () => {
        const r = (0, derive_1.deriveFromHistory)(HISTORY, rule, 'higher_is_worse', [0, Infinity], 5);
        expect([r.warning, r.critical]).toEqual([(0, derive_1.round)(19.89), (0, derive_1.round)(19.989)]);
        expect(r.derived).toMatchObject({
            method: 'history_quantile',
            quantile: 0.99,
            critical_quantile: 0.999,
            at: 5,
            samples: 12,
        });
    });
    it('lower quantiles for lower_is_worse (numpy: 9.3875, 9.26375)', () => {
        const r = (0, derive_1.deriveFromHistory)(HISTORY, rule, 'lower_is_worse', [0, Infinity], 0);
        expect([r.warning, r.critical]).toEqual([(0, derive_1.round)(9.3875), (0, derive_1.round)(9.26375)]);
    });
    it('needs ten values', () => {
        expect(() => (0, derive_1.deriveFromHistory)([1, 2, 3], rule, 'higher_is_worse', [0, 10], 0)).toThrow('expected at least 10 values, got 3');
    });
    it('quantileSorted interpolates linearly between order statistics', () => {
        expect((0, derive_1.quantileSorted)([1, 2, 3, 4], 0.5)).toBe(2.5);
        expect((0, derive_1.quantileSorted)([1, 2, 3, 4], 0)).toBe(1);
        expect((0, derive_1.quantileSorted)([1, 2, 3, 4], 1)).toBe(4);
    });
});
//# sourceMappingURL=derive.test.js.map