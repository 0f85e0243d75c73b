"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decay_1 = require("./decay");
const testing_1 = require("./testing");
const decay = { of: 'model', grace: 30 * testing_1.DAY, half_life: 30 * testing_1.DAY, floor: 0.2 };
const scores = { warning: 0.75, critical: 0.5 };
const healthy = {
    id: 'n',
    tier: 'component',
    model: 'fraud',
    score: 0.875,
    status: 'ok',
    value: null,
    thresholds: scores,
    contributions: [],
    impact: null,
    decay: 1,
    reason: 'worst child a (ok)',
    updatedAt: testing_1.NOW,
};
describe('decayFactor', () => {
    it.each([
        [0, 1],
        [20 * testing_1.DAY, 1],
        [30 * testing_1.DAY, 1],
        [45 * testing_1.DAY, Math.SQRT1_2],
        [60 * testing_1.DAY, 0.5],
        [200 * testing_1.DAY, 0.2],
    ])('age %p s gives factor %p', (age, factor) => {
        expect((0, decay_1.decayFactor)(age, decay)).toBeCloseTo(factor, 12);
    });
    it('throws naming a bad age or spec', () => {
        expect(() => (0, decay_1.decayFactor)(Number.NaN, decay)).toThrow('decayFactor: age NaN is not a number');
        expect(() => (0, decay_1.decayFactor)(1, { ...decay, half_life: 0 })).toThrow('decayFactor: half_life 0 must be > 0');
        expect(() => (0, decay_1.decayFactor)(1, { ...decay, floor: 1.5 })).toThrow('floor 1.5 must be in [0, 1]');
    });
});
describe('applyDecay', () => {
    it('multiplies the score and worsens the status when the decayed score says so', () => {
        const r = (0, decay_1.applyDecay)(healthy, decay, 60 * testing_1.DAY, scores);
        expect(r.score).toBeCloseTo(0.4375, 12);
        expect(r.status).toBe('critical');
        expect(r.decay).toBe(0.5);
        expect(r.reason).toBe('worst child a (ok); decay ×0.5 (model age 60d, grace 30d)');
    });
    it('never improves a status: a warning node with a barely decayed score stays warning', () => {
        const warning = { ...healthy, score: 0.9, status: 'warning' };
        expect((0, decay_1.applyDecay)(warning, decay, 31 * testing_1.DAY, scores).status).toBe('warning');
    });
    it('leaves unknown nodes and young ages alone', () => {
        const unknown = { ...healthy, score: null, status: 'unknown' };
        expect((0, decay_1.applyDecay)(unknown, decay, 90 * testing_1.DAY, scores)).toBe(unknown);
        expect((0, decay_1.applyDecay)(healthy, decay, 10 * testing_1.DAY, scores)).toBe(healthy);
    });
    it('makes the node unknown when the age cannot be known', () => {
        const r = (0, decay_1.applyDecay)(healthy, decay, null, scores);
        expect(r.status).toBe('unknown');
        expect(r.score).toBeNull();
        expect(r.reason).toBe('worst child a (ok); model age unknown, decay cannot be applied');
    });
});
describe('decayAge', () => {
    const spec = (0, testing_1.makeSpec)([], {
        models: [
            (0, testing_1.model)('fraud', { trained_at: testing_1.NOW - 50 * testing_1.DAY, reference_taken_at: testing_1.NOW - 70 * testing_1.DAY }),
            (0, testing_1.model)('recsys'),
        ],
    });
    it('prefers inputs, then the spec timestamps', () => {
        const inputs = (0, testing_1.inputsOf)({}, { modelAges: new Map([['fraud', 7 * testing_1.DAY]]) });
        expect((0, decay_1.decayAge)('model', ['fraud'], null, spec, inputs, testing_1.NOW)).toBe(7 * testing_1.DAY);
        expect((0, decay_1.decayAge)('model', ['fraud'], null, spec, (0, testing_1.inputsOf)({}), testing_1.NOW)).toBe(50 * testing_1.DAY);
        expect((0, decay_1.decayAge)('reference', ['fraud'], null, spec, (0, testing_1.inputsOf)({}), testing_1.NOW)).toBe(70 * testing_1.DAY);
    });
    it('takes the oldest model for a node spanning models, and is unknown if one age is', () => {
        const inputs = (0, testing_1.inputsOf)({}, { modelAges: new Map([['recsys', 90 * testing_1.DAY]]) });
        expect((0, decay_1.decayAge)('model', ['fraud', 'recsys'], null, spec, inputs, testing_1.NOW)).toBe(90 * testing_1.DAY);
        expect((0, decay_1.decayAge)('model', ['fraud', 'recsys'], null, spec, (0, testing_1.inputsOf)({}), testing_1.NOW)).toBeNull();
        expect((0, decay_1.decayAge)('model', [], null, spec, (0, testing_1.inputsOf)({}), testing_1.NOW)).toBeNull();
    });
    it('reads data age as given, clamping clock skew to 0', () => {
        expect((0, decay_1.decayAge)('data', [], 120, spec, (0, testing_1.inputsOf)({}), testing_1.NOW)).toBe(120);
        expect((0, decay_1.decayAge)('data', [], -5, spec, (0, testing_1.inputsOf)({}), testing_1.NOW)).toBe(0);
        expect((0, decay_1.decayAge)('data', [], null, spec, (0, testing_1.inputsOf)({}), testing_1.NOW)).toBeNull();
    });
});
//# sourceMappingURL=decay.test.js.map