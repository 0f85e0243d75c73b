"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hellingerDistance = hellingerDistance;
exports.hellingerSorted = hellingerSorted;
/**
 * Hellinger distance between two discrete distributions.
 */
const frequencies_1 = require("./frequencies");
const histogram_1 = require("./histogram");
const quantileBinEdges_1 = require("./quantileBinEdges");
/**
 * Hellinger distance H(p, q) = (1/√2) · ‖√p − √q‖₂, in [0, 1].
 *
 * Convention: p and q are counts or weights, normalised first. Computed from the differences of square
 * roots (not as √(1 − Σ√(pq)), which cancels badly near 0), the form Evidently and NannyML use.
 * Symmetric; 0 iff p = q; 1 for disjoint supports. Default drift threshold 0.1.
 *
 * Complexity O(k). Throws if the vectors differ in length or are empty, an entry is negative or
 * non-finite, or a vector sums to 0.
 *
 * @example
 * hellingerDistance([50, 30, 20], [40, 30, 30]);
 * // => 0.08852926195176514
 */
function hellingerDistance(p, q) {
    const { p: pn, q: qn } = (0, frequencies_1.normalisePair)('hellingerDistance', p, q);
    let sum = 0;
    for (let i = 0; i < pn.length; i++) {
        const d = Math.sqrt(pn[i]) - Math.sqrt(qn[i]);
        sum += d * d;
    }
    return Math.sqrt(sum) / Math.SQRT2;
}
/** Hellinger distance of two validated ascending samples over reference-quantile bins. O(n + m). */
function hellingerSorted(refSorted, curSorted, bins) {
    const edges = (0, quantileBinEdges_1.quantileEdgesUnchecked)(refSorted, bins);
    return hellingerDistance((0, histogram_1.histogramSorted)(refSorted, edges), (0, histogram_1.histogramSorted)(curSorted, edges));
}
//# sourceMappingURL=hellinger.js.map