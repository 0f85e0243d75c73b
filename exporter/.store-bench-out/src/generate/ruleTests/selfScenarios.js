"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selfScenarios = selfScenarios;
exports.retrainScenario = retrainScenario;
/**
 * Rule-test scenarios of the exporter's own alerts (down, absent, failing evaluation) and of the
 * retraining recommendation.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const names_2 = require("../rules/names");
const selfAlerts_1 = require("../rules/selfAlerts");
const timing_1 = require("../rules/timing");
const series_1 = require("./series");
function selfRule(ctx, name) {
    return (0, selfAlerts_1.selfRuleGroup)(ctx.spec).rules.find((r) => 'alert' in r && r.alert === name);
}
function expected(rule, labels) {
    const annotations = Object.fromEntries(Object.entries(rule.annotations).map(([k, v]) => [
        k,
        v.replace(/\{\{ \$labels\.instance \}\}/g, series_1.TEST_TARGET.instance),
    ]));
    return { exp_labels: { ...rule.labels, ...labels }, exp_annotations: annotations };
}
/** A self alert that fires after the exporter-down wait, silent one interval before. */
function selfScenario(ctx, g, name, input, labels) {
    const wait = (0, timing_1.exporterDownFor)(ctx.spec);
    const alert = expected(selfRule(ctx, name), labels);
    return {
        name: `${name} fires after ${(0, duration_1.formatDuration)(wait)}`,
        interval: (0, duration_1.formatDuration)(g),
        input_series: input,
        alert_rule_test: [
            { eval_time: (0, duration_1.formatDuration)(wait - g), alertname: name, exp_alerts: [] },
            { eval_time: (0, duration_1.formatDuration)(wait), alertname: name, exp_alerts: [alert] },
        ],
    };
}
/** Exporter down, exporter absent from the targets, and exporter failing to evaluate. */
function selfScenarios(ctx, g) {
    const steps = Math.ceil((0, timing_1.exporterDownFor)(ctx.spec) / g) + 1;
    const up = (v) => (0, series_1.series)((0, series_1.seriesName)('up', {}), (0, series_1.constant)(v, steps));
    const evaluated = (v) => (0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.up.name, {}), (0, series_1.constant)(v, steps));
    return [
        selfScenario(ctx, g, names_2.ALERTS.exporterDown, [up(0)], { ...series_1.TEST_TARGET }),
        selfScenario(ctx, g, names_2.ALERTS.exporterAbsent, [evaluated(1)], { job: names_2.SCRAPE_JOB }),
        selfScenario(ctx, g, names_2.ALERTS.evaluationFailing, [up(1), evaluated(0)], { ...series_1.TEST_TARGET }),
    ];
}
/** Every model with a trigger recommends retraining: one alert per model after its `for`. */
function retrainScenario(ctx, g) {
    const rules = (0, selfAlerts_1.retrainRules)(ctx);
    if (rules.length === 0)
        return undefined;
    const fors = rules.map((r) => (0, duration_1.parseDuration)(r.for ?? '0'));
    const steps = Math.ceil(Math.max(...fors) / g) + 1;
    const times = [...new Set(fors.flatMap((f) => [f - g, f]))].filter((t) => t > 0).sort((a, b) => a - b);
    return {
        name: 'retraining recommended: one alert per model after for',
        interval: (0, duration_1.formatDuration)(g),
        input_series: rules.map((r) => (0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.retrainRecommended.name, { model: r.labels.model }), (0, series_1.constant)(1, steps))),
        alert_rule_test: times.map((t) => ({
            eval_time: (0, duration_1.formatDuration)(t),
            alertname: names_2.ALERTS.retrainRecommended,
            exp_alerts: rules
                .filter((r) => (0, duration_1.parseDuration)(r.for ?? '0') <= t)
                .map((r) => expected(r, { ...series_1.TEST_TARGET })),
        })),
    };
}
//# sourceMappingURL=selfScenarios.js.map