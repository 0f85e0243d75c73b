"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selfRuleGroup = selfRuleGroup;
exports.retrainRules = retrainRules;
/**
 * Alerts about the exporter itself (down, missing from service discovery, failing to evaluate) and the
 * per-model retraining recommendation.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const labels_1 = require("./labels");
const names_2 = require("./names");
const timing_1 = require("./timing");
/** The `mlhealth-exporter` group: exporter down, absent, evaluation failing. */
function selfRuleGroup(spec) {
    const wait = (0, duration_1.formatDuration)((0, timing_1.exporterDownFor)(spec));
    const job = `job=${(0, labels_1.quote)(names_2.SCRAPE_JOB)}`;
    const labels = { severity: 'critical' };
    const mutes = 'While it lasts, every mlhealth data alert of this environment is inhibited.';
    const rules = [
        {
            alert: names_2.ALERTS.exporterDown,
            expr: `up{${job}} == 0`,
            for: wait,
            labels,
            annotations: {
                summary: 'The mlhealth exporter is down',
                description: `Prometheus cannot scrape the mlhealth exporter {{ $labels.instance }}. ${mutes}`,
            },
        },
        {
            alert: names_2.ALERTS.exporterAbsent,
            expr: `absent(up{${job}})`,
            for: wait,
            labels,
            annotations: {
                summary: 'The mlhealth exporter is not scraped at all',
                description: `No target of job ${names_2.SCRAPE_JOB} exists: the scrape configuration or service discovery lost the exporter.`,
            },
        },
        {
            alert: names_2.ALERTS.evaluationFailing,
            expr: `${names_1.METRICS.up.name} == 0`,
            for: wait,
            labels,
            annotations: {
                summary: 'The mlhealth exporter fails to evaluate the cascade',
                description: `The exporter {{ $labels.instance }} answers scrapes but its last cascade evaluation failed; see its logs.`,
            },
        },
    ];
    return { name: 'mlhealth-exporter', rules };
}
/**
 * One alert per model with a `retrain_trigger` on any node, labelled as the first such node (spec
 * order), which also gives the alert its team and playbook. Empty list when no node has a trigger.
 */
function retrainRules(ctx) {
    const rules = [];
    for (const model of ctx.spec.models) {
        const facts = ctx.nodes.find((f) => f.node.retrain_trigger !== undefined && triggerModels(ctx, f.node.id).includes(model.id));
        if (facts === undefined)
            continue;
        const trigger = facts.node.retrain_trigger;
        const held = trigger.for === undefined ? '' : ` for ${(0, duration_1.formatDuration)(trigger.for)}`;
        rules.push({
            alert: names_2.ALERTS.retrainRecommended,
            expr: `${names_1.METRICS.retrainRecommended.name}{model=${(0, labels_1.quote)(model.id)}} == 1`,
            for: (0, duration_1.formatDuration)((0, timing_1.nodeFor)(facts)),
            keep_firing_for: (0, duration_1.formatDuration)((0, timing_1.keepFiringFor)(ctx.spec, facts)),
            labels: { ...(0, labels_1.alertLabels)(facts, 'warning'), model: model.id },
            annotations: (0, labels_1.alertAnnotations)(facts, `Retraining ${model.title ?? model.id} is recommended`, `${facts.node.title} has been ${trigger.status} or worse${held}, the spec's retraining trigger for ` +
                `model ${model.id} (version ${model.version}). Plan a retrain and a new reference.`),
        });
    }
    return rules;
}
/** Models a trigger on `nodeId` recommends retraining: its own model, else the models beneath it. */
function triggerModels(ctx, nodeId) {
    const facts = ctx.byId.get(nodeId);
    if (facts === undefined)
        return [];
    if (facts.node.model !== undefined)
        return [facts.node.model];
    return [
        ...new Set(facts.descendants.map((id) => ctx.byId.get(id)?.node.model).filter((m) => m !== undefined)),
    ];
}
//# sourceMappingURL=selfAlerts.js.map