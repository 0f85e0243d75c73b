"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluate_1 = require("./evaluate");
const scenario_1 = require("./scenario");
const testing_1 = require("./testing");
const testingFraud_1 = require("./testingFraud");
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
/** A plain, comparable copy of inputs (Maps cannot be frozen, so they are compared instead). */
function plain(inputs) {
    return {
        observations: [...inputs.observations.entries()].map(([k, v]) => [k, { ...v }]),
        exposures: [...inputs.exposures.entries()],
        modelAges: [...inputs.modelAges.entries()],
        referenceAges: [...inputs.referenceAges.entries()],
        overrides: inputs.overrides === undefined ? undefined : [...inputs.overrides.entries()],
    };
}
const ALL_KINDS = [
    { node: 'fraud.drift.input.amount', value: 0.31 },
    { node: 'fraud.serving', score: 0.4 },
    { node: 'fraud.age', status: 'warning' },
    { fail_source: 'prom' },
    { fail_feature: { model: 'fraud', feature: 'country' } },
    { age_model: { model: 'fraud', days: 90 } },
    { scale_exposure: { factor: 3 } },
    { set_exposure: { node: 'compliance_exposure', value: 1000 } },
];
describe('applyScenario', () => {
    it('never mutates the spec or the inputs, for every kind of change, in both failure modes', () => {
        const spec = deepFreeze((0, testingFraud_1.fraudSpec)());
        const inputs = (0, testingFraud_1.fraudInputs)();
        for (const o of inputs.observations.values())
            deepFreeze(o);
        const before = plain(inputs);
        const specBefore = structuredClone(spec);
        for (const failure of ['unknown', 'worst_case']) {
            (0, scenario_1.evaluateScenario)(spec, inputs, ALL_KINDS, testing_1.NOW, { failure });
        }
        expect(plain(inputs)).toEqual(before);
        expect(spec).toEqual(specBefore);
    });
    it('sets a base value as fresh data and evaluates it normally', () => {
        const stale = (0, testingFraud_1.fraudInputs)();
        const snapshot = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), stale, [{ node: 'fraud.drift.input.amount', value: 0.31 }], testing_1.NOW);
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.drift.input.amount')).toMatchObject({
            status: 'critical',
            value: 0.31,
            reason: 'PSI 0.31 ≥ critical 0.25 (scenario)',
        });
        expect((0, testing_1.nodeOf)(snapshot, 'revenue_assurance').status).toBe('critical');
        expect((0, testing_1.nodeOf)(snapshot, 'revenue_assurance').impact?.value).toBeCloseTo(10000 * 0.2 * 0.7, 9);
    });
    it('fixes a parent’s score; its own children no longer matter and its parents read it', () => {
        const snapshot = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ node: 'fraud.serving', score: 0.4 }], testing_1.NOW);
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.serving')).toMatchObject({
            score: 0.4,
            status: 'critical',
            contributions: [],
            reason: 'scenario: score set to 0.4',
        });
        expect((0, testing_1.nodeOf)(snapshot, 'fraud')).toMatchObject({
            score: 0.4,
            reason: 'worst child fraud.serving (critical)',
        });
    });
    it('sets a status with its step score, unknown included', () => {
        const warn = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ node: 'fraud.age', status: 'warning' }], testing_1.NOW);
        expect((0, testing_1.nodeOf)(warn, 'fraud.age')).toMatchObject({
            score: 0.75,
            status: 'warning',
            reason: 'scenario: status set to warning',
        });
        const gone = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ node: 'fraud.age', status: 'unknown' }], testing_1.NOW);
        expect((0, testing_1.nodeOf)(gone, 'fraud.age').score).toBeNull();
        expect((0, testing_1.nodeOf)(gone, 'fraud')).toMatchObject({ status: 'unknown', reason: 'child fraud.age is unknown' });
    });
    it('fails a source: its nodes lose their value and its exposures their reading', () => {
        const applied = (0, scenario_1.applyScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ fail_source: 'prom' }]);
        expect(applied.inputs.observations.get('fraud.serving.p99')).toEqual({
            node: 'fraud.serving.p99',
            value: null,
            observedAt: testing_1.NOW - 10,
            reason: 'scenario: source prom failed',
        });
        expect(applied.inputs.exposures.get('revenue_assurance')).toBeNull();
        const snapshot = (0, evaluate_1.evaluateCascade)(applied.spec, applied.inputs, testing_1.NOW);
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.serving.p99')).toMatchObject({
            status: 'unknown',
            reason: 'no value: scenario: source prom failed',
        });
        expect((0, testing_1.nodeOf)(snapshot, 'revenue_assurance')).toMatchObject({ status: 'unknown', impact: null });
        expect(applied.notes).toEqual([]);
    });
    it('prices a failure in worst_case mode: failed nodes score 0, exposures keep their reading', () => {
        const snapshot = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ fail_source: 'prom' }], testing_1.NOW, {
            failure: 'worst_case',
        });
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.serving.p99')).toMatchObject({ score: 0, status: 'critical' });
        expect((0, testing_1.nodeOf)(snapshot, 'revenue_assurance').impact?.value).toBeCloseTo(2000, 9);
    });
    it('fails a feature: the drift and completeness nodes on it, nothing else', () => {
        const snapshot = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ fail_feature: { model: 'fraud', feature: 'amount' } }], testing_1.NOW);
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.drift.input.amount').status).toBe('unknown');
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.quality.missing.amount').reason).toBe('no value: scenario: feature amount of fraud failed');
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.drift.input.country').status).toBe('ok');
    });
    it('ages a model: its age nodes, ages and trained_at move together', () => {
        const applied = (0, scenario_1.applyScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ age_model: { model: 'fraud', days: 90 } }]);
        expect(applied.inputs.modelAges.get('fraud')).toBe(130 * testing_1.DAY);
        expect(applied.spec.models[0].trained_at).toBe(testing_1.NOW - 130 * testing_1.DAY);
        expect(applied.inputs.observations.get('fraud.age')?.value).toBe(130 * testing_1.DAY);
        const snapshot = (0, evaluate_1.evaluateCascade)(applied.spec, applied.inputs, testing_1.NOW);
        expect((0, testing_1.nodeOf)(snapshot, 'fraud.age')).toMatchObject({
            status: 'critical',
            reason: 'model age 130d ≥ critical 120d',
        });
    });
    it('scales read and constant exposures, and sets one, in order', () => {
        const worse = { 'fraud.drift.input.amount': 0.31, 'fraud.quality.missing.amount': 0.3 };
        const live = (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(worse), testing_1.NOW);
        const peak = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(worse), [{ scale_exposure: { factor: 3 } }], testing_1.NOW);
        for (const id of ['revenue_assurance', 'compliance_exposure']) {
            expect((0, testing_1.nodeOf)(peak, id).impact?.value).toBeCloseTo(3 * (0, testing_1.nodeOf)(live, id).impact?.value, 9);
        }
        const set = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(worse), [
            { set_exposure: { node: 'revenue_assurance', value: 500 } },
            { scale_exposure: { node: 'revenue_assurance', factor: 2 } },
        ], testing_1.NOW);
        expect((0, testing_1.nodeOf)(set, 'revenue_assurance').impact?.exposure).toBe(1000);
    });
    it('notes changes that affect nothing', () => {
        expect((0, scenario_1.applyScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ fail_source: 'unused' }]).notes).toEqual([
            'fail_source unused: no node reads it',
        ]);
    });
    it.each([
        [{ node: 'nope', value: 1 }, 'applyScenario: change 0 {"node":"nope","value":1}: unknown node nope'],
        [{ node: 'fraud', value: 1 }, 'node fraud is not a base node, set its score or status instead'],
        [{ node: 'fraud', score: 2 }, 'score 2 is not in [0, 1]'],
        [{ fail_source: 'elsewhere' }, 'unknown source elsewhere'],
        [{ fail_feature: { model: 'fraud', feature: 'zip' } }, 'model fraud has no feature zip'],
        [{ age_model: { model: 'recsys', days: 1 } }, 'unknown model recsys'],
        [{ age_model: { model: 'fraud', days: -1 } }, 'days -1 must be a non-negative number'],
        [{ scale_exposure: { factor: -2 } }, 'factor -2 must be a non-negative number'],
        [{ scale_exposure: { node: 'fraud', factor: 2 } }, 'node fraud has no impact model'],
        [
            { set_exposure: { node: 'revenue_assurance', value: Number.NaN } },
            'exposure NaN must be a non-negative number',
        ],
    ])('rejects %j', (change, message) => {
        expect(() => (0, scenario_1.applyScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [change])).toThrow(message);
    });
    it('names the index of the failing change', () => {
        expect(() => (0, scenario_1.applyScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ fail_source: 'prom' }, { fail_source: 'x' }])).toThrow('applyScenario: change 1 {"fail_source":"x"}: unknown source x');
    });
});
//# sourceMappingURL=scenario.test.js.map