"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.histogram = histogram;
exports.histogramUnchecked = histogramUnchecked;
exports.histogramSorted = histogramSorted;
/**
 * Counting values into the right-closed bins defined by ascending interior edges.
 */
const validate_1 = require("./validate");
/**
 * Counts per bin for the bins (−∞, e₀], (e₀, e₁], …, (e_last, +∞): a value v goes to bin i = the
 * number of edges strictly below v (`numpy.searchsorted(edges, v, side='left')`). The result has
 * `edges.length + 1` entries.
 *
 * Complexity O(n log k) by binary search per value. Throws if `values` is empty or holds non-finite
 * numbers, or `edges` is not finite and ascending.
 *
 * @example
 * histogram(Float64Array.of(0, 1, 2, 2.5, 3, 9), Float64Array.of(1, 2.5));
 * // => Float64Array [2, 2, 2]
 */
function histogram(values, edges) {
    (0, validate_1.assertFiniteSample)('histogram', 'values', values);
    if (edges.length > 0)
        (0, validate_1.assertSortedSample)('histogram', 'edges', edges);
    return histogramUnchecked(values, edges);
}
/** `histogram` without input checks. O(n log k). */
function histogramUnchecked(values, edges) {
    const counts = new Float64Array(edges.length + 1);
    const k = edges.length;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let lo = 0;
        let hi = k;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (edges[mid] < v)
                lo = mid + 1;
            else
                hi = mid;
        }
        counts[lo]++;
    }
    return counts;
}
/** `histogram` of an ascending sample in one merge pass. O(n + k). */
function histogramSorted(sorted, edges) {
    const counts = new Float64Array(edges.length + 1);
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        const v = sorted[i];
        while (bin < edges.length && edges[bin] < v)
            bin++;
        counts[bin]++;
    }
    return counts;
}
//# sourceMappingURL=histogram.js.map