"use strict";
/**
 * Bounded summaries of reference columns: a deterministic quantile subsample of a sorted numeric
 * column and a cap on the number of categories.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.evenlySpacedOrderStatistics = evenlySpacedOrderStatistics;
exports.capCategoryCounts = capCategoryCounts;
/**
 * The `k` evenly spaced order statistics of an ascending array (all of it when it is not longer).
 *
 * Convention: element i of the result is `sorted[round(i × (n − 1) / (k − 1))]`, so the minimum and the
 * maximum are kept and the empirical CDF of the result is within 1/k of the full column's everywhere.
 * Complexity: O(k). Throws when k < 2.
 * @example evenlySpacedOrderStatistics(Float64Array.of(1, 2, 3, 4, 5), 3) // Float64Array [1, 3, 5]
 */
function evenlySpacedOrderStatistics(sorted, k) {
    if (!(k >= 2))
        throw new Error(`evenlySpacedOrderStatistics: k is ${k}, expected an integer ≥ 2`);
    const n = sorted.length;
    if (n <= k)
        return sorted.slice();
    const out = new Float64Array(k);
    for (let i = 0; i < k; i++)
        out[i] = sorted[Math.round((i * (n - 1)) / (k - 1))];
    return out;
}
/**
 * Keeps the `max` most frequent categories (ties by name, for determinism) and folds the rest into
 * `other`, so the result has at most `max + 1` entries. Returns a copy when it is small enough.
 * Complexity: O(c log c) for c categories. Throws when max < 1.
 * @example capCategoryCounts(new Map([['a', 5], ['b', 2], ['c', 1]]), 1, '__other__') // a→5, __other__→3
 */
function capCategoryCounts(counts, max, other) {
    if (!(max >= 1))
        throw new Error(`capCategoryCounts: max is ${max}, expected an integer ≥ 1`);
    if (counts.size <= max)
        return new Map(counts);
    const entries = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = new Map(entries.slice(0, max));
    let rest = 0;
    for (const [, c] of entries.slice(max))
        rest += c;
    kept.set(other, (kept.get(other) ?? 0) + rest);
    return kept;
}
//# sourceMappingURL=referenceSample.js.map