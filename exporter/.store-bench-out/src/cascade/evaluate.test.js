"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluate_1 = require("./evaluate");
const testing_1 = require("./testing");
const testingFraud_1 = require("./testingFraud");
describe('evaluateCascade: base nodes', () => {
    const spec = (0, testing_1.makeSpec)([(0, testing_1.base)('x')]);
    const reasonFor = (observations) => (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(spec, { ...(0, testing_1.inputsOf)({}), observations }, testing_1.NOW), 'x');
    it.each([
        ['no observation', new Map()],
        ['no value', new Map([['x', { node: 'x', value: null, observedAt: testing_1.NOW }]])],
        [
            'no value: 12 events < 30 needed',
            new Map([['x', { node: 'x', value: null, observedAt: testing_1.NOW, reason: '12 events < 30 needed' }]]),
        ],
        ['value NaN is not a finite number', new Map([['x', { node: 'x', value: Number.NaN, observedAt: testing_1.NOW }]])],
        ['never observed', new Map([['x', { node: 'x', value: 0.05, observedAt: null }]])],
    ])('is unknown with score null and reason "%s"', (reason, observations) => {
        expect(reasonFor(observations)).toMatchObject({ status: 'unknown', score: null, reason });
    });
    it('is unknown without thresholds (not yet declared or derived)', () => {
        const bare = (0, testing_1.makeSpec)([(0, testing_1.base)('x', { thresholds: undefined })]);
        expect((0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(bare, (0, testing_1.inputsOf)({ x: 0.05 }), testing_1.NOW), 'x')).toMatchObject({
            status: 'unknown',
            value: 0.05,
            thresholds: null,
            reason: 'no thresholds',
        });
    });
    it('keeps a stale value for context while being unknown', () => {
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ x: 0.31 }, { age: 4000 }), testing_1.NOW), 'x');
        expect(r).toMatchObject({ status: 'unknown', score: null, value: 0.31 });
    });
    it('fills the node fields: tier, model, thresholds, timestamp', () => {
        const s = (0, testing_1.makeSpec)([(0, testing_1.base)('x', { model: 'fraud' })]);
        expect((0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(s, (0, testing_1.inputsOf)({ x: 0.16 }), testing_1.NOW), 'x')).toMatchObject({
            id: 'x',
            tier: 'base',
            model: 'fraud',
            value: 0.16,
            thresholds: { warning: 0.1, critical: 0.25 },
            contributions: [],
            impact: null,
            decay: 1,
            updatedAt: testing_1.NOW,
        });
    });
    it('decays a base node by its data age', () => {
        const s = (0, testing_1.makeSpec)([(0, testing_1.base)('x', { decay: { of: 'data', grace: 60, half_life: 60, floor: 0 } })]);
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)(s, (0, testing_1.inputsOf)({ x: 0.05 }, { age: 180 }), testing_1.NOW), 'x');
        expect(r.decay).toBeCloseTo(0.25, 12);
        expect(r.score).toBeCloseTo(0.875 * 0.25, 12);
        expect(r.status).toBe('critical');
    });
});
describe('evaluateCascade: parents and the DAG', () => {
    it('evaluates a child shared by two parents once and lists nodes in spec order', () => {
        const spec = (0, testing_1.makeSpec)([
            (0, testing_1.parent)('p1', ['shared', 'a']),
            (0, testing_1.parent)('p2', ['shared'], { rule: 'weighted_mean' }),
            (0, testing_1.base)('shared'),
            (0, testing_1.base)('a'),
            (0, testing_1.parent)('top', ['p1', 'p2'], { rule: 'k_of_n', k: 1 }),
        ]);
        const snapshot = (0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ shared: 0.31, a: 0.05 }), testing_1.NOW);
        expect(snapshot.nodes.map((n) => n.id)).toEqual(['p1', 'p2', 'shared', 'a', 'top']);
        expect((0, testing_1.nodeOf)(snapshot, 'p1').score).toBeCloseTo(0.3, 12);
        expect((0, testing_1.nodeOf)(snapshot, 'p2').score).toBeCloseTo(0.3, 12);
        expect(snapshot.edges).toEqual([
            { parent: 'p1', child: 'shared', weight: 1 },
            { parent: 'p1', child: 'a', weight: 1 },
            { parent: 'p2', child: 'shared', weight: 1 },
            { parent: 'top', child: 'p1', weight: 1 },
            { parent: 'top', child: 'p2', weight: 1 },
        ]);
        expect(snapshot.at).toBe(testing_1.NOW);
    });
    it('reads a parent’s status with its own score thresholds when declared', () => {
        const lenient = (0, testing_1.parent)('p', ['a'], { rule: 'weighted_mean' }, {
            thresholds: { warning: 0.4, critical: 0.2, direction: 'lower_is_worse' },
        });
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('a'), lenient]), (0, testing_1.inputsOf)({ a: 0.16 }), testing_1.NOW), 'p');
        expect(r).toMatchObject({ score: 0.65, status: 'ok', thresholds: { warning: 0.4, critical: 0.2 } });
    });
    it('is unknown when k_of_n has fewer than k known children under ignore', () => {
        const p = (0, testing_1.parent)('p', ['a', 'b', 'c'], { rule: 'k_of_n', k: 2 }, { unknown_policy: 'ignore' });
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('a'), (0, testing_1.base)('b'), (0, testing_1.base)('c'), p]), (0, testing_1.inputsOf)({ a: 0.05 }), testing_1.NOW), 'p');
        expect(r).toMatchObject({ status: 'unknown', score: null, reason: '1 of 3 children known, 2 needed' });
    });
    it('decays a parent by the oldest data among its known children', () => {
        const p = (0, testing_1.parent)('p', ['a', 'b'], { rule: 'worst_of' }, { decay: { of: 'data', grace: 100, half_life: 100, floor: 0 } });
        const inputs = (0, testing_1.inputsOf)({ a: 0 });
        const observations = new Map(inputs.observations);
        observations.set('b', { node: 'b', value: 0, observedAt: testing_1.NOW - 200 });
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('a'), (0, testing_1.base)('b'), p]), { ...inputs, observations }, testing_1.NOW), 'p');
        expect(r.decay).toBe(0.5);
        expect(r.score).toBe(0.5);
    });
    it('makes a node with model decay unknown when no model age is known', () => {
        const p = (0, testing_1.parent)('p', ['a'], { rule: 'worst_of' }, { model: 'm', decay: { of: 'model', grace: testing_1.DAY, half_life: testing_1.DAY, floor: 0 } });
        const r = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('a'), p], { models: [(0, testing_1.model)('m')] }), (0, testing_1.inputsOf)({ a: 0 }), testing_1.NOW), 'p');
        expect(r).toMatchObject({
            status: 'unknown',
            score: null,
            reason: 'worst child a (ok); model age unknown, decay cannot be applied',
        });
    });
    it('keeps every model in retrainRecommended, false unless a trigger holds', () => {
        const healthy = (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), testing_1.NOW);
        expect(healthy.retrainRecommended).toEqual({ fraud: false });
        const drifted = (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)({ 'fraud.drift.input.amount': 0.31 }), testing_1.NOW);
        expect(drifted.retrainRecommended).toEqual({ fraud: true });
    });
});
describe('evaluateCascade: refusals', () => {
    it('lists every spec problem at once', () => {
        const bad = (0, testing_1.makeSpec)([
            (0, testing_1.base)('a', { thresholds: { warning: 0.3, critical: 0.1, direction: 'higher_is_worse' } }),
            (0, testing_1.parent)('p', [['a', 0], 'ghost']),
        ]);
        expect(() => (0, evaluate_1.evaluateCascade)(bad, (0, testing_1.inputsOf)({}), testing_1.NOW)).toThrow('evaluateCascade: invalid spec or overrides: /nodes/0/thresholds: higher_is_worse needs warning ≤ critical, got warning 0.3, critical 0.1; ' +
            '/nodes/1/children/0/weight: weight 0 of child a must be a positive finite number; /nodes/1/children/1/node: unknown child ghost');
    });
    it('refuses overrides that do not fit the spec, and a clock that is not a number', () => {
        const spec = (0, testing_1.makeSpec)([(0, testing_1.base)('a'), (0, testing_1.base)('b'), (0, testing_1.parent)('p', ['a', 'b'])]);
        const overrides = new Map([
            ['p', { value: 3 }],
            ['ghost', { score: 0.5 }],
            ['a', { score: 1.5 }],
            ['b', { status: 'red' }],
        ]);
        expect(() => (0, evaluate_1.evaluateCascade)(spec, { ...(0, testing_1.inputsOf)({}), overrides }, testing_1.NOW)).toThrow('node p is not a base node, its value cannot be set; override of unknown node ghost; score 1.5 for a is not in [0, 1]; status red for b is not a status');
        expect(() => (0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({}), Number.NaN)).toThrow('evaluateCascade: now NaN is not a finite number');
    });
});
//# sourceMappingURL=evaluate.test.js.map