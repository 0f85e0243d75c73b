"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BURN_WINDOWS = void 0;
exports.burnFactor = burnFactor;
exports.errorBudget = errorBudget;
exports.sliExpression = sliExpression;
exports.sloWindows = sloWindows;
exports.sloRuleGroup = sloRuleGroup;
exports.burnDescription = burnDescription;
/**
 * Multi-window multi-burn-rate alerts (Google SRE workbook, as Sloth and Pyrra generate them) for
 * nodes that declare an `objective` on their error ratio or on latency below a histogram bound.
 *
 * Burn rate factor of a window pair = share of the error budget it may consume × period / long
 * window: 2% in 1h, 5% in 6h (pages), 10% in 1d, 10% in 3d (tickets), which for a 30-day period gives
 * the workbook's 14.4, 6, 3 and 1. The SLI is a ratio of sums (never an average of ratios), recorded
 * once per window.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const latencyBuckets_1 = require("../../signals/latencyBuckets");
const format_1 = require("./format");
const labels_1 = require("./labels");
const names_2 = require("./names");
const text_1 = require("./text");
exports.BURN_WINDOWS = [
    { long: 3600, short: 300, budgetShare: 0.02, severity: 'critical' },
    { long: 6 * 3600, short: 1800, budgetShare: 0.05, severity: 'critical' },
    { long: 86400, short: 7200, budgetShare: 0.1, severity: 'warning' },
    { long: 3 * 86400, short: 6 * 3600, budgetShare: 0.1, severity: 'warning' },
];
/** Burn-rate factor of a window pair for an SLO period (seconds), rounded to 4 decimals: 14.4 for 1h of 30d. */
function burnFactor(window, period) {
    return Number(((window.budgetShare * period) / window.long).toFixed(4));
}
/** The error budget 1 − target without float noise (0.005 for 0.995, not 0.0050000000000000044). */
function errorBudget(target) {
    return Number((1 - target).toPrecision(12));
}
const AGG = 'sum by (environment, model)';
/**
 * The SLI error ratio of `facts`' node over `window` seconds.
 * @throws Error naming the node when its signal is neither `error_ratio` nor `latency` with
 *   `latency_below`, or when `latency_below` is not a bucket bound of the latency histogram.
 */
function sliExpression(facts, window) {
    const { node } = facts;
    const objective = node.objective;
    const model = (0, labels_1.quote)(node.model ?? '');
    const w = (0, duration_1.formatDuration)(window);
    if (node.signal?.kind === 'error_ratio') {
        return (`${AGG} (rate(${names_1.METRICS.predictionErrors.name}{model=${model}}[${w}]))\n` +
            `/\n${AGG} (rate(${names_1.METRICS.predictions.name}{model=${model}}[${w}]))`);
    }
    if (node.signal?.kind === 'latency' && objective?.latency_below !== undefined) {
        const bound = objective.latency_below;
        if (!latencyBuckets_1.LATENCY_BUCKETS.includes(bound)) {
            throw new Error(`sliExpression: node '${node.id}' objective.latency_below ${bound} is not a bucket bound of ` +
                `${names_1.METRICS.predictionLatency.name}; expected one of ${latencyBuckets_1.LATENCY_BUCKETS.join(', ')}`);
        }
        const histogram = names_1.METRICS.predictionLatency.name;
        return (`1 - (\n  ${AGG} (rate(${histogram}_bucket{model=${model},le=${(0, labels_1.quote)(String(bound))}}[${w}]))\n` +
            `  /\n  ${AGG} (rate(${histogram}_count{model=${model}}[${w}]))\n)`);
    }
    throw new Error(`sliExpression: node '${node.id}' declares an objective but its signal is ` +
        `'${node.signal?.kind ?? 'none'}'; expected error_ratio, or latency with objective.latency_below`);
}
/** The distinct windows the burn alerts read, ascending. */
function sloWindows() {
    return [...new Set(exports.BURN_WINDOWS.flatMap((w) => [w.long, w.short]))].sort((a, b) => a - b);
}
/** One rule group per node with an objective: SLI recordings, objective metadata, four burn alerts. */
function sloRuleGroup(facts) {
    const { node } = facts;
    const objective = node.objective;
    if (objective === undefined)
        throw new Error(`sloRuleGroup: node '${node.id}' declares no objective`);
    const labels = { node: node.id };
    const budget = errorBudget(objective.target);
    const recordings = [
        ...sloWindows().map((w) => ({
            record: names_2.SLO_RECORDS.errorRatio((0, duration_1.formatDuration)(w)),
            expr: sliExpression(facts, w),
            labels,
        })),
        { record: names_2.SLO_RECORDS.objective, expr: `vector(${objective.target})`, labels },
        { record: names_2.SLO_RECORDS.errorBudget, expr: `vector(${budget})`, labels },
    ];
    const alerts = exports.BURN_WINDOWS.map((w) => burnAlert(facts, w, budget));
    return { name: `mlhealth-slo-${node.id}`, rules: [...recordings, ...alerts] };
}
function burnAlert(facts, window, budget) {
    const { node } = facts;
    const objective = node.objective;
    const factor = burnFactor(window, objective.period);
    const [long, short] = [(0, duration_1.formatDuration)(window.long), (0, duration_1.formatDuration)(window.short)];
    const sel = `{node=${(0, labels_1.quote)(node.id)}}`;
    return {
        alert: names_2.ALERTS.errorBudgetBurn,
        expr: `${names_2.SLO_RECORDS.errorRatio(long)}${sel} > (${factor} * ${budget})\n` +
            `and\n${names_2.SLO_RECORDS.errorRatio(short)}${sel} > (${factor} * ${budget})`,
        for: (0, duration_1.formatDuration)(Math.round(window.long / 30)),
        labels: { ...(0, labels_1.alertLabels)(facts, window.severity), long_window: long, short_window: short },
        annotations: (0, labels_1.alertAnnotations)(facts, `${node.title} burns its error budget ${factor}× too fast`, burnDescription(facts, window, text_1.TEMPLATE_TEXT)),
    };
}
/** What a burn alert says: which SLI, which windows, how fast, when the budget runs out, the value now. */
function burnDescription(facts, window, text) {
    const { node } = facts;
    const objective = node.objective;
    const factor = burnFactor(window, objective.period);
    const [long, short] = [(0, duration_1.formatDuration)(window.long), (0, duration_1.formatDuration)(window.short)];
    const what = objective.latency_below === undefined
        ? 'error ratio'
        : `share of predictions slower than ${(0, duration_1.formatDuration)(objective.latency_below)}`;
    const exhaustion = (0, format_1.displayDuration)(Math.round(objective.period / factor));
    return (`The ${what} of ${node.model ?? node.id} over ${long} and ${short} is above ${factor} × the error budget ` +
        `${errorBudget(objective.target)} (objective ${objective.target} over ${(0, format_1.displayDuration)(objective.period)}); ` +
        `at this rate the budget is gone within ${exhaustion}. Now ${text.valueAsPercentage()} over ${long}.`);
}
//# sourceMappingURL=slo.js.map