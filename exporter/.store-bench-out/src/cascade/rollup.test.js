"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rollup_1 = require("./rollup");
const a = { id: 'a', score: 0.875, status: 'ok', weight: 2 };
const b = { id: 'b', score: 0.65, status: 'warning', weight: 1 };
const c = { id: 'c', score: 0.3, status: 'critical', weight: 1 };
describe('rollupWorstOf', () => {
    it('takes the minimum score and the worst status', () => {
        expect((0, rollup_1.rollupWorstOf)([a, b, c])).toEqual({ score: 0.3, floor: 'critical' });
        expect((0, rollup_1.rollupWorstOf)([a, b])).toEqual({ score: 0.65, floor: 'warning' });
    });
});
describe('rollupWeightedMean', () => {
    it('is Σw·s/Σw', () => {
        const r = (0, rollup_1.rollupWeightedMean)([a, b, c]);
        expect(r.score).toBeCloseTo(0.675, 12);
        expect(r.floor).toBe('warning');
    });
    it('lets a critical child force at least warning, and nothing else', () => {
        expect((0, rollup_1.rollupWeightedMean)([{ ...a, score: 1, weight: 3 }, c])).toEqual({
            score: 0.825,
            floor: 'warning',
        });
        expect((0, rollup_1.rollupWeightedMean)([a, b]).floor).toBe('ok');
    });
    it('throws naming a non-positive weight', () => {
        expect(() => (0, rollup_1.rollupWeightedMean)([a, { ...b, weight: 0 }])).toThrow('rollupWeightedMean: weight 0 of child b is not a positive finite number');
    });
});
describe('rollupKOfN', () => {
    it('takes the k-th best score and the k-th best status', () => {
        expect((0, rollup_1.rollupKOfN)([a, b, c], 2)).toEqual({ score: 0.65, floor: 'warning' });
        expect((0, rollup_1.rollupKOfN)([c, a, b], 1)).toEqual({ score: 0.875, floor: 'ok' });
        expect((0, rollup_1.rollupKOfN)([b, c, a], 3)).toEqual((0, rollup_1.rollupWorstOf)([a, b, c]));
    });
    it('has no rating with fewer than k children, and rejects k < 1', () => {
        expect((0, rollup_1.rollupKOfN)([a], 2)).toBeNull();
        expect(() => (0, rollup_1.rollupKOfN)([a], 0)).toThrow('rollupKOfN: k 0 is not an integer ≥ 1');
        expect(() => (0, rollup_1.rollupKOfN)([a], 1.5)).toThrow('rollupKOfN: k 1.5 is not an integer ≥ 1');
    });
});
describe('rollup', () => {
    it('dispatches on the rule and has no rating for no children', () => {
        expect((0, rollup_1.rollup)({ rule: 'worst_of' }, [a, c])?.score).toBe(0.3);
        expect((0, rollup_1.rollup)({ rule: 'k_of_n', k: 1 }, [a, c])?.score).toBe(0.875);
        expect((0, rollup_1.rollup)({ rule: 'weighted_mean' }, [])).toBeNull();
    });
});
//# sourceMappingURL=rollup.test.js.map