"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.alertLabels = alertLabels;
exports.alertAnnotations = alertAnnotations;
exports.quote = quote;
/**
 * `severity`, `team`, `escalation`, `tier`, `node`, `model` in that order; `team`/`escalation` are
 * left out when nothing on the node's chain declares an escalation, `model` for nodes spanning models.
 */
function alertLabels(facts, severity) {
    const labels = { severity };
    if (facts.team !== undefined)
        labels.team = facts.team.id;
    if (facts.policy !== undefined)
        labels.escalation = facts.policy.id;
    labels.tier = facts.node.tier;
    labels.node = facts.node.id;
    if (facts.node.model !== undefined)
        labels.model = facts.node.model;
    return labels;
}
/** `summary` and `description` followed by `runbook_url` (when known) and `dashboard_url`. */
function alertAnnotations(facts, summary, description) {
    const annotations = { summary, description };
    if (facts.runbookUrl !== undefined)
        annotations.runbook_url = facts.runbookUrl;
    annotations.dashboard_url = facts.dashboardUrl;
    return annotations;
}
/** A PromQL label matcher value: double-quoted with Go escapes (valid for any string). */
function quote(value) {
    return JSON.stringify(value);
}
//# sourceMappingURL=labels.js.map