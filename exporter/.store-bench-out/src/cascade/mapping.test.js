"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const mapping_1 = require("./mapping");
const status_1 = require("./status");
const thresholds_1 = require("./thresholds");
const psi = { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' };
const accuracy = { warning: 0.9, critical: 0.8, direction: 'lower_is_worse' };
const scores = { warning: 0.75, critical: 0.5 };
describe('linearAnchors', () => {
    it('puts the zero point one warning→critical band beyond critical', () => {
        const a = (0, mapping_1.linearAnchors)(psi);
        expect(a.baseline).toBe(0);
        expect(a.zero).toBeCloseTo(0.4, 12);
    });
    it('mirrors critical about warning for the default lower_is_worse baseline', () => {
        const a = (0, mapping_1.linearAnchors)(accuracy);
        expect(-a.baseline).toBeCloseTo(1.0, 12);
        expect(-a.zero).toBeCloseTo(0.7, 12);
    });
    it('uses the mirror too for higher_is_worse thresholds at or below 0, and a unit step when warning = critical', () => {
        expect((0, mapping_1.linearAnchors)({ warning: -2, critical: -1, direction: 'higher_is_worse' }).baseline).toBe(-3);
        const flat = (0, mapping_1.linearAnchors)({ warning: 5, critical: 5, direction: 'higher_is_worse' });
        expect(flat).toEqual({ baseline: 0, warning: 5, critical: 5, zero: 10 });
        const flatNegative = (0, mapping_1.linearAnchors)({ warning: -0.5, critical: -0.5, direction: 'higher_is_worse' });
        expect(flatNegative).toEqual({ baseline: -1.5, warning: -0.5, critical: -0.5, zero: 0.5 });
    });
    it('keeps a declared baseline', () => {
        expect((0, mapping_1.linearAnchors)({ ...psi, baseline: 0.02 }).baseline).toBe(0.02);
    });
});
describe('scoreValue', () => {
    it.each([
        [0, 1],
        [-0.3, 1],
        [0.05, 0.875],
        [0.1, 0.75],
        [0.16, 0.65],
        [0.25, 0.5],
        [0.31, 0.3],
        [0.4, 0],
        [0.9, 0],
    ])('linear PSI %p scores %p', (value, score) => {
        expect((0, mapping_1.scoreValue)(value, psi, 'linear', scores)).toBeCloseTo(score, 12);
    });
    it.each([
        [1, 1],
        [0.95, 0.875],
        [0.85, 0.625],
        [0.76, 0.3],
        [0.6, 0],
    ])('linear lower_is_worse accuracy %p scores %p', (value, score) => {
        expect((0, mapping_1.scoreValue)(value, accuracy, 'linear', scores)).toBeCloseTo(score, 12);
    });
    it.each([
        [0.05, 1],
        [0.16, 0.75],
        [0.31, 0.5],
    ])('step PSI %p scores %p', (value, score) => {
        expect((0, mapping_1.scoreValue)(value, psi, 'step', scores)).toBe(score);
    });
    it('scores exactly the score threshold at a value threshold', () => {
        expect((0, mapping_1.scoreValue)(0.1, psi, 'linear', scores)).toBe(0.75);
        expect((0, mapping_1.scoreValue)(0.25, psi, 'linear', scores)).toBe(0.5);
    });
    it('throws on bad score thresholds', () => {
        expect(() => (0, mapping_1.scoreValue)(0.1, psi, 'linear', { warning: 0.5, critical: 0.5 })).toThrow('scoreValue: score thresholds need 0 ≤ critical < warning < 1');
    });
    const thresholdsArb = fast_check_1.default
        .record({
        a: fast_check_1.default.double({ min: -100, max: 100, noNaN: true }),
        band: fast_check_1.default.double({ min: 0, max: 50, noNaN: true }),
        gap: fast_check_1.default.double({ min: 1e-6, max: 50, noNaN: true }),
        higher: fast_check_1.default.boolean(),
        withBaseline: fast_check_1.default.boolean(),
    })
        .map(({ a, band, gap, higher, withBaseline }) => {
        const s = higher ? 1 : -1;
        const t = {
            warning: a,
            critical: a + s * band,
            direction: higher ? 'higher_is_worse' : 'lower_is_worse',
        };
        return withBaseline ? { ...t, baseline: a - s * gap } : t;
    });
    const scoresArb = fast_check_1.default
        .tuple(fast_check_1.default.double({ min: 0, max: 0.98, noNaN: true }), fast_check_1.default.double({ min: 0.001, max: 0.999, noNaN: true }))
        .map(([c, f]) => ({ critical: c, warning: c + (1 - c) * f }))
        .filter((t) => t.critical < t.warning && t.warning < 1);
    const valueArb = fast_check_1.default.double({ min: -300, max: 300, noNaN: true });
    it('agrees with statusFromValue through statusFromScore, for both mappings (property)', () => {
        fast_check_1.default.assert(fast_check_1.default.property(thresholdsArb, scoresArb, valueArb, fast_check_1.default.boolean(), (t, st, v, linear) => {
            const score = (0, mapping_1.scoreValue)(v, t, linear ? 'linear' : 'step', st);
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(1);
            expect((0, thresholds_1.statusFromScore)(score, st)).toBe((0, thresholds_1.statusFromValue)(v, t));
        }), { numRuns: 2000 });
    });
    it('never rises as the value gets worse (property)', () => {
        fast_check_1.default.assert(fast_check_1.default.property(thresholdsArb, scoresArb, valueArb, valueArb, (t, st, v1, v2) => {
            const better = t.direction === 'higher_is_worse' ? Math.min(v1, v2) : Math.max(v1, v2);
            const worse = t.direction === 'higher_is_worse' ? Math.max(v1, v2) : Math.min(v1, v2);
            expect((0, mapping_1.scoreValue)(worse, t, 'linear', st)).toBeLessThanOrEqual((0, mapping_1.scoreValue)(better, t, 'linear', st));
            expect((0, status_1.severity)((0, thresholds_1.statusFromValue)(worse, t))).toBeGreaterThanOrEqual((0, status_1.severity)((0, thresholds_1.statusFromValue)(better, t)));
        }), { numRuns: 2000 });
    });
    it('agrees with the status right below a threshold, where rounding could land on the band edge', () => {
        // Found by search: the plain interpolation gives exactly 0.5 (critical) for this warning value.
        const t = {
            warning: 0.3459151366955471,
            critical: 1.9929971269682123,
            direction: 'higher_is_worse',
        };
        const below = 1.992997126968212;
        const raw = 0.75 - (0.25 * (below - t.warning)) / (t.critical - t.warning);
        expect(raw).toBe(0.5);
        expect((0, thresholds_1.statusFromValue)(below, t)).toBe('warning');
        expect((0, mapping_1.scoreValue)(below, t, 'linear', scores)).toBeGreaterThan(0.5);
        expect((0, thresholds_1.statusFromScore)((0, mapping_1.scoreValue)(below, t, 'linear', scores), scores)).toBe('warning');
    });
});
//# sourceMappingURL=mapping.test.js.map