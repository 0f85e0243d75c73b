"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.contributions = contributions;
const exactSum_1 = require("./exactSum");
/**
 * Every child's share of the parent's deficit, in `childIds` order (children that did not contribute
 * get 0). Complexity O(n log n).
 *
 * @param rollupScore the parent's score from its rollup (before decay); null or 1 gives [].
 * @example contributions({ rule: 'weighted_mean' }, [{ id: 'a', score: 0.875, status: 'ok', weight: 2 },
 *   { id: 'b', score: 0.65, status: 'warning', weight: 1 }, { id: 'c', score: 0.3, status: 'critical', weight: 1 }],
 *   ['a', 'b', 'c'], 0.675)
 * // [{ child: 'a', share: 0.1923… }, { child: 'b', share: 0.2692… }, { child: 'c', share: 0.5384… }]
 */
function contributions(spec, rated, childIds, rollupScore) {
    if (rollupScore === null || rollupScore >= 1 || rated.length === 0)
        return [];
    const shares = sharesByRule(spec, rated);
    return childIds.map((child) => ({ child, share: shares.get(child) ?? 0 }));
}
function sharesByRule(spec, rated) {
    switch (spec.rule) {
        case 'weighted_mean':
            return proportional(rated.map((c) => ({ id: c.id, deficit: c.weight * (1 - c.score) })));
        case 'worst_of':
            return atOrBelow(rated, Math.min(...rated.map((c) => c.score)));
        case 'k_of_n': {
            const sorted = rated.map((c) => c.score).sort((a, b) => b - a);
            return atOrBelow(rated, sorted[Math.min(spec.k, sorted.length) - 1]);
        }
    }
}
/** Children with score ≤ pivot share in proportion to their deficits. */
function atOrBelow(rated, pivot) {
    return proportional(rated.filter((c) => c.score <= pivot).map((c) => ({ id: c.id, deficit: 1 - c.score })));
}
function proportional(parts) {
    const total = (0, exactSum_1.exactSum)(parts.map((p) => p.deficit));
    const shares = new Map();
    if (total <= 0)
        return shares;
    for (const p of parts)
        shares.set(p.id, p.deficit / total);
    return shares;
}
//# sourceMappingURL=contributions.js.map