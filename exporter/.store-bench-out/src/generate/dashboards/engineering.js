"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.engineeringDashboard = engineeringDashboard;
const names_1 = require("../../metrics/names");
const links_1 = require("../links");
const cascade_1 = require("./cascade");
const layout_1 = require("./layout");
const panels_1 = require("./panels");
const query_1 = require("./query");
const sections_1 = require("./sections");
const variables_1 = require("./variables");
const MODEL = '=~$model';
/** Contributions of `$node`'s children to its score deficit: "why is it red?". */
function whyPanel(layout) {
    return (0, panels_1.panel)('bargauge', {
        title: 'Why is $node degraded? Contributions of its children',
        description: "Each child's share of the node's score deficit (sums to 100% when the node is not healthy).",
        targets: [
            (0, query_1.target)(`max by (child) (${(0, query_1.sel)(names_1.METRICS.nodeContribution.name, { parent: '$node' })})`, '{{child}}', {
                instant: true,
            }),
        ],
        unit: 'percentunit',
        min: 0,
        max: 1,
        options: {
            displayMode: 'gradient',
            orientation: 'horizontal',
            reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
        },
    }, layout.place(10, 10));
}
/** Features × time, one row per feature, colour-blind-safe sequential palette. */
function driftHeatmap(layout) {
    return (0, panels_1.panel)('heatmap', {
        title: 'Feature drift ($model)',
        description: 'Drift statistic per feature over time; each row is a feature.',
        targets: [
            (0, query_1.target)(`max by (model, feature) (${(0, query_1.sel)(names_1.METRICS.featureDrift.name, { model: MODEL })})`, '{{model}} · {{feature}}'),
        ],
        options: {
            calculate: false,
            yAxis: { axisPlacement: 'left' },
            color: { mode: 'scheme', scheme: 'Viridis', steps: 64 },
            cellGap: 1,
            legend: { show: true },
            tooltip: { mode: 'single', yHistogram: false },
        },
    }, layout.place(12, 10));
}
function engineeringDashboard(ctx) {
    const { spec } = ctx;
    const t = spec.defaults.score_thresholds;
    const layout = (0, layout_1.createLayout)();
    const panels = [
        layout.row('Cascade'),
        (0, cascade_1.cascadePanel)(spec, 'Cascade: business → component → base', ['business', 'component', 'base'], true, layout.place(24, 16)),
        (0, sections_1.statusTimeline)('Component status', { tier: 'component' }, layout.place(14, 10)),
        whyPanel(layout),
        layout.row('Drift and base signals ($model)'),
        driftHeatmap(layout),
        (0, panels_1.panel)('timeseries', {
            title: 'Base node scores ($model)',
            targets: [
                (0, query_1.target)(`max by (node) (${(0, query_1.sel)(names_1.METRICS.nodeScore.name, { tier: 'base', model: MODEL })})`, '{{node}}'),
            ],
            min: 0,
            max: 1,
            thresholds: (0, panels_1.scoreThresholds)(t.warning, t.critical),
            custom: { thresholdsStyle: { mode: 'dashed' } },
            options: panels_1.timeSeriesOptions,
        }, layout.place(12, 10)),
        layout.row('Serving ($model)'),
        ...(0, sections_1.servingPanels)(layout, MODEL, [0.99]),
        layout.row('Exporter'),
        ...(0, sections_1.exporterPanels)(layout),
    ];
    const nodes = (0, variables_1.labelVariable)('node', 'Node (why)', `label_values(${(0, query_1.sel)(names_1.METRICS.nodeInfo.name, { tier: '!=base' })}, node)`);
    const description = 'The whole cascade with drill-down, drift heatmap and serving health.';
    return (0, variables_1.dashboardShell)(spec, links_1.DASHBOARDS.engineering, description, [(0, variables_1.modelVariable)(true), nodes], panels);
}
//# sourceMappingURL=engineering.js.map