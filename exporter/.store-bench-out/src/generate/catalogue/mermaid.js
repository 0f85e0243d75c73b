"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hierarchyMermaid = hierarchyMermaid;
const TIER_ORDER = ['business', 'component', 'base'];
const TIER_TITLE = {
    business: 'Business tier',
    component: 'Component tier',
    base: 'Base tier',
};
/** Mermaid-safe text for a label inside `["..."]`. */
function label(text) {
    return text.replace(/"/g, '#quot;');
}
/**
 * A Mermaid `flowchart BT` of the spec's DAG. Node ids are `n<index>` (spec order), since Mermaid ids
 * cannot hold the dots of node ids; the label shows the id and title. Edge labels are rollup weights.
 */
function hierarchyMermaid(spec) {
    const ids = new Map(spec.nodes.map((n, i) => [n.id, `n${i}`]));
    const lines = ['flowchart BT'];
    for (const tier of TIER_ORDER) {
        const nodes = spec.nodes.filter((n) => n.tier === tier);
        if (nodes.length === 0)
            continue;
        lines.push(`  subgraph ${tier}["${TIER_TITLE[tier]}"]`);
        for (const n of nodes)
            lines.push(`    ${ids.get(n.id)}["${label(n.id)}<br/>${label(n.title)}"]`);
        lines.push('  end');
    }
    for (const parent of spec.nodes) {
        for (const child of parent.children ?? []) {
            lines.push(`  ${ids.get(child.node)} -->|${child.weight}| ${ids.get(parent.id)}`);
        }
    }
    return lines.join('\n');
}
//# sourceMappingURL=mermaid.js.map