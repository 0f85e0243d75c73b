"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.modelDetailDashboard = modelDetailDashboard;
const names_1 = require("../../metrics/names");
const links_1 = require("../links");
const layout_1 = require("./layout");
const panels_1 = require("./panels");
const query_1 = require("./query");
const sections_1 = require("./sections");
const variables_1 = require("./variables");
const MODEL = { model: '$model' };
/** Feature drift tests (distances have no p-value): the p-value panel appears only when the spec declares one. */
const TEST_METHODS = new Set(['ks', 'chisquare', 'z']);
function stat(title, expr, legend, extra, layout) {
    return (0, panels_1.panel)('stat', { title, targets: [(0, query_1.target)(expr, legend)], options: (0, panels_1.statOptions)('value'), ...extra }, layout.place(6, 4));
}
function identityPanels(layout) {
    const retrainMappings = [
        {
            type: 'value',
            options: {
                '0': { text: '✓ No', color: 'green', index: 0 },
                '1': { text: '! Yes', color: 'orange', index: 1 },
            },
        },
    ];
    return [
        (0, panels_1.panel)('stat', {
            title: 'Version',
            targets: [(0, query_1.target)((0, query_1.sel)(names_1.METRICS.modelInfo.name, MODEL), '{{version}}', { instant: true })],
            options: (0, panels_1.statOptions)('name'),
        }, layout.place(6, 4)),
        stat('Model age', `time() - max(${(0, query_1.sel)(names_1.METRICS.modelTrained.name, MODEL)})`, 'age', { unit: 'dtdurations' }, layout),
        stat('Retraining recommended', `max(${(0, query_1.sel)(names_1.METRICS.retrainRecommended.name, MODEL)})`, 'retrain', { mappings: retrainMappings }, layout),
        stat('Predictions per second', `sum(rate(${(0, query_1.sel)(names_1.METRICS.predictions.name, MODEL)}[$__rate_interval]))`, 'predictions', { unit: 'reqps' }, layout),
    ];
}
/** One time series per base node (repeated over `$node`): its value and its threshold lines. */
function baseSignalPanel(layout) {
    const dashed = (level, color) => ({
        matcher: { id: 'byName', options: level },
        properties: [
            { id: 'color', value: { mode: 'fixed', fixedColor: color } },
            { id: 'custom.lineStyle', value: { fill: 'dash', dash: [10, 10] } },
        ],
    });
    return (0, panels_1.panel)('timeseries', {
        title: '$node',
        description: 'The raw statistic of the base node and its warning/critical thresholds (mlhealth_node_threshold), in the node unit.',
        repeat: 'node',
        targets: [
            (0, query_1.target)(`max by (node) (${(0, query_1.sel)(names_1.METRICS.nodeValue.name, { node: '$node' })})`, 'value'),
            (0, query_1.target)(`max by (level) (${(0, query_1.sel)(names_1.METRICS.nodeThreshold.name, { node: '$node' })})`, '{{level}}'),
        ],
        overrides: [dashed('warning', 'orange'), dashed('critical', 'red')],
        options: {
            ...panels_1.timeSeriesOptions,
            legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
        },
    }, layout.place(8, 8));
}
function series(title, expr, legend, extra, layout) {
    return (0, panels_1.panel)('timeseries', { title, targets: [(0, query_1.target)(expr, legend)], options: panels_1.timeSeriesOptions, ...extra }, layout.place(12, 8));
}
function dataPanels(ctx, layout) {
    const tests = ctx.spec.models.some((m) => m.features.some((f) => f.drift_method !== undefined && TEST_METHODS.has(f.drift_method)));
    const byFeature = (metric) => `max by (feature, method) (${(0, query_1.sel)(metric, MODEL)})`;
    return [
        series('Feature drift', byFeature(names_1.METRICS.featureDrift.name), '{{feature}} ({{method}})', {}, layout),
        ...(tests
            ? [
                series('Drift test p-values', byFeature(names_1.METRICS.featureDriftPValue.name), '{{feature}} ({{method}})', { min: 0, max: 1 }, layout),
            ]
            : []),
        series('Missing values per feature', `max by (feature) (${(0, query_1.sel)(names_1.METRICS.featureMissingRatio.name, MODEL)})`, '{{feature}}', { unit: 'percentunit', min: 0 }, layout),
        series('Schema violations per second', (0, sections_1.rateOf)(names_1.METRICS.featureViolations.name, '$model', 'feature, kind'), '{{feature}} · {{kind}}', { unit: 'reqps' }, layout),
    ];
}
function modelDetailDashboard(ctx) {
    const layout = (0, layout_1.createLayout)();
    const panels = [
        layout.row('Model $model'),
        ...identityPanels(layout),
        (0, sections_1.statusTimeline)('Base signal status', { tier: 'base', ...MODEL }, layout.place(24, 10)),
        layout.row('Every base signal with its thresholds'),
        baseSignalPanel(layout),
        layout.row('Drift and data quality'),
        ...dataPanels(ctx, layout),
        layout.row('Serving'),
        ...(0, sections_1.servingPanels)(layout, '$model', [0.5, 0.95, 0.99]),
    ];
    const nodes = (0, variables_1.labelVariable)('node', 'Base node', `label_values(${(0, query_1.sel)(names_1.METRICS.nodeInfo.name, { tier: 'base', ...MODEL })}, node)`, { multi: true, all: true });
    const description = 'Every base signal of one model with its thresholds, drift, data quality and serving.';
    return (0, variables_1.dashboardShell)(ctx.spec, links_1.DASHBOARDS.model, description, [(0, variables_1.modelVariable)(false), nodes], panels);
}
//# sourceMappingURL=modelDetail.js.map