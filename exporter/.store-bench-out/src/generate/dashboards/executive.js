"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.executiveDashboard = executiveDashboard;
const names_1 = require("../../metrics/names");
const links_1 = require("../links");
const cascade_1 = require("./cascade");
const layout_1 = require("./layout");
const panels_1 = require("./panels");
const query_1 = require("./query");
const sections_1 = require("./sections");
const units_1 = require("./units");
const variables_1 = require("./variables");
const BUSINESS = { tier: 'business' };
function outcomePanels(spec, ctx, layout) {
    const business = ctx.nodes.filter((f) => f.node.tier === 'business');
    const width = Math.max(4, Math.floor(24 / Math.max(1, business.length)));
    const status = business.map(({ node }) => (0, panels_1.panel)('stat', {
        title: node.title,
        description: node.description,
        targets: [(0, query_1.target)(`max(${(0, query_1.sel)(names_1.METRICS.nodeStatus.name, { node: node.id })})`, node.title)],
        mappings: panels_1.STATUS_MAPPINGS,
        options: (0, panels_1.statOptions)('value'),
    }, layout.place(width, 4)));
    const impact = business
        .filter(({ node }) => node.impact !== undefined)
        .map(({ node }) => {
        const { measure, unit } = node.impact;
        return (0, panels_1.panel)('stat', {
            title: `${node.title}: ${measure.replace(/_/g, ' ')} (${unit})`,
            targets: [(0, query_1.target)(`sum(${(0, query_1.sel)(names_1.METRICS.businessImpact.name, { node: node.id, measure })})`, measure)],
            unit: (0, units_1.impactUnit)(unit, spec.currency),
            thresholds: {
                mode: 'absolute',
                steps: [
                    { color: 'green', value: null },
                    { color: 'orange', value: 0.000001 },
                ],
            },
            options: (0, panels_1.statOptions)('value'),
        }, layout.place(width, 5));
    });
    return [...status, ...impact];
}
/** Risk levels, status over time, impact trend and share of exposure at risk of the business tier. */
function riskPanels(spec, layout) {
    const t = spec.defaults.score_thresholds;
    const impact = `sum by (node, measure) (${(0, query_1.sel)(names_1.METRICS.businessImpact.name)})`;
    const exposure = `sum by (node, measure) (${(0, query_1.sel)(names_1.METRICS.businessExposure.name)})`;
    return [
        (0, panels_1.panel)('bargauge', {
            title: 'Risk level per outcome (score)',
            description: `Score of each business outcome: red below ${t.critical}, orange below ${t.warning}.`,
            targets: [
                (0, query_1.target)(`max by (node) (${(0, query_1.sel)(names_1.METRICS.nodeScore.name, BUSINESS)})`, '{{node}}', { instant: true }),
            ],
            min: 0,
            max: 1,
            thresholds: (0, panels_1.scoreThresholds)(t.warning, t.critical),
            options: {
                displayMode: 'lcd',
                orientation: 'horizontal',
                showUnfilled: true,
                reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
            },
        }, layout.place(8, 8)),
        (0, sections_1.statusTimeline)('Outcome status over time', BUSINESS, layout.place(16, 8)),
        (0, panels_1.panel)('timeseries', {
            title: 'Impact at risk (trend)',
            targets: [(0, query_1.target)(impact, '{{node}} · {{measure}}')],
            options: panels_1.timeSeriesOptions,
        }, layout.place(12, 8)),
        (0, panels_1.panel)('timeseries', {
            title: 'Share of exposure at risk',
            targets: [(0, query_1.target)(`${impact} / ${exposure}`, '{{node}} · {{measure}}')],
            unit: 'percentunit',
            min: 0,
            options: panels_1.timeSeriesOptions,
        }, layout.place(12, 8)),
    ];
}
/** The executive dashboard of a spec. */
function executiveDashboard(ctx) {
    const { spec } = ctx;
    const layout = (0, layout_1.createLayout)();
    const panels = [
        layout.row('Business outcomes now'),
        ...outcomePanels(spec, ctx, layout),
        layout.row('Risk'),
        ...riskPanels(spec, layout),
        layout.row('Cascade'),
        (0, cascade_1.cascadePanel)(spec, 'Business and component tiers', ['business', 'component'], false, layout.place(24, 14)),
        (0, sections_1.statusTimeline)('Component status ($model)', { tier: 'component', model: '=~$model' }, layout.place(24, 10)),
    ];
    const description = 'Business outcomes of the ML models: status, money at risk, risk levels and trend.';
    return (0, variables_1.dashboardShell)(spec, links_1.DASHBOARDS.executive, description, [(0, variables_1.modelVariable)(true)], panels);
}
//# sourceMappingURL=executive.js.map