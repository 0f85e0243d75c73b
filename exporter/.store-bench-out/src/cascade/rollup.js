"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rollup = rollup;
exports.rollupWorstOf = rollupWorstOf;
exports.rollupWeightedMean = rollupWeightedMean;
exports.rollupKOfN = rollupKOfN;
const exactSum_1 = require("./exactSum");
const status_1 = require("./status");
/**
 * Rolls rated children up by the node's rule. Complexity O(n log n).
 *
 * @returns null when there is nothing to rate: no child, or fewer than k for k_of_n.
 * @throws Error when k is not an integer ≥ 1 or a weight is not a positive finite number.
 * @example rollup({ rule: 'weighted_mean' }, [{ id: 'a', score: 0.875, status: 'ok', weight: 2 },
 *   { id: 'b', score: 0.65, status: 'warning', weight: 1 }, { id: 'c', score: 0.3, status: 'critical', weight: 1 }])
 * // { score: 0.675, floor: 'warning' }
 */
function rollup(spec, rated) {
    if (rated.length === 0)
        return null;
    switch (spec.rule) {
        case 'worst_of':
            return rollupWorstOf(rated);
        case 'weighted_mean':
            return rollupWeightedMean(rated);
        case 'k_of_n':
            return rollupKOfN(rated, spec.k);
    }
}
/** worst_of: the minimum score and the worst status. */
function rollupWorstOf(rated) {
    const score = Math.min(...rated.map((c) => c.score));
    return { score, floor: (0, status_1.worstStatus)(rated.map((c) => c.status)) };
}
/** weighted_mean: Σw·s/Σw, with a critical child forcing at least warning. */
function rollupWeightedMean(rated) {
    for (const c of rated) {
        if (!(c.weight > 0 && Number.isFinite(c.weight))) {
            throw new Error(`rollupWeightedMean: weight ${c.weight} of child ${c.id} is not a positive finite number`);
        }
    }
    const deficit = (0, exactSum_1.exactSum)(rated.map((c) => c.weight * (1 - c.score))) / (0, exactSum_1.exactSum)(rated.map((c) => c.weight));
    const score = Math.min(1, Math.max(0, 1 - deficit));
    return { score, floor: rated.some((c) => c.status === 'critical') ? 'warning' : 'ok' };
}
/** k_of_n: the k-th best score and the k-th best status; null with fewer than k children. */
function rollupKOfN(rated, k) {
    if (!Number.isInteger(k) || k < 1)
        throw new Error(`rollupKOfN: k ${k} is not an integer ≥ 1`);
    if (rated.length < k)
        return null;
    const scores = rated.map((c) => c.score).sort((a, b) => b - a);
    const statuses = rated.map((c) => c.status).sort((a, b) => (0, status_1.severity)(a) - (0, status_1.severity)(b));
    return { score: scores[k - 1], floor: statuses[k - 1] };
}
//# sourceMappingURL=rollup.js.map