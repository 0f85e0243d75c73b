"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeJson = nodeJson;
exports.cascadeJson = cascadeJson;
/**
 * `GET /api/v1/cascade`: the whole hierarchy as JSON, from the spec and the last snapshot. Pure.
 * Keys are snake_case like the spec; statuses are words (`ok`…`unknown`), with `status_code` the wire
 * code of `mlhealth_node_status` for clients that want to match the series.
 */
const status_1 = require("../cascade/status");
const nodeUnit_1 = require("../metrics/nodeUnit");
/** A node's JSON from its spec and its result (absent before the first evaluation: status unknown). */
function nodeJson(node, result) {
    return {
        id: node.id,
        tier: node.tier,
        model: node.model ?? '',
        title: node.title,
        unit: (0, nodeUnit_1.nodeUnit)(node),
        owner: node.owner ?? null,
        playbook: node.playbook ?? null,
        children: (node.children ?? []).map((c) => c.node),
        score: result?.score ?? null,
        status: result?.status ?? 'unknown',
        status_code: (0, status_1.statusCode)(result?.status ?? 'unknown'),
        value: result?.value ?? null,
        thresholds: result?.thresholds ?? null,
        contributions: result?.contributions ?? [],
        impact: result?.impact ?? null,
        decay: result?.decay ?? 1,
        reason: result?.reason ?? 'not evaluated yet',
        updated_at: result?.updatedAt ?? null,
    };
}
/** The whole cascade as JSON. Complexity O(nodes + edges). */
function cascadeJson(spec, sha256, snapshot) {
    const results = new Map((snapshot?.nodes ?? []).map((r) => [r.id, r]));
    const edges = spec.nodes.flatMap((n) => (n.children ?? []).map((c) => ({ parent: n.id, child: c.node, weight: c.weight })));
    return {
        spec: { name: spec.name, version: spec.version, sha256, currency: spec.currency },
        at: snapshot?.at ?? null,
        nodes: spec.nodes.map((n) => nodeJson(n, results.get(n.id))),
        edges,
        retrain_recommended: snapshot?.retrainRecommended ?? {},
    };
}
//# sourceMappingURL=cascadeView.js.map