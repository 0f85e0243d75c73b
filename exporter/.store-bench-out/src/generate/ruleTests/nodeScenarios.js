"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.firingScenario = firingScenario;
exports.absentScenario = absentScenario;
exports.healthyScenario = healthyScenario;
/**
 * Rule-test scenarios covering every node at once (labels keep nodes apart, so one group serves all
 * and promtool runs a handful of groups whatever the spec's size): healthy → silent;
 * warning/critical/unknown → fires exactly when `for` has passed; no series while the exporter is up →
 * no data. Recovery and staleness are in `lifecycleScenarios.ts`.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const names_2 = require("../rules/names");
const timing_1 = require("../rules/timing");
const nodeSeries_1 = require("./nodeSeries");
const scenarioKit_1 = require("./scenarioKit");
const series_1 = require("./series");
/** Status 1, 2 or 3 from the start: silent until `for`, firing from then on. */
function firingScenario(ctx, g, status) {
    const fors = ctx.nodes.map(timing_1.nodeFor);
    const steps = Math.ceil(Math.max(...fors) / g) + 1;
    const values = (0, scenarioKit_1.scenarioValues)(ctx, status);
    const kind = status === 1 ? 'warning' : status === 2 ? 'critical' : 'noData';
    const silent = status === 3 ? ['warning', 'critical'] : ['noData'];
    const times = fors.flatMap((f) => [f - g, f]);
    return {
        name: `every node ${['', 'warning', 'critical', 'unknown'][status]}: fires after for, with labels and annotations`,
        interval: (0, duration_1.formatDuration)(g),
        input_series: [
            ...(0, scenarioKit_1.exporterSeries)(steps),
            ...ctx.nodes.flatMap((f) => (0, nodeSeries_1.nodeSeries)(ctx, f, status, values, steps, g)),
        ],
        alert_rule_test: [
            ...(0, scenarioKit_1.checks)(ctx, times, [kind], (f, t) => t >= (0, timing_1.nodeFor)(f), () => values),
            ...(0, scenarioKit_1.checks)(ctx, [Math.max(...fors)], silent, () => false, () => values),
        ],
    };
}
/** The exporter is up but serves no status series: every node's no-data alert, from `up`. */
function absentScenario(ctx, g) {
    const fors = ctx.nodes.map(timing_1.nodeFor);
    const steps = Math.ceil(Math.max(...fors) / g) + 1;
    const values = { ...(0, scenarioKit_1.valuesFor)(0), noData: 'absent' };
    return {
        name: 'exporter up without node series: every node has no data',
        interval: (0, duration_1.formatDuration)(g),
        input_series: (0, scenarioKit_1.exporterSeries)(steps),
        alert_rule_test: (0, scenarioKit_1.checks)(ctx, fors.flatMap((f) => [f - g, f]), ['noData'], (f, t) => t >= (0, timing_1.nodeFor)(f), () => values),
    };
}
/** Everything healthy and fresh: no alert of any kind, even well past every `for`. */
function healthyScenario(ctx, g) {
    const end = Math.max(...ctx.nodes.map((f) => (0, timing_1.nodeFor)(f) + (0, timing_1.keepFiringFor)(ctx.spec, f) + (0, timing_1.staleAfter)(f)));
    const steps = Math.ceil(end / g) + 1;
    const values = (0, scenarioKit_1.scenarioValues)(ctx, 0);
    const quiet = [
        names_2.ALERTS.retrainRecommended,
        names_2.ALERTS.exporterDown,
        names_2.ALERTS.exporterAbsent,
        names_2.ALERTS.evaluationFailing,
    ];
    const retrain = ctx.spec.models.map((m) => (0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.retrainRecommended.name, { model: m.id }), (0, series_1.constant)(0, steps)));
    return {
        name: 'every node healthy and fresh: silent',
        interval: (0, duration_1.formatDuration)(g),
        input_series: [
            ...(0, scenarioKit_1.exporterSeries)(steps),
            ...retrain,
            ...ctx.nodes.flatMap((f) => (0, nodeSeries_1.nodeSeries)(ctx, f, 0, values, steps, g)),
        ],
        alert_rule_test: [
            ...(0, scenarioKit_1.checks)(ctx, [end], ['warning', 'critical', 'noData', 'stale'], () => false, () => values),
            ...quiet.map((alertname) => ({ eval_time: (0, duration_1.formatDuration)(end), alertname, exp_alerts: [] })),
        ],
    };
}
//# sourceMappingURL=nodeScenarios.js.map