"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateTimelineOptions = exports.timeSeriesOptions = exports.statOptions = exports.STATUS_MAPPINGS = exports.CASCADE_PANEL_ID = void 0;
exports.scoreThresholds = scoreThresholds;
exports.panel = panel;
exports.row = row;
exports.numberPanels = numberPanels;
const variables_1 = require("./variables");
const query_1 = require("./query");
exports.CASCADE_PANEL_ID = 'mlhealth-cascade-panel';
/** Status code → text, icon and colour (the metric contract's 0..3). */
exports.STATUS_MAPPINGS = [
    {
        type: 'value',
        options: {
            '0': { text: '✓ OK', color: 'green', index: 0 },
            '1': { text: '! Warning', color: 'orange', index: 1 },
            '2': { text: '✕ Critical', color: 'red', index: 2 },
            '3': { text: '? Unknown', color: 'text', index: 3 },
        },
    },
];
/** Score thresholds as colour steps: red below critical, orange below warning, green above. */
function scoreThresholds(warning, critical) {
    return {
        mode: 'absolute',
        steps: [
            { color: 'red', value: null },
            { color: 'orange', value: critical },
            { color: 'green', value: warning },
        ],
    };
}
/** A panel of `type` at `gridPos`; the id is assigned by `layoutPanels`. */
function panel(type, input, gridPos) {
    const defaults = {};
    if (input.unit !== undefined)
        defaults.unit = input.unit;
    if (input.min !== undefined)
        defaults.min = input.min;
    if (input.max !== undefined)
        defaults.max = input.max;
    if (input.mappings !== undefined)
        defaults.mappings = input.mappings;
    if (input.thresholds !== undefined)
        defaults.thresholds = input.thresholds;
    if (input.links !== undefined)
        defaults.links = input.links;
    if (input.custom !== undefined)
        defaults.custom = input.custom;
    const out = {
        type,
        title: input.title,
        gridPos,
        datasource: variables_1.DATASOURCE_REF,
        targets: (0, query_1.withRefIds)(input.targets),
        fieldConfig: { defaults, overrides: input.overrides ?? [] },
        options: input.options ?? {},
    };
    if (input.description !== undefined)
        out.description = input.description;
    if (input.repeat !== undefined)
        Object.assign(out, { repeat: input.repeat, repeatDirection: 'h', maxPerRow: 3 });
    return out;
}
const statOptions = (textMode = 'value_and_name') => ({
    reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
    colorMode: 'background',
    graphMode: 'area',
    textMode,
    justifyMode: 'auto',
    orientation: 'auto',
});
exports.statOptions = statOptions;
exports.timeSeriesOptions = {
    legend: { displayMode: 'table', placement: 'right', showLegend: true, calcs: ['lastNotNull', 'max'] },
    tooltip: { mode: 'multi', sort: 'desc' },
};
exports.stateTimelineOptions = {
    showValue: 'never',
    mergeValues: true,
    alignValue: 'left',
    rowHeight: 0.9,
    legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
    tooltip: { mode: 'single' },
};
/** A collapsed-or-open row; rows own no targets. */
function row(title, y) {
    return { type: 'row', title, collapsed: false, gridPos: { x: 0, y, w: 24, h: 1 }, panels: [], id: 0 };
}
/** Numbers panels 1.. in order (Grafana needs unique ids within a dashboard). */
function numberPanels(panels) {
    return panels.map((p, i) => ({ ...p, id: i + 1 }));
}
//# sourceMappingURL=panels.js.map