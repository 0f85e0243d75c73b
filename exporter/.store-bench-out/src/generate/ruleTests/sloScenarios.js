"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sloScenarios = sloScenarios;
/**
 * Rule-test scenarios of the burn-rate alerts: healthy traffic keeps every objective silent; a total
 * outage (every prediction failing, or slower than the objective's bound) pages on the 1h/5m pair once
 * its `for` has passed, before the slower pairs.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const names_2 = require("../rules/names");
const slo_1 = require("../rules/slo");
const expectedText_1 = require("./expectedText");
const series_1 = require("./series");
const INTERVAL = 60;
const STEPS = 20;
const PER_INTERVAL = 600;
/** The first pair pages within this; the second pair's `for` (12m for 6h) has not passed yet. */
const EVAL_AT = 600;
function trafficSeries(facts, outage) {
    const model = facts.node.model ?? '';
    const total = (0, series_1.growing)(0, PER_INTERVAL, STEPS);
    const bad = outage ? total : (0, series_1.growing)(0, 0, STEPS);
    const good = outage ? (0, series_1.growing)(0, 0, STEPS) : total;
    const bound = facts.node.objective?.latency_below;
    const histogram = names_1.METRICS.predictionLatency.name;
    if (bound === undefined) {
        return [
            (0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.predictions.name, { model }, false), total),
            (0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.predictionErrors.name, { model }, false), bad),
        ];
    }
    return [
        (0, series_1.series)((0, series_1.seriesName)(`${histogram}_bucket`, { model, le: String(bound) }, false), good),
        (0, series_1.series)((0, series_1.seriesName)(`${histogram}_count`, { model }, false), total),
    ];
}
function uniqueSeries(list) {
    return [...new Map(list.map((s) => [s.series, s])).values()];
}
/** Healthy and outage scenarios over every node with an objective; empty without objectives. */
function sloScenarios(ctx) {
    const objectives = ctx.nodes.filter((f) => f.node.objective !== undefined);
    if (objectives.length === 0)
        return [];
    const page = slo_1.BURN_WINDOWS[0];
    const pageAlert = (f) => (0, slo_1.sloRuleGroup)(f).rules.find((r) => 'alert' in r);
    const text = (0, expectedText_1.expectedText)(ctx, {
        value: () => 0,
        score: 0,
        contribution: 0,
        impact: 0,
        noData: 'absent',
        alertValue: 1,
    });
    const base = { interval: (0, duration_1.formatDuration)(INTERVAL) };
    return [
        {
            ...base,
            name: 'objectives met: no burn-rate alert',
            input_series: uniqueSeries(objectives.flatMap((f) => trafficSeries(f, false))),
            alert_rule_test: [
                { eval_time: (0, duration_1.formatDuration)(EVAL_AT), alertname: names_2.ALERTS.errorBudgetBurn, exp_alerts: [] },
            ],
        },
        {
            ...base,
            name: 'total outage: the 1h/5m burn-rate alert pages',
            input_series: uniqueSeries(objectives.flatMap((f) => trafficSeries(f, true))),
            alert_rule_test: [
                {
                    eval_time: (0, duration_1.formatDuration)(EVAL_AT),
                    alertname: names_2.ALERTS.errorBudgetBurn,
                    exp_alerts: objectives.map((f) => {
                        const rule = pageAlert(f);
                        return {
                            exp_labels: { ...rule.labels, ...(f.node.model === undefined ? {} : { model: f.node.model }) },
                            exp_annotations: { ...rule.annotations, description: (0, slo_1.burnDescription)(f, page, text) },
                        };
                    }),
                },
            ],
        },
    ];
}
//# sourceMappingURL=sloScenarios.js.map