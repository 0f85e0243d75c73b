"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALLOWED_CHILD_TIERS = void 0;
exports.checkTiers = checkTiers;
const context_1 = require("./context");
/** Which tiers a parent of each tier may have as children. */
exports.ALLOWED_CHILD_TIERS = {
    base: [],
    component: ['base', 'component'],
    business: ['component', 'business'],
};
function checkTiers(input) {
    const list = new context_1.IssueList(input);
    const nodes = (0, context_1.nodesById)(input);
    input.spec.nodes.forEach((node, n) => {
        const here = (...rest) => list.at('nodes', n, ...rest);
        if (node.tier === 'base')
            checkBase(node, here, list);
        else
            checkParent(node, nodes, here, list);
    });
    return list.issues;
}
function checkBase(node, here, list) {
    if (node.signal === undefined)
        list.error(here(), "a base node needs a 'signal'");
    for (const key of ['children', 'rollup', 'impact']) {
        if (node[key] !== undefined)
            list.error(here(key), `a base node has no ${key}; only component and business nodes do`);
    }
}
function checkParent(node, nodes, here, list) {
    if (node.children === undefined)
        list.error(here(), `a ${node.tier} node needs 'children'`);
    if (node.rollup === undefined)
        list.error(here(), `a ${node.tier} node needs a 'rollup' (worst_of, weighted_mean or k_of_n)`);
    for (const key of ['signal', 'objective']) {
        if (node[key] !== undefined)
            list.error(here(key), `only base nodes have a ${key}; this is a ${node.tier} node`);
    }
    if (node.impact !== undefined && node.tier !== 'business')
        list.error(here('impact'), 'only business nodes have an impact model');
    const children = node.children ?? [];
    if (node.rollup?.rule === 'k_of_n' && node.rollup.k > children.length) {
        list.error(here('rollup', 'k'), `k is ${node.rollup.k} but the node has only ${children.length} children`);
    }
    const allowed = exports.ALLOWED_CHILD_TIERS[node.tier];
    children.forEach((ref, c) => {
        const child = nodes.get(ref.node);
        if (child !== undefined && !allowed.includes(child.tier)) {
            list.error(here('children', c), `a ${node.tier} node cannot have the ${child.tier} node '${child.id}' as a child (allowed: ${allowed.join(', ')})`);
        }
    });
}
//# sourceMappingURL=tiers.js.map