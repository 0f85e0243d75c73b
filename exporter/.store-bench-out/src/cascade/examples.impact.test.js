"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluate_1 = require("./evaluate");
const retrain_1 = require("./retrain");
const testing_1 = require("./testing");
describe('6. impact', () => {
    const business = (loss) => (0, testing_1.parent)('r', ['x'], { rule: 'worst_of' }, {
        tier: 'business',
        impact: { measure: 'revenue_at_risk', unit: 'USD/hour', exposure: { constant: 10000 }, loss },
    });
    const impactAt = (loss, psi) => (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('x'), business(loss)]), (0, testing_1.inputsOf)({ x: psi }), testing_1.NOW), 'r').impact
        ?.value;
    it('linear max_loss 0.2 at score 0.3 (PSI 0.31) → 1400', () => {
        expect(impactAt({ kind: 'linear', max_loss: 0.2 }, 0.31)).toBeCloseTo(1400, 9);
    });
    it('step → 2000 at 0.3, 500 at 0.65, 0 at 0.75', () => {
        const step = {
            kind: 'step',
            steps: [
                { below: 0.5, loss: 0.2 },
                { below: 0.75, loss: 0.05 },
            ],
        };
        expect(impactAt(step, 0.31)).toBeCloseTo(2000, 9);
        expect(impactAt(step, 0.16)).toBeCloseTo(500, 9);
        expect(impactAt(step, 0.1)).toBe(0);
    });
    it('piecewise → 2600 at 0.3, 500 at 0.75', () => {
        const pw = {
            kind: 'piecewise',
            points: [
                [0, 0.5],
                [0.5, 0.1],
                [1, 0],
            ],
        };
        expect(impactAt(pw, 0.31)).toBeCloseTo(2600, 9);
        expect(impactAt(pw, 0.1)).toBeCloseTo(500, 9);
    });
    it('an exposure read from a source without a reading gives no amount', () => {
        const r = (0, testing_1.parent)('r', ['x'], { rule: 'worst_of' }, {
            tier: 'business',
            impact: {
                measure: 'revenue_at_risk',
                unit: 'USD/hour',
                exposure: { source: 'prom', query: 'q' },
                loss: { kind: 'linear', max_loss: 0.2 },
            },
        });
        const out = (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('x'), r]), (0, testing_1.inputsOf)({ x: 0.31 }), testing_1.NOW), 'r');
        expect(out.impact).toBeNull();
        expect(out.impactUnknown?.reason).toBe('no exposure reading for r');
    });
});
describe('7. decay', () => {
    const decayed = (ageDays) => {
        const p = (0, testing_1.parent)('p', ['a'], { rule: 'worst_of' }, {
            model: 'fraud',
            decay: { of: 'model', grace: 30 * testing_1.DAY, half_life: 30 * testing_1.DAY, floor: 0.2 },
        });
        const inputs = (0, testing_1.inputsOf)({ a: 0.05 }, { modelAges: new Map([['fraud', ageDays * testing_1.DAY]]) });
        return (0, testing_1.nodeOf)((0, evaluate_1.evaluateCascade)((0, testing_1.makeSpec)([(0, testing_1.base)('a'), p]), inputs, testing_1.NOW), 'p');
    };
    it('20 d: no decay', () => expect(decayed(20)).toMatchObject({ score: 0.875, status: 'ok', decay: 1 }));
    it('45 d: ×0.7071 → 0.6187 warning', () => {
        expect(decayed(45).score).toBeCloseTo(0.6187, 4);
        expect(decayed(45).status).toBe('warning');
    });
    it('60 d: ×0.5 → 0.4375 critical', () => {
        expect(decayed(60)).toMatchObject({
            score: 0.4375,
            status: 'critical',
            decay: 0.5,
            reason: 'worst child a (ok); decay ×0.5 (model age 60d, grace 30d)',
        });
    });
    it('200 d: the floor, ×0.2 → 0.175', () => expect(decayed(200).score).toBeCloseTo(0.175, 12));
});
describe('8. retraining', () => {
    it('holds once the condition has lasted `for` seconds', () => {
        const drift = (0, testing_1.parent)('fraud.drift', ['a'], { rule: 'worst_of' }, {
            model: 'fraud',
            retrain_trigger: { status: 'critical', for: 3600 },
        });
        const spec = (0, testing_1.makeSpec)([(0, testing_1.base)('a', { model: 'fraud' }), drift], { models: [(0, testing_1.model)('fraud')] });
        const first = (0, evaluate_1.evaluateCascade)(spec, (0, testing_1.inputsOf)({ a: 0.31 }), testing_1.NOW);
        expect(first.retrainRecommended).toEqual({ fraud: false });
        expect(first.retrainTriggers).toEqual([
            { node: 'fraud.drift', condition: true, since: testing_1.NOW, holds: false, models: ['fraud'] },
        ]);
        const later = { ...(0, testing_1.inputsOf)({ a: 0.31 }, { age: 10 - 3600 }), triggerSince: (0, retrain_1.nextTriggerSince)(first) };
        expect((0, evaluate_1.evaluateCascade)(spec, later, testing_1.NOW + 3600).retrainRecommended).toEqual({ fraud: true });
    });
});
//# sourceMappingURL=examples.impact.test.js.map