"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusDescription = statusDescription;
exports.noDataDescription = noDataDescription;
exports.staleDescription = staleDescription;
const names_1 = require("../../metrics/names");
const format_1 = require("./format");
const timing_1 = require("./timing");
/** Warning/critical: the value (base) or score, impact and top contributor (parents), against thresholds. */
function statusDescription(spec, facts, text) {
    const { node } = facts;
    const extra = node.description === undefined ? '' : ` ${node.description}`;
    if (node.tier === 'base') {
        const t = node.thresholds;
        const bounds = t === undefined
            ? ''
            : ` (${t.direction.replace(/_/g, ' ')}; warning at ${(0, format_1.formatThreshold)(t.warning, node.unit)}, ` +
                `critical at ${(0, format_1.formatThreshold)(t.critical, node.unit)})`;
        return `${node.title}: value ${text.value(node.id, node.unit)}${bounds}.${extra}`;
    }
    const t = node.thresholds ?? spec.defaults.score_thresholds;
    const score = `score ${text.score(node.id)} (warning below ${t.warning}, critical below ${t.critical})`;
    const why = text.topContributor(node.id);
    if (node.impact !== undefined) {
        const { measure, unit } = node.impact;
        return `${node.title}: ${text.impact(node.id, measure, unit)}; ${score}; ${why}.${extra}`;
    }
    return `${node.title}: ${score}; ${why}.${extra}`;
}
/** No data: the unknown status, or no series at all while the exporter is up. */
function noDataDescription(spec, facts, text) {
    const { node } = facts;
    const unknown = `${node.title} is unknown: its input is missing, older than ${(0, format_1.displayDuration)(spec.defaults.stale_after)}, ` +
        `or its source failed (or, for a parent, a child is unknown). Missing data is never green.`;
    const absent = `The exporter ${text.instance()} is up but serves no ${names_1.METRICS.nodeStatus.name} series for ${node.id}: ` +
        `the deployed spec and these rules disagree. Regenerate the rules from the deployed spec.`;
    return text.unknownOrAbsent(unknown, absent);
}
/** Stale evaluation: how long ago the node was computed against its cadence. */
function staleDescription(facts, text) {
    const { node } = facts;
    return (`${node.title} was last computed ${text.valueAsDuration()} ago; it is evaluated every ` +
        `${(0, format_1.displayDuration)(facts.cadence)} and counts as stale after ${(0, format_1.displayDuration)((0, timing_1.staleAfter)(facts))}. ` +
        `The exporter's evaluation loop or one of its sources is stuck.`);
}
//# sourceMappingURL=descriptions.js.map