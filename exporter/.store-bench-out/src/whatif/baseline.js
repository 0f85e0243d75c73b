"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.healthyValue = healthyValue;
exports.isBaseNode = isBaseNode;
exports.healthyObservation = healthyObservation;
exports.healthyInputs = healthyInputs;
/**
 * The "everything healthy" inputs an offline what-if starts from: every base node reads its threshold
 * baseline (the value that scores 1), observed at `now`; every model and reference is brand new (age 0).
 * Exposures read from a source are not known offline, so they are absent (their impact is unknown until
 * the caller supplies them). Pure.
 */
const cascade_1 = require("../cascade");
/**
 * The value that scores 1 under these thresholds: the declared baseline, else the mapping's default
 * (0 for higher_is_worse with a positive warning; the mirror of critical about warning otherwise).
 *
 * @example healthyValue({ warning: 0.1, critical: 0.25, direction: 'higher_is_worse' }) // 0
 * @example healthyValue({ warning: 0.9, critical: 0.8, direction: 'lower_is_worse' }) // 1
 */
function healthyValue(thresholds) {
    const anchor = (0, cascade_1.linearAnchors)(thresholds).baseline;
    const value = thresholds.direction === 'higher_is_worse' ? anchor : -anchor;
    // Normalise -0 (from negating a zero badness) so tables and JSON show 0.
    return value === 0 ? 0 : value;
}
/** Whether a node is a base node (it has no children). */
function isBaseNode(node) {
    return node.children === undefined || node.children.length === 0;
}
/**
 * The healthy observation of one base node at `now` (value null, with a reason, when the node has no
 * thresholds to place a baseline).
 */
function healthyObservation(node, now) {
    if (node.thresholds === undefined) {
        return {
            node: node.id,
            value: null,
            observedAt: now,
            reason: 'no thresholds to place a healthy baseline',
        };
    }
    return { node: node.id, value: healthyValue(node.thresholds), observedAt: now };
}
/**
 * Healthy inputs for every base node of the spec at `now`. Complexity O(nodes + models).
 *
 * @example healthyInputs(spec, 1700000000).observations.get('recs.serving.throughput')
 * // { node: 'recs.serving.throughput', value: 35, observedAt: 1700000000 }  (warning 20, critical 5, lower_is_worse)
 */
function healthyInputs(spec, now) {
    const observations = new Map();
    for (const node of spec.nodes)
        if (isBaseNode(node))
            observations.set(node.id, healthyObservation(node, now));
    const ages = new Map(spec.models.map((m) => [m.id, 0]));
    return { observations, exposures: new Map(), modelAges: ages, referenceAges: new Map(ages) };
}
//# sourceMappingURL=baseline.js.map