"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cascadeSpecProblems = cascadeSpecProblems;
const decay_1 = require("./decay");
const graph_1 = require("./graph");
const impact_1 = require("./impact");
const thresholds_1 = require("./thresholds");
/**
 * The problems of a spec for the cascade engine; empty when it can be evaluated. Complexity O(nodes + edges).
 *
 * @example cascadeSpecProblems(specWithWeightZero)
 * // [{ path: '/nodes/4/children/0/weight', message: 'weight 0 of child fraud.serving must be a positive finite number' }]
 */
function cascadeSpecProblems(spec) {
    const problems = [];
    const add = (path, message) => problems.push({ path, message });
    const st = (0, thresholds_1.scoreThresholdsProblem)(spec.defaults.score_thresholds);
    if (st !== null)
        add('/defaults/score_thresholds', st);
    if (!(spec.defaults.stale_after >= 0)) {
        add('/defaults/stale_after', `stale_after ${spec.defaults.stale_after} must be ≥ 0`);
    }
    const ids = new Set();
    spec.nodes.forEach((node, i) => {
        if (ids.has(node.id))
            add(`/nodes/${i}/id`, `duplicate node id ${node.id}`);
        ids.add(node.id);
    });
    spec.nodes.forEach((node, i) => nodeProblems(node, `/nodes/${i}`, ids, add));
    if (problems.length === 0) {
        try {
            (0, graph_1.topologicalOrder)(spec.nodes);
        }
        catch (e) {
            add('/nodes', e.message.replace(/^topologicalOrder: /, ''));
        }
    }
    return problems;
}
function nodeProblems(node, at, ids, add) {
    const children = node.children ?? [];
    if (children.length === 0 && node.thresholds !== undefined) {
        const p = (0, thresholds_1.valueThresholdsProblem)(node.thresholds);
        if (p !== null)
            add(`${at}/thresholds`, p);
    }
    if (children.length > 0 && node.thresholds !== undefined) {
        if (node.thresholds.direction !== 'lower_is_worse') {
            add(`${at}/thresholds/direction`, `a parent's thresholds are scores, so direction must be lower_is_worse`);
        }
        const p = (0, thresholds_1.scoreThresholdsProblem)(node.thresholds);
        if (p !== null)
            add(`${at}/thresholds`, p);
    }
    const seen = new Set();
    children.forEach((c, j) => {
        if (!ids.has(c.node))
            add(`${at}/children/${j}/node`, `unknown child ${c.node}`);
        if (seen.has(c.node))
            add(`${at}/children/${j}/node`, `child ${c.node} listed twice`);
        seen.add(c.node);
        if (!(c.weight > 0 && Number.isFinite(c.weight))) {
            add(`${at}/children/${j}/weight`, `weight ${c.weight} of child ${c.node} must be a positive finite number`);
        }
    });
    const rollup = node.rollup;
    if (rollup?.rule === 'k_of_n' &&
        !(Number.isInteger(rollup.k) && rollup.k >= 1 && rollup.k <= children.length)) {
        add(`${at}/rollup/k`, `k ${rollup.k} must be an integer from 1 to the number of children (${children.length})`);
    }
    if (node.impact !== undefined) {
        const p = (0, impact_1.lossProblem)(node.impact.loss);
        if (p !== null)
            add(`${at}/impact/loss`, p);
        const e = node.impact.exposure;
        if ('constant' in e && !(e.constant >= 0 && Number.isFinite(e.constant))) {
            add(`${at}/impact/exposure/constant`, `exposure ${e.constant} must be a non-negative finite number`);
        }
    }
    if (node.decay !== undefined) {
        const p = (0, decay_1.decayProblem)(node.decay);
        if (p !== null)
            add(`${at}/decay`, p);
    }
    const trigger = node.retrain_trigger;
    if (trigger !== undefined && trigger.status !== 'warning' && trigger.status !== 'critical') {
        add(`${at}/retrain_trigger/status`, `trigger status ${String(trigger.status)} must be warning or critical`);
    }
}
//# sourceMappingURL=check.js.map