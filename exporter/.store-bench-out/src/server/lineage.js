"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lineageOf = lineageOf;
function rawInputs(node) {
    const signal = node.signal;
    if (signal === undefined)
        return [];
    const model = node.model;
    switch (signal.kind) {
        case 'promql':
            return [{ kind: 'promql', source: signal.source, query: signal.query }];
        case 'feature_drift':
            return [{ kind: 'model_feature', model, feature: signal.feature }];
        case 'missing_ratio':
        case 'schema_violations':
            return [
                signal.feature !== undefined
                    ? { kind: 'model_feature', model, feature: signal.feature }
                    : { kind: 'model_events', model },
            ];
        case 'realized_performance':
            return [
                { kind: 'model_events', model },
                { kind: 'model_labels', model },
            ];
        case 'model_age':
        case 'reference_age':
        case 'policy_violations':
            return [{ kind: 'governance', model }];
        default:
            return [{ kind: 'model_events', model }];
    }
}
/**
 * The lineage tree under `id`. Throws when `id` is not a node of the spec.
 * Complexity O(nodes + edges): each node is expanded once.
 */
function lineageOf(spec, id) {
    const byId = new Map(spec.nodes.map((n) => [n.id, n]));
    const expanded = new Set();
    const walk = (nodeId, weight) => {
        const node = byId.get(nodeId);
        if (node === undefined)
            throw new Error(`lineageOf: node '${nodeId}' is not in spec ${spec.name}`);
        const entry = { id: node.id, tier: node.tier, title: node.title };
        if (weight !== undefined)
            entry.weight = weight;
        if (expanded.has(node.id))
            return { ...entry, seen_above: true };
        expanded.add(node.id);
        if (node.children !== undefined && node.children.length > 0) {
            entry.children = node.children.map((c) => walk(c.node, c.weight));
        }
        else if (node.signal !== undefined) {
            entry.signal = node.signal;
            entry.inputs = rawInputs(node);
        }
        return entry;
    };
    return walk(id, undefined);
}
//# sourceMappingURL=lineage.js.map