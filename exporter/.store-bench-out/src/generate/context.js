"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildContext = buildContext;
const links_1 = require("./links");
/**
 * Derives the facts of every node of `spec`.
 *
 * Convention: escalation and playbook are inherited from the nearest ancestor that declares them, so a
 * base node under `fraud.drift` alerts the fraud team without repeating it. Complexity O(n·e).
 *
 * @throws Error naming the node and policy when a node's `escalation` names no policy, or a policy's
 *   `team` names no team (the loader checks both; this guards generators called on hand-built specs).
 * @example buildContext(spec).byId.get('fraud.drift.amount')?.team?.id // 'ml-fraud'
 */
function buildContext(spec) {
    const nodeById = new Map(spec.nodes.map((n) => [n.id, n]));
    const parents = parentMap(spec.nodes);
    const models = new Map(spec.models.map((m) => [m.id, m]));
    const facts = spec.nodes.map((node) => {
        const ancestors = walk(node.id, (id) => parents.get(id) ?? []);
        const chain = [node, ...ancestors.map((id) => nodeById.get(id))];
        const policyId = chain.find((n) => n.escalation !== undefined)?.escalation;
        const policy = policyId === undefined ? undefined : findPolicy(spec, policyId, node.id);
        const model = node.model === undefined ? undefined : models.get(node.model);
        const descendantSet = new Set(walk(node.id, (id) => (nodeById.get(id)?.children ?? []).map((c) => c.node)));
        return {
            node,
            cadence: node.cadence ?? model?.evaluation_interval ?? spec.defaults.evaluation_interval,
            parents: parents.get(node.id) ?? [],
            ancestors,
            descendants: spec.nodes.filter((n) => descendantSet.has(n.id)).map((n) => n.id),
            policy,
            team: policy === undefined ? undefined : findTeam(spec, policy),
            runbookUrl: chain.find((n) => n.playbook !== undefined)?.playbook,
            dashboardUrl: (0, links_1.dashboardUrlFor)(spec, node),
        };
    });
    return { spec, nodes: facts, byId: new Map(facts.map((f) => [f.node.id, f])), models };
}
function parentMap(nodes) {
    const parents = new Map();
    for (const parent of nodes) {
        for (const child of parent.children ?? []) {
            parents.set(child.node, [...(parents.get(child.node) ?? []), parent.id]);
        }
    }
    return parents;
}
/** Breadth-first walk from `start` (excluded), each id once, in discovery order. */
function walk(start, next) {
    const seen = new Set([start]);
    const out = [];
    let frontier = [start];
    while (frontier.length > 0) {
        const following = [];
        for (const id of frontier) {
            for (const n of next(id)) {
                if (seen.has(n))
                    continue;
                seen.add(n);
                out.push(n);
                following.push(n);
            }
        }
        frontier = following;
    }
    return out;
}
function findPolicy(spec, id, nodeId) {
    const policy = spec.escalation_policies.find((p) => p.id === id);
    if (policy === undefined) {
        throw new Error(`buildContext: node '${nodeId}' escalates to '${id}', which is not an escalation policy`);
    }
    return policy;
}
function findTeam(spec, policy) {
    const team = spec.teams.find((t) => t.id === policy.team);
    if (team === undefined) {
        throw new Error(`buildContext: escalation policy '${policy.id}' names team '${policy.team}', which is not a team`);
    }
    return team;
}
//# sourceMappingURL=context.js.map