"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const context_1 = require("../context");
const spec_1 = require("../__fixtures__/spec");
const links_1 = require("../links");
const _1 = require(".");
const dashboards = (0, _1.generateDashboards)((0, context_1.buildContext)((0, spec_1.fixtureSpec)()));
const all = Object.values(dashboards);
const panelsOf = (d) => (d.panels ?? []).filter((p) => p.type !== 'row');
const targetsOf = (p) => (p.targets ?? []);
describe('generated dashboards', () => {
    it('have the fixed uids and one folder per audience', () => {
        expect(all.map((d) => d.uid)).toEqual([
            links_1.DASHBOARDS.executive.uid,
            links_1.DASHBOARDS.engineering.uid,
            links_1.DASHBOARDS.model.uid,
        ]);
        expect(new Set(Object.values(links_1.DASHBOARDS).map((d) => d.folder)).size).toBe(3);
    });
    it('share datasource and environment variables, and link to each other by tag', () => {
        for (const d of all) {
            const names = (d.templating?.list ?? []).map((v) => v.name);
            expect(names.slice(0, 2)).toEqual(['datasource', 'environment']);
            expect(names).toContain('model');
            expect(d.links?.[0]).toMatchObject({
                type: 'dashboards',
                tags: ['mlhealth'],
                includeVars: true,
                keepTime: true,
            });
            expect(d.tags).toEqual(['mlhealth']);
        }
    });
    it('query through the datasource variable and filter every selector on the environment', () => {
        for (const d of all) {
            for (const p of panelsOf(d)) {
                expect(p.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
                for (const t of targetsOf(p)) {
                    const selectors = t.expr.match(/[a-zA-Z_:]+\{[^}]*\}/g) ?? [];
                    expect(selectors.length).toBeGreaterThan(0);
                    for (const s of selectors)
                        expect(s).toMatch(/environment=~"\$environment"/);
                }
            }
        }
    });
    it('give unique panel ids and keep panels inside the 24-column grid', () => {
        for (const d of all) {
            const panels = (d.panels ?? []);
            expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
            for (const p of panels)
                expect((p.gridPos?.x ?? 0) + (p.gridPos?.w ?? 0)).toBeLessThanOrEqual(24);
        }
    });
    it('put the cascade panel beside core panels (stat, state timeline, time series, heatmap)', () => {
        const types = new Set(all.flatMap((d) => panelsOf(d).map((p) => p.type)));
        for (const t of ['mlhealth-cascade-panel', 'stat', 'state-timeline', 'timeseries', 'heatmap', 'bargauge'])
            expect(types).toContain(t);
        const cascade = panelsOf(dashboards.executive).find((p) => p.type === 'mlhealth-cascade-panel');
        expect(cascade?.options).toMatchObject({ tiers: ['business', 'component'], impactUnit: 'currencyUSD' });
    });
    it('show money at risk per business outcome in the spec currency on the executive view', () => {
        const impact = panelsOf(dashboards.executive).find((p) => targetsOf(p).some((t) => t.expr.includes('mlhealth_business_impact{environment=~"$environment",node="revenue"')));
        expect(impact?.fieldConfig?.defaults.unit).toBe('currencyUSD');
    });
    it('repeat one panel per base node with its threshold series on the model view', () => {
        const repeated = panelsOf(dashboards.model).find((p) => p.repeat === 'node');
        expect(targetsOf(repeated).map((t) => t.expr)).toEqual([
            'max by (node) (mlhealth_node_value{environment=~"$environment",node="$node"})',
            'max by (level) (mlhealth_node_threshold{environment=~"$environment",node="$node"})',
        ]);
    });
    it('annotate firing mlhealth alerts from ALERTS', () => {
        for (const d of all) {
            const a = d.annotations?.list?.[0];
            expect(a.expr).toBe('ALERTS{environment=~"$environment",alertstate="firing",alertname=~"Mlhealth.*"}');
        }
    });
});
//# sourceMappingURL=dashboards.test.js.map