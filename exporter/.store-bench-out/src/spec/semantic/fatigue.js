"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkFatigue = checkFatigue;
const context_1 = require("./context");
function checkFatigue(input) {
    const list = new context_1.IssueList(input);
    const { spec } = input;
    const { max_children: maxChildren, max_nodes_per_tier: maxPerTier } = spec.defaults;
    spec.nodes.forEach((node, n) => {
        const count = node.children?.length ?? 0;
        if (count > maxChildren) {
            list.warning(list.at('nodes', n, 'children'), `${count} children, more than defaults.max_children (${maxChildren}): group them under intermediate components so the level stays readable`);
        }
    });
    const seen = { base: 0, component: 0, business: 0 };
    const totals = { base: 0, component: 0, business: 0 };
    for (const node of spec.nodes)
        totals[node.tier] += 1;
    spec.nodes.forEach((node, n) => {
        seen[node.tier] += 1;
        if (seen[node.tier] === maxPerTier + 1) {
            list.warning(list.at('nodes', n), `the ${node.tier} tier has ${totals[node.tier]} nodes, more than defaults.max_nodes_per_tier (${maxPerTier}); this is number ${maxPerTier + 1}`);
        }
    });
    return list.issues;
}
//# sourceMappingURL=fatigue.js.map