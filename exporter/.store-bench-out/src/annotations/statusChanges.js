"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusChangeAnnotations = statusChangeAnnotations;
/**
 * Automatic annotations: when a node's status changes between two consecutive cascade snapshots, one
 * annotation says so with its cause, in the words `explainNode` uses everywhere
 * ("revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31").
 */
const explain_1 = require("../cascade/explain");
/**
 * One annotation per node whose status differs from the previous snapshot, in spec order, at the new
 * snapshot's time, tagged `[mlhealth, status, <tier>, <new status>]`. Nothing for the first snapshot
 * (no previous one) or for nodes the previous snapshot lacked (a spec change is not a status change).
 * Pure; O(nodes × depth).
 *
 * @example statusChangeAnnotations(before, after, spec)
 * // [{ time: 1700000060, text: 'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31',
 * //    tags: ['mlhealth', 'status', 'business', 'critical'], nodes: ['revenue_assurance'], source: 'auto' }]
 */
function statusChangeAnnotations(previous, next, spec) {
    if (previous === null)
        return [];
    const before = new Map(previous.nodes.map((n) => [n.id, n.status]));
    const drafts = [];
    for (const node of next.nodes) {
        const was = before.get(node.id);
        if (was === undefined || was === node.status)
            continue;
        drafts.push({
            time: next.at,
            text: (0, explain_1.explainNode)(next, node.id, spec),
            tags: ['mlhealth', 'status', node.tier, node.status],
            nodes: [node.id],
            source: 'auto',
        });
    }
    return drafts;
}
//# sourceMappingURL=statusChanges.js.map