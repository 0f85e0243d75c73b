"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.valuesFor = valuesFor;
exports.scenarioValues = scenarioValues;
exports.exporterSeries = exporterSeries;
exports.checks = checks;
/** Shared pieces of the node scenarios: the values they feed, the exporter's series, the checks. */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const nodeSeries_1 = require("./nodeSeries");
const series_1 = require("./series");
const BASE_VALUES = {
    contribution: 0.8,
    impact: 123.5,
    alertValue: 0,
};
function valuesFor(status) {
    return {
        ...BASE_VALUES,
        value: () => 0,
        score: status >= 2 ? 0.3 : 0.6,
        noData: status === 3 ? 'unknown' : 'absent',
    };
}
/** Node values need the node: a closure over the context. */
function scenarioValues(ctx, status) {
    return {
        ...valuesFor(status),
        value: (id) => (0, nodeSeries_1.scenarioValue)(ctx.byId.get(id), status),
    };
}
/** The exporter's own series, healthy. */
function exporterSeries(steps) {
    return [
        (0, series_1.series)((0, series_1.seriesName)('up', {}), (0, series_1.constant)(1, steps)),
        (0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.up.name, {}), (0, series_1.constant)(1, steps)),
    ];
}
/** Checks at each time, for each (alertname, kind): the alerts of the nodes `firing` selects. */
function checks(ctx, times, kinds, firing, values) {
    const out = [];
    for (const t of [...new Set(times)].filter((x) => x > 0).sort((a, b) => a - b)) {
        for (const kind of kinds) {
            const byName = new Map();
            for (const facts of ctx.nodes) {
                const name = (0, nodeSeries_1.nodeRule)(ctx, facts, kind).alert;
                const list = byName.get(name) ?? [];
                if (firing(facts, t))
                    list.push((0, nodeSeries_1.expectedNodeAlert)(ctx, facts, kind, values(t)));
                byName.set(name, list);
            }
            for (const [alertname, exp_alerts] of byName)
                out.push({ eval_time: (0, duration_1.formatDuration)(t), alertname, exp_alerts });
        }
    }
    return out;
}
//# sourceMappingURL=scenarioKit.js.map