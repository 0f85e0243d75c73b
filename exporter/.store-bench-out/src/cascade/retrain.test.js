"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluate_1 = require("./evaluate");
const retrain_1 = require("./retrain");
const testing_1 = require("./testing");
describe('meetsTrigger', () => {
    it('is at-or-worse among known statuses; unknown never meets it', () => {
        expect((0, retrain_1.meetsTrigger)('critical', 'warning')).toBe(true);
        expect((0, retrain_1.meetsTrigger)('warning', 'warning')).toBe(true);
        expect((0, retrain_1.meetsTrigger)('warning', 'critical')).toBe(false);
        expect((0, retrain_1.meetsTrigger)('ok', 'warning')).toBe(false);
        expect((0, retrain_1.meetsTrigger)('unknown', 'warning')).toBe(false);
    });
});
describe('retraining triggers in a cascade', () => {
    const spec = (0, testing_1.makeSpec)([
        (0, testing_1.base)('f', { model: 'fraud' }),
        (0, testing_1.base)('r', { model: 'recsys' }),
        (0, testing_1.base)('q', { model: 'ranker' }),
        (0, testing_1.parent)('customer_impact', ['f', 'r', 'q'], { rule: 'worst_of' }, { tier: 'business', retrain_trigger: { status: 'warning' } }),
    ], { models: [(0, testing_1.model)('fraud'), (0, testing_1.model)('recsys'), (0, testing_1.model)('ranker')] });
    it('recommends retraining only the degraded models beneath a cross-model node', () => {
        const s = (0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ f: 0.31, r: 0.02, q: 0.12 }), testing_1.NOW);
        expect(s.retrainRecommended).toEqual({ fraud: true, recsys: false, ranker: true });
        expect(s.retrainTriggers).toEqual([
            { node: 'customer_impact', condition: true, since: testing_1.NOW, holds: true, models: ['fraud', 'ranker'] },
        ]);
    });
    it('never triggers on unknown', () => {
        const s = (0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ f: null, r: 0.02, q: 0.02 }), testing_1.NOW);
        expect(s.retrainTriggers?.[0]).toMatchObject({ condition: false, holds: false, since: null });
        expect(s.retrainRecommended).toEqual({ fraud: false, recsys: false, ranker: false });
    });
    it('waits for `for` with the since map kept by the caller, and resets when the condition ends', () => {
        const slow = (0, testing_1.makeSpec)([
            (0, testing_1.base)('f', { model: 'fraud' }),
            (0, testing_1.parent)('fd', ['f'], { rule: 'worst_of' }, { model: 'fraud', retrain_trigger: { status: 'critical', for: 600 } }),
        ]);
        const at = (t, value, since) => (0, evaluate_1.evaluateCascade)(slow, { ...(0, testing_1.inputsOf)({ f: value }, { age: testing_1.NOW - t }), triggerSince: since }, t);
        const s0 = at(testing_1.NOW, 0.31, new Map());
        const s1 = at(testing_1.NOW + 300, 0.31, (0, retrain_1.nextTriggerSince)(s0));
        const s2 = at(testing_1.NOW + 600, 0.31, (0, retrain_1.nextTriggerSince)(s1));
        expect([s0, s1, s2].map((s) => s.retrainRecommended.fraud)).toEqual([false, false, true]);
        expect(s2.retrainTriggers?.[0].since).toBe(testing_1.NOW);
        const s3 = at(testing_1.NOW + 900, 0.05, (0, retrain_1.nextTriggerSince)(s2));
        expect((0, retrain_1.nextTriggerSince)(s3)).toEqual(new Map());
    });
});
//# sourceMappingURL=retrain.test.js.map