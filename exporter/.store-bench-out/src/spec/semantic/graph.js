"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkGraph = checkGraph;
exports.nodesReachingBase = nodesReachingBase;
exports.findCycles = findCycles;
const context_1 = require("./context");
function checkGraph(input) {
    const list = new context_1.IssueList(input);
    const nodes = (0, context_1.nodesById)(input);
    const indexOf = new Map();
    input.spec.nodes.forEach((n, i) => indexOf.set(n.id, indexOf.get(n.id) ?? i));
    for (const cycle of findCycles(input.spec.nodes, nodes)) {
        const first = cycle[0];
        const next = cycle[1] ?? first;
        const childIndex = (nodes.get(first)?.children ?? []).findIndex((c) => c.node === next);
        list.error(list.at('nodes', indexOf.get(first) ?? 0, 'children', Math.max(childIndex, 0)), `cycle in the node graph: ${[...cycle, first].join(' -> ')}`);
    }
    const reaching = nodesReachingBase(input.spec.nodes, nodes);
    input.spec.nodes.forEach((node, n) => {
        if (node.tier === 'base' || node.children === undefined)
            return;
        if (!reaching.has(node.id)) {
            list.error(list.at('nodes', n, 'children'), `no path from '${node.id}' down to any base signal`);
        }
    });
    return list.issues;
}
/**
 * Ids of the nodes with a path down to a base node, found by growing the set from the base nodes up to
 * a fixpoint: O(passes · edges). A child that is not declared (dangling, reported elsewhere, or left out
 * by the schema check) counts as reaching, so one typo is not reported twice.
 */
function nodesReachingBase(order, nodes) {
    const reaching = new Set(order.filter((n) => n.tier === 'base').map((n) => n.id));
    for (let changed = true; changed;) {
        changed = false;
        for (const node of order) {
            if (reaching.has(node.id))
                continue;
            if ((node.children ?? []).some((c) => reaching.has(c.node) || !nodes.has(c.node))) {
                reaching.add(node.id);
                changed = true;
            }
        }
    }
    return reaching;
}
/** Every elementary cycle found by depth-first search, each named once (starting at its first node in spec order). */
function findCycles(order, nodes) {
    const state = new Map();
    const stack = [];
    const cycles = [];
    const seen = new Set();
    const visit = (id) => {
        state.set(id, 'visiting');
        stack.push(id);
        for (const child of nodes.get(id)?.children ?? []) {
            const s = state.get(child.node);
            if (s === 'visiting') {
                const cycle = stack.slice(stack.indexOf(child.node));
                const key = [...cycle].sort().join('|');
                if (!seen.has(key)) {
                    seen.add(key);
                    cycles.push(cycle);
                }
            }
            else if (s === undefined && nodes.has(child.node)) {
                visit(child.node);
            }
        }
        stack.pop();
        state.set(id, 'done');
    };
    for (const node of order)
        if (!state.has(node.id))
            visit(node.id);
    return cycles;
}
//# sourceMappingURL=graph.js.map