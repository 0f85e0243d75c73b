"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const contributions_1 = require("./contributions");
const a = { id: 'a', score: 0.875, status: 'ok', weight: 2 };
const b = { id: 'b', score: 0.65, status: 'warning', weight: 1 };
const c = { id: 'c', score: 0.3, status: 'critical', weight: 1 };
const ids = ['a', 'b', 'c'];
const shares = (list) => Object.fromEntries(list.map((x) => [x.child, x.share]));
describe('contributions', () => {
    it('weighted_mean: wᵢ(1−sᵢ)/Σ wⱼ(1−sⱼ)', () => {
        const s = shares((0, contributions_1.contributions)({ rule: 'weighted_mean' }, [a, b, c], ids, 0.675));
        expect(s.a).toBeCloseTo(0.25 / 1.3, 12);
        expect(s.b).toBeCloseTo(0.35 / 1.3, 12);
        expect(s.c).toBeCloseTo(0.7 / 1.3, 12);
    });
    it('worst_of: the worst child takes it all; ties share equally', () => {
        expect(shares((0, contributions_1.contributions)({ rule: 'worst_of' }, [a, b, c], ids, 0.3))).toEqual({ a: 0, b: 0, c: 1 });
        const tie = shares((0, contributions_1.contributions)({ rule: 'worst_of' }, [a, { ...b, score: 0.3 }, c], ids, 0.3));
        expect(tie).toEqual({ a: 0, b: 0.5, c: 0.5 });
    });
    it('k_of_n: the children at or below the k-th best score, in proportion to their deficits', () => {
        const s = shares((0, contributions_1.contributions)({ rule: 'k_of_n', k: 2 }, [a, b, c], ids, 0.65));
        expect(s.a).toBe(0);
        expect(s.b).toBeCloseTo(1 / 3, 12);
        expect(s.c).toBeCloseTo(2 / 3, 12);
    });
    it('k_of_n with k = n is worst_of', () => {
        expect((0, contributions_1.contributions)({ rule: 'k_of_n', k: 3 }, [a, b, c], ids, 0.3)).toEqual((0, contributions_1.contributions)({ rule: 'worst_of' }, [a, b, c], ids, 0.3));
    });
    it('gives 0 to children that were not rated (unknown under propagate or ignore)', () => {
        expect(shares((0, contributions_1.contributions)({ rule: 'worst_of' }, [a, c], ids, 0.3))).toEqual({ a: 0, b: 0, c: 1 });
    });
    it('is empty for a parent with score 1 or no score', () => {
        const healthy = { ...a, score: 1 };
        expect((0, contributions_1.contributions)({ rule: 'weighted_mean' }, [healthy], ['a'], 1)).toEqual([]);
        expect((0, contributions_1.contributions)({ rule: 'worst_of' }, [], ids, null)).toEqual([]);
    });
});
//# sourceMappingURL=contributions.test.js.map