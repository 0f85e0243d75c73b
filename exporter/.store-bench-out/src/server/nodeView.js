"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeDetailJson = nodeDetailJson;
/**
 * `GET /api/v1/nodes/{id}`: one node's definition, current result, lineage to raw inputs, thresholds,
 * owner, playbook, escalation (resolved to the team), parents and recent history. Pure.
 */
const cascade_1 = require("../cascade");
const cascadeView_1 = require("./cascadeView");
const lineage_1 = require("./lineage");
function escalationOf(spec, node) {
    if (node.escalation === undefined)
        return null;
    const policy = spec.escalation_policies.find((p) => p.id === node.escalation);
    if (policy === undefined)
        return null;
    return { policy, team: spec.teams.find((t) => t.id === policy.team) ?? null };
}
/** The node's JSON; null when the spec has no node `id`. Complexity O(nodes + history). */
function nodeDetailJson(spec, id, snapshot, history) {
    const node = spec.nodes.find((n) => n.id === id);
    if (node === undefined)
        return null;
    const points = [];
    for (const past of history) {
        const r = past.nodes.find((n) => n.id === id);
        if (r !== undefined)
            points.push({ at: past.at, score: r.score, status: r.status, value: r.value });
    }
    const evaluated = snapshot !== null && snapshot.nodes.some((n) => n.id === id);
    return {
        node: (0, cascadeView_1.nodeJson)(node, snapshot?.nodes.find((n) => n.id === id)),
        explanation: evaluated ? (0, cascade_1.explainNode)(snapshot, id, spec) : null,
        cause_chain: evaluated ? (0, cascade_1.topCause)(snapshot, id) : [],
        definition: node,
        parents: spec.nodes.filter((p) => (p.children ?? []).some((c) => c.node === id)).map((p) => p.id),
        lineage: (0, lineage_1.lineageOf)(spec, id),
        escalation: escalationOf(spec, node),
        history: points,
    };
}
//# sourceMappingURL=nodeView.js.map