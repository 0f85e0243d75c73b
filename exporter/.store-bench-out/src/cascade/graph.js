"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isLeaf = isLeaf;
exports.topologicalOrder = topologicalOrder;
exports.edgesOf = edgesOf;
exports.modelsBeneath = modelsBeneath;
/** Whether a node is evaluated from an observation (no children) rather than rolled up. */
function isLeaf(node) {
    return node.children === undefined || node.children.length === 0;
}
/**
 * Nodes in an order where every child comes before its parents (Kahn's algorithm: leaves in spec
 * order, then each parent once its last child is placed — deterministic for a given spec).
 * Complexity O(nodes + edges).
 *
 * @throws Error naming the node and the missing child for a dangling reference, and the nodes left
 *   over for a cycle.
 * @example
 * // p has child b, declared first:
 * topologicalOrder(spec.nodes).map((n) => n.id) // ['b', 'p']
 */
function topologicalOrder(nodes) {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const pending = new Map();
    const parentsOf = new Map();
    for (const node of nodes) {
        const children = node.children ?? [];
        pending.set(node.id, children.length);
        for (const c of children) {
            if (!byId.has(c.node))
                throw new Error(`topologicalOrder: node ${node.id} has unknown child ${c.node}`);
            parentsOf.set(c.node, [...(parentsOf.get(c.node) ?? []), node.id]);
        }
    }
    const order = [];
    const ready = nodes.filter((n) => pending.get(n.id) === 0);
    for (let next = 0; next < ready.length; next++) {
        const node = ready[next];
        order.push(node);
        for (const parent of parentsOf.get(node.id) ?? []) {
            const left = pending.get(parent) - 1;
            pending.set(parent, left);
            if (left === 0)
                ready.push(byId.get(parent));
        }
    }
    if (order.length < nodes.length) {
        const stuck = nodes.filter((n) => pending.get(n.id) > 0).map((n) => n.id);
        throw new Error(`topologicalOrder: cycle among nodes ${stuck.join(', ')}`);
    }
    return order;
}
/** Every (parent, child, weight), parents in spec order, children in declaration order. */
function edgesOf(nodes) {
    return nodes.flatMap((n) => (n.children ?? []).map((c) => ({ parent: n.id, child: c.node, weight: c.weight })));
}
/**
 * For every node, the sorted model ids of the node itself and every node beneath it. Complexity
 * O(nodes × models) over a topological order.
 *
 * @example modelsBeneath(spec.nodes).get('revenue_assurance') // ['fraud', 'recsys']
 */
function modelsBeneath(nodes) {
    const result = new Map();
    for (const node of topologicalOrder(nodes)) {
        const models = new Set(node.model !== undefined ? [node.model] : []);
        for (const c of node.children ?? [])
            for (const m of result.get(c.node) ?? [])
                models.add(m);
        result.set(node.id, [...models].sort());
    }
    return result;
}
//# sourceMappingURL=graph.js.map