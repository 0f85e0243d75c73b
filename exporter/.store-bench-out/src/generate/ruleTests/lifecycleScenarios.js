"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keepFiringScenario = keepFiringScenario;
exports.staleScenario = staleScenario;
/**
 * Rule-test scenarios of an alert's life after it fired: a recovered node keeps firing for
 * `keep_firing_for`, then resolves; a node no longer recomputed goes stale.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const timing_1 = require("../rules/timing");
const nodeSeries_1 = require("./nodeSeries");
const scenarioKit_1 = require("./scenarioKit");
const series_1 = require("./series");
/** Critical until every `for` has passed, then ok: keeps firing `keep_firing_for`, then resolves. */
function keepFiringScenario(ctx, g) {
    const lastBad = Math.ceil(Math.max(...ctx.nodes.map(timing_1.nodeFor)) / g) * g;
    const until = (f) => lastBad + (0, timing_1.keepFiringFor)(ctx.spec, f);
    const end = Math.max(...ctx.nodes.map(until)) + g;
    const badSteps = lastBad / g;
    const values = (0, scenarioKit_1.scenarioValues)(ctx, 2);
    const input = ctx.nodes.flatMap((f) => (0, nodeSeries_1.nodeSeries)(ctx, f, 2, values, badSteps, g).map((s) => s.series.startsWith(`${names_1.METRICS.nodeStatus.name}{`)
        ? { ...s, values: `${s.values} ${(0, series_1.constant)(0, Math.ceil((end - lastBad) / g))}` }
        : extend(s, end, g)));
    return {
        name: 'critical, then recovered: keeps firing for keep_firing_for, then resolves',
        interval: (0, duration_1.formatDuration)(g),
        input_series: [...(0, scenarioKit_1.exporterSeries)(Math.ceil(end / g)), ...input],
        alert_rule_test: (0, scenarioKit_1.checks)(ctx, ctx.nodes.flatMap((f) => [until(f), until(f) + g]), ['critical'], (f, t) => t <= until(f), () => values),
    };
}
/** A series of the keep-firing scenario extended past the recovery at its last value or slope. */
function extend(s, end, g) {
    const steps = Math.ceil(end / g);
    return { ...s, values: s.values.replace(/x\d+$/, `x${steps}`) };
}
/** Status ok but never recomputed after time 0: stale once 3 cadences pass, firing one cadence later. */
function staleScenario(ctx, g) {
    const firesAt = (f) => (0, timing_1.staleAfter)(f) + g + f.cadence;
    const end = Math.max(...ctx.nodes.map(firesAt));
    const steps = Math.ceil(end / g) + 1;
    const values = (0, scenarioKit_1.scenarioValues)(ctx, 0);
    return {
        name: 'nodes not recomputed: evaluation stale',
        interval: (0, duration_1.formatDuration)(g),
        input_series: [
            ...(0, scenarioKit_1.exporterSeries)(steps),
            ...ctx.nodes.flatMap((f) => (0, nodeSeries_1.nodeSeries)(ctx, f, 0, values, steps, g, false)),
        ],
        alert_rule_test: (0, scenarioKit_1.checks)(ctx, ctx.nodes.flatMap((f) => [firesAt(f) - g, firesAt(f)]), ['stale'], (f, t) => t >= firesAt(f), (t) => ({ ...values, alertValue: t })),
    };
}
//# sourceMappingURL=lifecycleScenarios.js.map