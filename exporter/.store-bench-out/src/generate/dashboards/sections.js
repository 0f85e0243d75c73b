"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rateOf = rateOf;
exports.statusTimeline = statusTimeline;
exports.servingPanels = servingPanels;
exports.exporterPanels = exporterPanels;
const names_1 = require("../../metrics/names");
const names_2 = require("../rules/names");
const panels_1 = require("./panels");
const query_1 = require("./query");
/** `sum by (by) (rate(metric{model…}[$__rate_interval]))`. */
function rateOf(metric, model, by) {
    return `sum by (${by}) (rate(${(0, query_1.sel)(metric, { model })}[$__rate_interval]))`;
}
/** Status per node over time, with the contract's status texts and colours. */
function statusTimeline(title, matchers, gridPos) {
    return (0, panels_1.panel)('state-timeline', {
        title,
        targets: [(0, query_1.target)(`max by (node) (${(0, query_1.sel)(names_1.METRICS.nodeStatus.name, matchers)})`, '{{node}}')],
        mappings: panels_1.STATUS_MAPPINGS,
        options: panels_1.stateTimelineOptions,
    }, gridPos);
}
/** Predictions per second, error ratio and latency quantiles of the selected model(s). */
function servingPanels(layout, model, quantiles) {
    const predictions = rateOf(names_1.METRICS.predictions.name, model, 'model');
    const errors = rateOf(names_1.METRICS.predictionErrors.name, model, 'model');
    const buckets = rateOf(`${names_1.METRICS.predictionLatency.name}_bucket`, model, 'model, le');
    const latency = quantiles.map((q) => (0, query_1.target)(`histogram_quantile(${q}, ${buckets})`, quantiles.length === 1 ? '{{model}}' : `p${q * 100} {{model}}`));
    return [
        (0, panels_1.panel)('timeseries', {
            title: 'Predictions per second',
            targets: [(0, query_1.target)(predictions, '{{model}}')],
            unit: 'reqps',
            options: panels_1.timeSeriesOptions,
        }, layout.place(8, 8)),
        (0, panels_1.panel)('timeseries', {
            title: 'Error ratio',
            targets: [(0, query_1.target)(`${errors} / ${predictions}`, '{{model}}')],
            unit: 'percentunit',
            min: 0,
            options: panels_1.timeSeriesOptions,
        }, layout.place(8, 8)),
        (0, panels_1.panel)('timeseries', {
            title: `Latency ${quantiles.map((q) => `p${q * 100}`).join(', ')}`,
            targets: latency,
            unit: 's',
            options: panels_1.timeSeriesOptions,
        }, layout.place(8, 8)),
    ];
}
function upDownStat(title, expr, down, up, gridPos) {
    const options = {
        '0': { text: `✕ ${down}`, color: 'red', index: 0 },
        '1': { text: `✓ ${up}`, color: 'green', index: 1 },
    };
    return (0, panels_1.panel)('stat', {
        title,
        targets: [(0, query_1.target)(expr, '{{instance}}')],
        mappings: [{ type: 'value', options }],
        options: (0, panels_1.statOptions)('value_and_name'),
    }, gridPos);
}
/** Is the exporter scraped, does it evaluate, how long does a scrape take. */
function exporterPanels(layout) {
    return [
        upDownStat('Exporter up', `up{job="${names_2.SCRAPE_JOB}",environment=~"$environment"}`, 'Down', 'Up', layout.place(6, 5)),
        upDownStat('Cascade evaluation', (0, query_1.sel)(names_1.METRICS.up.name), 'Failing', 'OK', layout.place(6, 5)),
        (0, panels_1.panel)('timeseries', {
            title: 'Scrape render time',
            targets: [(0, query_1.target)((0, query_1.sel)(names_1.METRICS.scrapeDuration.name), '{{instance}}')],
            unit: 's',
            options: panels_1.timeSeriesOptions,
        }, layout.place(12, 5)),
    ];
}
//# sourceMappingURL=sections.js.map