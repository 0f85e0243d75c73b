"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.overridesProblems = overridesProblems;
exports.effectiveObservation = effectiveObservation;
exports.forcedResult = forcedResult;
const format_1 = require("./format");
const graph_1 = require("./graph");
const status_1 = require("./status");
const thresholds_1 = require("./thresholds");
/** Why these overrides cannot apply to the spec: unknown nodes, values on parents, scores outside [0, 1]. */
function overridesProblems(spec, overrides) {
    if (overrides === undefined)
        return [];
    const byId = new Map(spec.nodes.map((n) => [n.id, n]));
    const problems = [];
    for (const [id, o] of overrides) {
        const problem = overrideProblem(id, byId.get(id), o);
        if (problem !== null)
            problems.push(problem);
    }
    return problems;
}
function overrideProblem(id, node, o) {
    if (node === undefined)
        return `override of unknown node ${id}`;
    if ('value' in o) {
        if (!(0, graph_1.isLeaf)(node))
            return `node ${id} is not a base node, its value cannot be set`;
        return Number.isFinite(o.value) ? null : `value ${o.value} for ${id} is not finite`;
    }
    if ('score' in o) {
        return o.score >= 0 && o.score <= 1 ? null : `score ${o.score} for ${id} is not in [0, 1]`;
    }
    return status_1.STATUSES.includes(o.status) ? null : `status ${String(o.status)} for ${id} is not a status`;
}
/** The observation a base node is evaluated from: the override's value observed now, or the real one. */
function effectiveObservation(node, observation, override, now) {
    if (override === undefined || !('value' in override))
        return observation;
    return { node: node.id, value: override.value, observedAt: now, reason: 'scenario value' };
}
/**
 * A result fixed by a score or status override.
 *
 * @example forcedResult(result, { status: 'critical' }, { warning: 0.75, critical: 0.5 })
 * // { …result, score: 0.5, status: 'critical', contributions: [], decay: 1, reason: 'scenario: status set to critical' }
 */
function forcedResult(result, override, t) {
    const fixed = { ...result, contributions: [], decay: 1 };
    if ('score' in override) {
        const status = (0, thresholds_1.statusFromScore)(override.score, t);
        return {
            ...fixed,
            score: override.score,
            status,
            reason: `scenario: score set to ${(0, format_1.formatNumber)(override.score)}`,
        };
    }
    const score = (0, thresholds_1.scoreOfStatus)(override.status, t);
    return { ...fixed, score, status: override.status, reason: `scenario: status set to ${override.status}` };
}
//# sourceMappingURL=override.js.map