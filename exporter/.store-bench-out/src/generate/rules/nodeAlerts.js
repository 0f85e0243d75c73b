"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeAlertRules = nodeAlertRules;
/**
 * The alerts of one node: warning and critical from `mlhealth_node_status` (business nodes under
 * their own names, with the impact in the description), no data (status unknown, or no series while
 * the exporter is up) and stale evaluation.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../../metrics/names");
const descriptions_1 = require("./descriptions");
const labels_1 = require("./labels");
const names_2 = require("./names");
const text_1 = require("./text");
const timing_1 = require("./timing");
const STATUS = names_1.METRICS.nodeStatus.name;
/** The four alerting rules of a node, in a fixed order: warning, critical, no data, stale. */
function nodeAlertRules(spec, facts) {
    const { node } = facts;
    const status = `${STATUS}{node=${(0, labels_1.quote)(node.id)}}`;
    const timing = {
        for: (0, duration_1.formatDuration)((0, timing_1.nodeFor)(facts)),
        keep_firing_for: (0, duration_1.formatDuration)((0, timing_1.keepFiringFor)(spec, facts)),
    };
    const business = node.tier === 'business';
    const detail = (0, descriptions_1.statusDescription)(spec, facts, text_1.TEMPLATE_TEXT);
    const warning = {
        alert: business ? names_2.ALERTS.businessWarning : names_2.ALERTS.nodeWarning,
        expr: `${status} > 0 < 3`,
        ...timing,
        labels: (0, labels_1.alertLabels)(facts, 'warning'),
        annotations: (0, labels_1.alertAnnotations)(facts, `${node.title} is degraded`, detail),
    };
    const critical = {
        alert: business ? names_2.ALERTS.businessCritical : names_2.ALERTS.nodeCritical,
        expr: `${status} == 2`,
        ...timing,
        labels: (0, labels_1.alertLabels)(facts, 'critical'),
        annotations: (0, labels_1.alertAnnotations)(facts, `${node.title} is critical`, detail),
    };
    return [warning, critical, noDataRule(spec, facts, status, timing), staleRule(facts)];
}
/**
 * One no-data rule for both cases, told apart in the description by the value: 3 is the unknown
 * status; 1 is `up` of an exporter that serves no series for the node (spec and rules disagree).
 */
function noDataRule(spec, facts, status, timing) {
    const { node } = facts;
    return {
        alert: names_2.ALERTS.nodeNoData,
        expr: `${status} == 3\nor\n(up{job=${(0, labels_1.quote)(names_2.SCRAPE_JOB)}} == 1 unless on (job, instance) ${status})`,
        ...timing,
        labels: (0, labels_1.alertLabels)(facts, 'warning'),
        annotations: (0, labels_1.alertAnnotations)(facts, `${node.title} has no data`, (0, descriptions_1.noDataDescription)(spec, facts, text_1.TEMPLATE_TEXT)),
    };
}
function staleRule(facts) {
    const { node } = facts;
    const limit = (0, timing_1.staleAfter)(facts);
    return {
        alert: names_2.ALERTS.evaluationStale,
        expr: `time() - ${names_1.METRICS.nodeLastUpdate.name}{node=${(0, labels_1.quote)(node.id)}} > ${limit}`,
        for: (0, duration_1.formatDuration)(facts.cadence),
        labels: (0, labels_1.alertLabels)(facts, 'warning'),
        annotations: (0, labels_1.alertAnnotations)(facts, `${node.title} is not being evaluated`, (0, descriptions_1.staleDescription)(facts, text_1.TEMPLATE_TEXT)),
    };
}
//# sourceMappingURL=nodeAlerts.js.map