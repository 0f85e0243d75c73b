"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quantileBinEdges = quantileBinEdges;
exports.quantileEdgesUnchecked = quantileEdgesUnchecked;
/**
 * Bin edges for PSI and binned Jensen–Shannon: interior cut points at the reference's quantiles.
 */
const validate_1 = require("./validate");
/**
 * Interior cut points at the k/bins quantiles (k = 1..bins−1) of an ascending reference sample.
 *
 * Convention: quantiles as `numpy.quantile(ref, np.arange(1, bins) / bins)` with numpy's default
 * 'linear' method (Hyndman & Fan type 7: position (n−1)·q, linear interpolation computed like numpy's
 * `_lerp`, so edges are bit-identical). Repeated cut points (ties in the reference) are collapsed, so
 * the result can have fewer than bins−1 edges; together with `histogram` the bins are right-closed:
 * (−∞, e₁], (e₁, e₂], …, (e_last, +∞) — values outside the reference range land in the end bins.
 *
 * Complexity O(bins). Throws if `refSorted` is empty, non-finite or not ascending, or `bins` is not an
 * integer ≥ 1 (one bin has no interior edges).
 *
 * @example
 * quantileBinEdges(Float64Array.of(1, 2, 2, 2, 3, 4, 5, 6, 7, 8), 4);
 * // => Float64Array [2, 3.5, 5.75]
 */
function quantileBinEdges(refSorted, bins) {
    (0, validate_1.assertSortedSample)('quantileBinEdges', 'refSorted', refSorted);
    (0, validate_1.assertInteger)('quantileBinEdges', 'bins', bins, 1);
    return quantileEdgesUnchecked(refSorted, bins);
}
/** `quantileBinEdges` without the O(n) input check, for callers that validated the sample already. */
function quantileEdgesUnchecked(sorted, bins) {
    const n = sorted.length;
    const edges = new Float64Array(Math.max(bins - 1, 0));
    let count = 0;
    for (let k = 1; k < bins; k++) {
        const edge = linearQuantile(sorted, n, k / bins);
        if (count === 0 || edge !== edges[count - 1])
            edges[count++] = edge;
    }
    return edges.slice(0, count);
}
/** numpy's 'linear' quantile of an ascending array: lerp between order statistics around (n−1)·q. */
function linearQuantile(sorted, n, q) {
    const virtual = (n - 1) * q;
    if (virtual >= n - 1)
        return sorted[n - 1];
    const previous = Math.floor(virtual);
    const gamma = virtual - previous;
    const a = sorted[previous];
    const b = sorted[previous + 1];
    const diff = b - a;
    // numpy switches formulas at t = 0.5 so the result is exact at both ends of the interval.
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
//# sourceMappingURL=quantileBinEdges.js.map