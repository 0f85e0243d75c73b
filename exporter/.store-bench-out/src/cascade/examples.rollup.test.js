"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluate_1 = require("./evaluate");
const testing_1 = require("./testing");
const accuracyNode = (0, testing_1.base)('acc', {
    signal: { kind: 'estimated_performance', metric: 'accuracy' },
    thresholds: { warning: 0.9, critical: 0.8, direction: 'lower_is_worse' },
});
describe('1. value → score', () => {
    it.each([
        [0.05, 0.875, 'ok', 'PSI 0.05 < warning 0.1'],
        [0.1, 0.75, 'warning', 'PSI 0.1 ≥ warning 0.1'],
        [0.16, 0.65, 'warning', 'PSI 0.16 ≥ warning 0.1'],
        [0.25, 0.5, 'critical', 'PSI 0.25 ≥ critical 0.25'],
        [0.31, 0.3, 'critical', 'PSI 0.31 ≥ critical 0.25'],
        [0.5, 0, 'critical', 'PSI 0.5 ≥ critical 0.25'],
    ])('linear PSI %p → %p %s', (value, score, status, reason) => {
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('x')]), (0, testing_1.inputsOf)({ x: value }), testing_1.NOW), 'x');
        expect(r.score).toBeCloseTo(score, 12);
        expect(r).toMatchObject({ status, reason, value });
    });
    it.each([
        [0.95, 0.875, 'ok', 'estimated accuracy 0.95 > warning 0.9'],
        [0.85, 0.625, 'warning', 'estimated accuracy 0.85 ≤ warning 0.9'],
        [0.76, 0.3, 'critical', 'estimated accuracy 0.76 ≤ critical 0.8'],
    ])('linear lower_is_worse accuracy %p → %p %s', (value, score, status, reason) => {
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([accuracyNode]), (0, testing_1.inputsOf)({ acc: value }), testing_1.NOW), 'acc');
        expect(r.score).toBeCloseTo(score, 12);
        expect(r).toMatchObject({ status, reason });
    });
    it.each([
        [0.05, 1],
        [0.16, 0.75],
        [0.31, 0.5],
    ])('step PSI %p → %p', (value, score) => {
        const spec = (0, testing_1.makeSpec)([(0, testing_1.base)('x', { score_mapping: 'step' })]);
        expect((0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ x: value }), testing_1.NOW), 'x').score).toBe(score);
    });
    it('is fresh at exactly stale_after and unknown one second later', () => {
        const spec = (0, testing_1.makeSpec)([(0, testing_1.base)('x')]);
        expect((0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ x: 0.05 }, { age: 300 }), testing_1.NOW), 'x').status).toBe('ok');
        const stale = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ x: 0.05 }, { age: 301 }), testing_1.NOW), 'x');
        expect(stale).toMatchObject({
            status: 'unknown',
            score: null,
            reason: 'stale: last observed 5.02min ago > stale_after 5min',
        });
    });
});
const abc = [(0, testing_1.base)('a'), (0, testing_1.base)('b'), (0, testing_1.base)('c')];
const abcValues = { a: 0.05, b: 0.16, c: 0.31 };
function evalParent(p, nodes = abc, values = abcValues) {
    return (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([...nodes, p]), (0, testing_1.inputsOf)(values), testing_1.NOW), p.id);
}
describe('2. worst_of', () => {
    it('takes the worst child, which takes the whole deficit', () => {
        const r = evalParent((0, testing_1.parent)('p', ['a', 'b', 'c']));
        expect(r).toMatchObject({ status: 'critical', reason: 'worst child c (critical)' });
        expect(r.score).toBeCloseTo(0.3, 12);
        expect((0, testing_1.sharesOf)(r)).toEqual({ a: 0, b: 0, c: 1 });
    });
    it('splits the deficit between tied children', () => {
        const r = evalParent((0, testing_1.parent)('p', ['a', 'b', 'c']), abc, { a: 0.05, b: 0.31, c: 0.31 });
        expect((0, testing_1.sharesOf)(r)).toEqual({ a: 0, b: 0.5, c: 0.5 });
    });
});
describe('3. weighted_mean', () => {
    it('averages with weights; contributions are each child’s part of the deficit', () => {
        const r = evalParent((0, testing_1.parent)('p', [['a', 2], 'b', 'c'], { rule: 'weighted_mean' }));
        expect(r.score).toBeCloseTo(0.675, 12);
        expect(r).toMatchObject({ status: 'warning', reason: 'weighted mean 0.675; largest share c (54%)' });
        const s = (0, testing_1.sharesOf)(r);
        expect(s.a).toBeCloseTo(0.1923, 4);
        expect(s.b).toBeCloseTo(0.2692, 4);
        expect(s.c).toBeCloseTo(0.5385, 4);
    });
    it('lets a critical child keep the parent at warning although the mean is ok', () => {
        const r = evalParent((0, testing_1.parent)('p', [['a', 3], 'c'], { rule: 'weighted_mean' }), abc, {
            a: 0,
            b: 0,
            c: 0.31,
        });
        expect(r.score).toBeCloseTo(0.825, 12);
        expect(r.status).toBe('warning');
        expect(r.reason).toBe('weighted mean 0.825; largest share c (100%); critical child c keeps it at warning');
    });
});
describe('4. k_of_n', () => {
    it('is the 2nd best child for k = 2, with the failing children sharing the deficit', () => {
        const r = evalParent((0, testing_1.parent)('p', ['a', 'b', 'c'], { rule: 'k_of_n', k: 2 }));
        expect(r).toMatchObject({
            score: 0.65,
            status: 'warning',
            reason: '2 of 3 must be healthy; 2nd best child b (warning)',
        });
        const s = (0, testing_1.sharesOf)(r);
        expect(s.a).toBe(0);
        expect(s.b).toBeCloseTo(1 / 3, 12);
        expect(s.c).toBeCloseTo(2 / 3, 12);
    });
});
describe('5. unknown policies', () => {
    const nodes = [(0, testing_1.base)('a'), (0, testing_1.base)('u'), (0, testing_1.base)('b')];
    const values = { a: 0.05, u: null, b: 0.16 };
    const withPolicy = (policy) => evalParent((0, testing_1.parent)('p', ['a', 'u', 'b'], { rule: 'weighted_mean' }, { unknown_policy: policy }), nodes, values);
    it('propagate: unknown, with an advisory score from the known children', () => {
        const r = withPolicy('propagate');
        expect(r).toMatchObject({ status: 'unknown', reason: 'child u is unknown' });
        expect(r.score).toBeCloseTo(0.7625, 12);
        const s = (0, testing_1.sharesOf)(r);
        expect(s.a).toBeCloseTo(0.2632, 4);
        expect(s.u).toBe(0);
        expect(s.b).toBeCloseTo(0.7368, 4);
    });
    it('ignore: rated on the known children', () => {
        const r = withPolicy('ignore');
        expect(r).toMatchObject({ status: 'ok', reason: 'weighted mean 0.762; largest share b (74%)' });
        expect(r.score).toBeCloseTo(0.7625, 12);
    });
    it('as_critical: the unknown child counts as 0, critical', () => {
        const r = withPolicy('as_critical');
        expect(r.score).toBeCloseTo(0.5083, 4);
        expect(r.status).toBe('warning');
        const s = (0, testing_1.sharesOf)(r);
        expect(s.a).toBeCloseTo(0.0847, 4);
        expect(s.u).toBeCloseTo(0.678, 4);
        expect(s.b).toBeCloseTo(0.2373, 4);
    });
    it('defaults to propagate from spec.defaults', () => {
        const r = evalParent((0, testing_1.parent)('p', ['a', 'u', 'b']), nodes, values);
        expect(r.status).toBe('unknown');
    });
});
//# sourceMappingURL=examples.rollup.test.js.map