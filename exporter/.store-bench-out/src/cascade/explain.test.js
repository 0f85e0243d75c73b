"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const evaluate_1 = require("./evaluate");
const explain_1 = require("./explain");
const scenario_1 = require("./scenario");
const testing_1 = require("./testing");
const testingFraud_1 = require("./testingFraud");
const drifted = () => (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)({ 'fraud.drift.input.amount': 0.31 }), testing_1.NOW);
describe('topCause', () => {
    it('follows the largest contribution down to a base node', () => {
        expect((0, explain_1.topCause)(drifted(), 'revenue_assurance')).toEqual([
            'revenue_assurance',
            'fraud',
            'fraud.drift.input',
            'fraud.drift.input.amount',
        ]);
    });
    it('follows the first unknown child of an unknown node', () => {
        const snapshot = (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)({ 'fraud.serving.p99': null }), testing_1.NOW);
        expect((0, explain_1.topCause)(snapshot, 'revenue_assurance')).toEqual([
            'revenue_assurance',
            'fraud',
            'fraud.serving',
            'fraud.serving.p99',
        ]);
    });
    it('stops at a healthy node and at a node fixed by a scenario', () => {
        const healthy = (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)({ 'fraud.drift.input.amount': 0, 'fraud.drift.input.country': 0 }), testing_1.NOW);
        expect((0, explain_1.topCause)(healthy, 'fraud.drift.input')).toEqual(['fraud.drift.input']);
        const fixed = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ node: 'fraud.serving', status: 'critical' }], testing_1.NOW);
        expect((0, explain_1.topCause)(fixed, 'revenue_assurance')).toEqual(['revenue_assurance', 'fraud', 'fraud.serving']);
    });
    it('throws for a node that is not in the snapshot', () => {
        expect(() => (0, explain_1.topCause)(drifted(), 'nope')).toThrow('topCause: node nope is not in the snapshot');
    });
});
describe('explainNode', () => {
    it('names the component, the feature and the statistic', () => {
        expect((0, explain_1.explainNode)(drifted(), 'revenue_assurance', (0, testingFraud_1.fraudSpec)())).toBe('revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31');
        expect((0, explain_1.explainNode)(drifted(), 'fraud.drift.input', (0, testingFraud_1.fraudSpec)())).toBe('fraud.drift.input → critical: feature amount, PSI 0.31');
    });
    it('gives a base node its own reason', () => {
        expect((0, explain_1.explainNode)(drifted(), 'fraud.drift.input.amount', (0, testingFraud_1.fraudSpec)())).toBe('fraud.drift.input.amount → critical: PSI 0.31 ≥ critical 0.25');
    });
    it('names the base node for signals without a feature, in the node’s unit', () => {
        const slow = (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)({ 'fraud.serving.p99': 1.4 }), testing_1.NOW);
        expect((0, explain_1.explainNode)(slow, 'revenue_assurance', (0, testingFraud_1.fraudSpec)())).toBe('revenue_assurance → critical: fraud.serving, fraud.serving.p99, value 1.4s');
    });
    it('says why an unknown root cause is unknown', () => {
        const snapshot = (0, scenario_1.evaluateScenario)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)(), [{ fail_source: 'prom' }], testing_1.NOW);
        expect((0, explain_1.explainNode)(snapshot, 'revenue_assurance', (0, testingFraud_1.fraudSpec)())).toBe('revenue_assurance → unknown: fraud.serving, fraud.serving.p99: no value: scenario: source prom failed');
    });
    it('explains a healthy node by its reason', () => {
        const healthy = (0, evaluate_1.evaluateCascade)((0, testingFraud_1.fraudSpec)(), (0, testingFraud_1.fraudInputs)({ 'fraud.drift.input.amount': 0, 'fraud.drift.input.country': 0 }), testing_1.NOW);
        expect((0, explain_1.explainNode)(healthy, 'fraud.drift.input', (0, testingFraud_1.fraudSpec)())).toBe('fraud.drift.input → ok: worst child fraud.drift.input.amount (ok)');
    });
});
//# sourceMappingURL=explain.test.js.map