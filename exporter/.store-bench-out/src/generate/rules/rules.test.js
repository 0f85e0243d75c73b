"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const context_1 = require("../context");
const spec_1 = require("../__fixtures__/spec");
const _1 = require(".");
const format_1 = require("./format");
const slo_1 = require("./slo");
const types_1 = require("./types");
const alerts = (spec = (0, spec_1.fixtureSpec)()) => (0, _1.generateRules)((0, context_1.buildContext)(spec)).groups.flatMap((g) => g.rules.filter(types_1.isAlertingRule));
describe('generateRules', () => {
    it('names every alert with the Mlhealth prefix in CamelCase', () => {
        for (const rule of alerts())
            expect(rule.alert).toMatch(/^Mlhealth[A-Z][A-Za-z]+$/);
    });
    it('gives every data alert severity, team, escalation, tier, node and model, and the four annotations', () => {
        const rule = alerts().find((r) => r.alert === 'MlhealthNodeCritical' && r.labels.node === 'fraud.drift.amount');
        expect(rule?.labels).toEqual({
            severity: 'critical',
            team: 'ml-fraud',
            escalation: 'fraud',
            tier: 'base',
            node: 'fraud.drift.amount',
            model: 'fraud',
        });
        expect(Object.keys(rule?.annotations ?? {})).toEqual([
            'summary',
            'description',
            'runbook_url',
            'dashboard_url',
        ]);
    });
    it('waits two cadences before firing and keeps firing past the exporter-down wait', () => {
        const latency = alerts().filter((r) => r.labels.node === 'recs.serving.latency' && r.alert === 'MlhealthNodeWarning');
        // cadence 20s; the exporter-down wait is 2 × 15s, so keep_firing_for is max(40s, 90s).
        expect(latency[0]).toMatchObject({ for: '40s', keep_firing_for: '1m30s' });
    });
    it('describes business alerts with the impact and the top contributing child from query templates', () => {
        const rule = alerts().find((r) => r.alert === 'MlhealthBusinessCritical');
        expect(rule?.labels.node).toBe('revenue');
        expect(rule?.annotations.description).toContain('mlhealth_business_impact{node="revenue",measure="revenue_at_risk",instance="%s"}');
        expect(rule?.annotations.description).toContain('topk(1, mlhealth_node_contribution{parent="revenue",instance="%s"})');
    });
    it('emits one retraining alert per model with a trigger and none for the others', () => {
        const retrain = alerts().filter((r) => r.alert === 'MlhealthRetrainRecommended');
        expect(retrain.map((r) => [r.labels.model, r.labels.node])).toEqual([['fraud', 'fraud.drift']]);
    });
    it('is deterministic', () => {
        expect(JSON.stringify((0, _1.generateRules)((0, context_1.buildContext)((0, spec_1.fixtureSpec)())))).toBe(JSON.stringify((0, _1.generateRules)((0, context_1.buildContext)((0, spec_1.fixtureSpec)()))));
    });
});
describe('burn rates', () => {
    it('reproduces the SRE workbook factors 14.4, 6, 3, 1 for a 30-day period', () => {
        expect(slo_1.BURN_WINDOWS.map((w) => (0, slo_1.burnFactor)(w, 30 * 86400))).toEqual([14.4, 6, 3, 1]);
    });
    it('scales the factors with the period (28 days: 13.44 for 1h)', () => {
        expect((0, slo_1.burnFactor)(slo_1.BURN_WINDOWS[0], 28 * 86400)).toBe(13.44);
    });
    it('computes the budget without float noise', () => {
        expect((0, slo_1.errorBudget)(0.995)).toBe(0.005);
        expect((0, slo_1.errorBudget)(0.999)).toBe(0.001);
    });
    it('reads latency SLIs from the histogram bucket of the objective bound', () => {
        const ctx = (0, context_1.buildContext)((0, spec_1.fixtureSpec)());
        const expr = (0, slo_1.sliExpression)(ctx.byId.get('recs.serving.latency'), 300);
        expect(expr).toContain('mlhealth_prediction_latency_seconds_bucket{model="recs",le="0.25"}[5m]');
    });
    it('refuses a latency bound that is not a bucket, naming node and bound', () => {
        const spec = (0, spec_1.fixtureSpec)();
        spec.nodes[2] = { ...spec.nodes[2], objective: { target: 0.99, period: 86400, latency_below: 0.3 } };
        expect(() => (0, _1.generateRules)((0, context_1.buildContext)(spec))).toThrow(/node 'recs.serving.latency' objective.latency_below 0.3 is not a bucket bound/);
    });
    it('refuses an objective on a signal that has no event ratio', () => {
        const spec = (0, spec_1.fixtureSpec)();
        spec.nodes[0] = { ...spec.nodes[0], objective: { target: 0.99, period: 86400 } };
        expect(() => (0, _1.generateRules)((0, context_1.buildContext)(spec))).toThrow(/node 'fraud.drift.amount' declares an objective but its signal is 'feature_drift'/);
    });
});
describe('Go number formatting mirror', () => {
    it.each([
        [0.3, '0.3'],
        [123456, '1.235e+05'],
        [0.00001234, '1.234e-05'],
        [42, '42'],
    ])('%%.4g of %p is %p', (v, text) => expect((0, format_1.goG4)(v)).toBe(text));
    it.each([
        [0.3, 'seconds', '300ms'],
        [75, 'seconds', '1m 15s'],
        [90061, 'seconds', '1d 1h 1m 1s'],
        [2.5, 'seconds', '2.5s'],
        [0.05, 'ratio', '5%'],
    ])('formats %p %s as %p', (v, unit, text) => expect((0, format_1.goFormatValue)(v, unit)).toBe(text));
});
//# sourceMappingURL=rules.test.js.map