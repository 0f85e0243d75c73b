"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const context_1 = require("./context");
const spec_1 = require("./__fixtures__/spec");
describe('buildContext', () => {
    const ctx = (0, context_1.buildContext)((0, spec_1.fixtureSpec)());
    it('inherits escalation and team from the nearest ancestor that declares one', () => {
        const amount = ctx.byId.get('fraud.drift.amount');
        expect(amount?.policy?.id).toBe('fraud');
        expect(amount?.team?.id).toBe('ml-fraud');
        // A node's own escalation wins over its ancestors'.
        expect(ctx.byId.get('fraud.serving.errors')?.policy?.id).toBe('platform');
    });
    it('inherits the playbook from the nearest ancestor, preferring its own', () => {
        expect(ctx.byId.get('fraud.drift.amount')?.runbookUrl).toBe('https://runbooks.example/drift');
        expect(ctx.byId.get('recs.serving.latency')?.runbookUrl).toBe('https://runbooks.example/recs');
        expect(ctx.byId.get('fraud.serving.errors')?.runbookUrl).toBe('https://runbooks.example/revenue');
    });
    it('takes the cadence from the node, else its model, else the spec default', () => {
        expect(ctx.byId.get('recs.serving.latency')?.cadence).toBe(20);
        expect(ctx.byId.get('fraud.drift.amount')?.cadence).toBe(30);
        expect(ctx.byId.get('revenue')?.cadence).toBe(15);
    });
    it('knows ancestors (nearest first) and descendants (spec order) across the DAG', () => {
        expect(ctx.byId.get('fraud.drift.amount')?.ancestors).toEqual(['fraud.drift', 'revenue']);
        expect(ctx.byId.get('revenue')?.descendants).toEqual([
            'fraud.drift.amount',
            'fraud.serving.errors',
            'recs.serving.latency',
            'fraud.drift',
            'fraud.serving',
            'recs.serving',
        ]);
    });
    it('links base nodes to the model detail view and parents to the engineering view', () => {
        expect(ctx.byId.get('fraud.drift.amount')?.dashboardUrl).toBe('https://grafana.example/d/mlhealth-model/model-detail?var-model=fraud&var-node=fraud.drift.amount');
        expect(ctx.byId.get('revenue')?.dashboardUrl).toBe('https://grafana.example/d/mlhealth-engineering/engineering-view?var-node=revenue');
    });
    it('names the node and the policy when an escalation points nowhere', () => {
        const spec = (0, spec_1.fixtureSpec)();
        spec.nodes[0] = { ...spec.nodes[0], escalation: 'nobody' };
        expect(() => (0, context_1.buildContext)(spec)).toThrow("buildContext: node 'fraud.drift.amount' escalates to 'nobody', which is not an escalation policy");
    });
});
//# sourceMappingURL=context.test.js.map