"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeRule = nodeRule;
exports.scenarioValue = scenarioValue;
exports.nodeSeries = nodeSeries;
exports.expectedNodeAlert = expectedNodeAlert;
/**
 * The series one node feeds into a rule-test scenario, and the alert a scenario expects from one of
 * the node's rules.
 */
const names_1 = require("../../metrics/names");
const descriptions_1 = require("../rules/descriptions");
const nodeAlerts_1 = require("../rules/nodeAlerts");
const expectedText_1 = require("./expectedText");
const series_1 = require("./series");
const KIND_INDEX = { warning: 0, critical: 1, noData: 2, stale: 3 };
/** The generated rule of `kind` for a node (the same objects the rule file holds). */
function nodeRule(ctx, facts, kind) {
    return (0, nodeAlerts_1.nodeAlertRules)(ctx.spec, facts)[KIND_INDEX[kind]];
}
/** What a scenario's status code sets on the value of a base node: its warning or critical threshold. */
function scenarioValue(facts, status) {
    const t = facts.node.thresholds;
    if (t === undefined)
        return 1;
    return status >= 2 ? t.critical : t.warning;
}
/**
 * The series of one node: status, value (base) or score and contribution (parents), impact (business)
 * and last update. `status` null leaves the status series out; `updated` false freezes the update time at 0.
 */
function nodeSeries(ctx, facts, status, values, steps, interval, updated = true) {
    const { node } = facts;
    const id = { node: node.id, tier: node.tier, model: node.model };
    const out = [];
    if (status !== null)
        out.push((0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.nodeStatus.name, id), (0, series_1.constant)(status, steps)));
    if (node.tier === 'base') {
        out.push((0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.nodeValue.name, id), (0, series_1.constant)(values.value(node.id), steps)));
    }
    else {
        out.push((0, series_1.series)((0, series_1.seriesName)(names_1.METRICS.nodeScore.name, id), (0, series_1.constant)(values.score, steps)));
        const child = (0, expectedText_1.firstChild)(ctx, node.id);
        if (child !== undefined) {
            const edge = (0, series_1.seriesName)(names_1.METRICS.nodeContribution.name, { parent: node.id, child });
            out.push((0, series_1.series)(edge, (0, series_1.constant)(values.contribution, steps)));
        }
    }
    if (node.impact !== undefined) {
        const impact = (0, series_1.seriesName)(names_1.METRICS.businessImpact.name, { node: node.id, measure: node.impact.measure });
        out.push((0, series_1.series)(impact, (0, series_1.constant)(values.impact, steps)));
    }
    const lastUpdate = (0, series_1.seriesName)(names_1.METRICS.nodeLastUpdate.name, { node: node.id });
    out.push((0, series_1.series)(lastUpdate, updated ? (0, series_1.growing)(0, interval, steps) : (0, series_1.constant)(0, steps)));
    return out;
}
/** The alert `kind` of `facts` as the scenario expects it: rule labels plus target labels, expanded text. */
function expectedNodeAlert(ctx, facts, kind, values) {
    const rule = nodeRule(ctx, facts, kind);
    const text = (0, expectedText_1.expectedText)(ctx, values);
    const description = kind === 'noData'
        ? (0, descriptions_1.noDataDescription)(ctx.spec, facts, text)
        : kind === 'stale'
            ? (0, descriptions_1.staleDescription)(facts, text)
            : (0, descriptions_1.statusDescription)(ctx.spec, facts, text);
    return {
        exp_labels: { ...rule.labels, ...series_1.TEST_TARGET },
        exp_annotations: { ...rule.annotations, description },
    };
}
//# sourceMappingURL=nodeSeries.js.map