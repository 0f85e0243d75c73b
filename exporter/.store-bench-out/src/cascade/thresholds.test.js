"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const thresholds_1 = require("./thresholds");
const psi = { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' };
const accuracy = { warning: 0.9, critical: 0.8, direction: 'lower_is_worse' };
const scores = { warning: 0.75, critical: 0.5 };
describe('statusFromValue', () => {
    it.each([
        [0.05, 'ok'],
        [0.1, 'warning'],
        [0.2499, 'warning'],
        [0.25, 'critical'],
        [3, 'critical'],
        [-1, 'ok'],
    ])('higher_is_worse: %p is %s (bounds inclusive on the worse side)', (value, status) => {
        expect((0, thresholds_1.statusFromValue)(value, psi)).toBe(status);
    });
    it.each([
        [0.95, 'ok'],
        [0.9, 'warning'],
        [0.85, 'warning'],
        [0.8, 'critical'],
        [0.1, 'critical'],
    ])('lower_is_worse: %p is %s', (value, status) => {
        expect((0, thresholds_1.statusFromValue)(value, accuracy)).toBe(status);
    });
    it('has no warning band when warning equals critical', () => {
        const t = { warning: 5, critical: 5, direction: 'higher_is_worse' };
        expect((0, thresholds_1.statusFromValue)(4.99, t)).toBe('ok');
        expect((0, thresholds_1.statusFromValue)(5, t)).toBe('critical');
    });
    it('throws naming the value or the thresholds', () => {
        expect(() => (0, thresholds_1.statusFromValue)(Number.NaN, psi)).toThrow('statusFromValue: value NaN is not a finite number');
        expect(() => (0, thresholds_1.statusFromValue)(0.1, { ...psi, critical: 0.05 })).toThrow('statusFromValue: higher_is_worse needs warning ≤ critical, got warning 0.1, critical 0.05');
        expect(() => (0, thresholds_1.statusFromValue)(0.9, { ...accuracy, critical: 0.95 })).toThrow('lower_is_worse needs warning ≥ critical');
    });
});
describe('valueThresholdsProblem', () => {
    it('accepts a baseline on the healthy side and rejects one at or past warning', () => {
        expect((0, thresholds_1.valueThresholdsProblem)({ ...psi, baseline: 0.02 })).toBeNull();
        expect((0, thresholds_1.valueThresholdsProblem)({ ...psi, baseline: 0.1 })).toBe('baseline 0.1 must be strictly on the healthy side of warning 0.1 (higher_is_worse)');
        expect((0, thresholds_1.valueThresholdsProblem)({ ...accuracy, baseline: 0.85 })).toMatch(/baseline 0.85/);
    });
});
describe('statusFromScore', () => {
    it.each([
        [1, 'ok'],
        [0.7500001, 'ok'],
        [0.75, 'warning'],
        [0.5000001, 'warning'],
        [0.5, 'critical'],
        [0, 'critical'],
    ])('score %p is %s', (score, status) => {
        expect((0, thresholds_1.statusFromScore)(score, scores)).toBe(status);
    });
    it('throws on scores outside [0, 1] and on unordered thresholds', () => {
        expect(() => (0, thresholds_1.statusFromScore)(1.2, scores)).toThrow('statusFromScore: score 1.2 is not in [0, 1]');
        expect(() => (0, thresholds_1.statusFromScore)(Number.NaN, scores)).toThrow('score NaN is not in [0, 1]');
        expect(() => (0, thresholds_1.statusFromScore)(0.6, { warning: 0.5, critical: 0.75 })).toThrow('statusFromScore: score thresholds need 0 ≤ critical < warning < 1, got warning 0.5, critical 0.75');
        expect(() => (0, thresholds_1.statusFromScore)(0.6, { warning: 1, critical: 0.5 })).toThrow('0 ≤ critical < warning < 1');
    });
});
describe('scoreOfStatus', () => {
    it('is the step score of each status and round-trips through statusFromScore', () => {
        expect((0, thresholds_1.scoreOfStatus)('ok', scores)).toBe(1);
        expect((0, thresholds_1.scoreOfStatus)('warning', scores)).toBe(0.75);
        expect((0, thresholds_1.scoreOfStatus)('critical', scores)).toBe(0.5);
        expect((0, thresholds_1.scoreOfStatus)('unknown', scores)).toBeNull();
        for (const s of ['ok', 'warning', 'critical']) {
            expect((0, thresholds_1.statusFromScore)((0, thresholds_1.scoreOfStatus)(s, scores), scores)).toBe(s);
        }
    });
});
//# sourceMappingURL=thresholds.test.js.map