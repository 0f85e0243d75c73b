"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pollKey = void 0;
exports.pollTargets = pollTargets;
/** The map key of a (source, query) pair. */
const pollKey = (source, query) => `${source}\u0000${query}`;
exports.pollKey = pollKey;
/**
 * Every (source, query) pair a spec polls, deduplicated, in spec order. A node's cadence is its own,
 * else its model's evaluation interval, else the spec default. Throws when a node names an undeclared
 * source (the spec loader refuses such specs; this guards hand-built ones).
 */
function pollTargets(spec) {
    const sources = new Map(spec.sources.map((s) => [s.id, s]));
    const targets = new Map();
    const add = (node, sourceId, query, cadence) => {
        const source = sources.get(sourceId);
        if (!source)
            throw new Error(`pollTargets: node ${node.id} reads source ${sourceId}, which the spec does not declare`);
        const existing = targets.get((0, exports.pollKey)(sourceId, query));
        if (existing) {
            existing.cadence = Math.min(existing.cadence, cadence);
            existing.nodes.push(node.id);
        }
        else
            targets.set((0, exports.pollKey)(sourceId, query), { source, query, cadence, nodes: [node.id] });
    };
    for (const node of spec.nodes) {
        const modelInterval = spec.models.find((m) => m.id === node.model)?.evaluation_interval;
        const cadence = node.cadence ?? modelInterval ?? spec.defaults.evaluation_interval;
        if (node.signal?.kind === 'promql')
            add(node, node.signal.source, node.signal.query, cadence);
        const exposure = node.impact?.exposure;
        if (exposure && 'source' in exposure)
            add(node, exposure.source, exposure.query, cadence);
    }
    return [...targets.values()];
}
//# sourceMappingURL=pollTargets.js.map