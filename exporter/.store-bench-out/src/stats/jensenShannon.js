"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jensenShannonDistance = jensenShannonDistance;
exports.jensenShannonSamples = jensenShannonSamples;
exports.jensenShannonSorted = jensenShannonSorted;
/**
 * Jensen–Shannon distance (base 2) between two discrete distributions, and between two numeric
 * samples binned like PSI.
 */
const frequencies_1 = require("./frequencies");
const histogram_1 = require("./histogram");
const psi_1 = require("./psi");
const quantileBinEdges_1 = require("./quantileBinEdges");
const sortSample_1 = require("./sortSample");
const validate_1 = require("./validate");
/**
 * Jensen–Shannon distance, base 2: √(½ KL(p‖m) + ½ KL(q‖m)) with m = (p + q)/2, in [0, 1];
 * equal to `scipy.spatial.distance.jensenshannon(p, q, base=2)`.
 *
 * Convention: p and q are counts or weights and are normalised first (as scipy does); 0·log 0 = 0. The
 * divergence is clamped at 0 before the square root, so rounding on near-identical inputs cannot give
 * NaN. Symmetric; 0 iff p = q; 1 for disjoint supports. Default drift threshold 0.1.
 *
 * Complexity O(k). Throws if the vectors differ in length or are empty, an entry is negative or
 * non-finite, or a vector sums to 0.
 *
 * @example
 * jensenShannonDistance([1, 0, 0], [0, 1, 0]);
 * // => 1
 * jensenShannonDistance([50, 30, 20], [40, 30, 30]);
 * // => 0.10619851439230635
 */
function jensenShannonDistance(p, q) {
    const { p: pn, q: qn } = (0, frequencies_1.normalisePair)('jensenShannonDistance', p, q);
    let left = 0;
    let right = 0;
    for (let i = 0; i < pn.length; i++) {
        const m = (pn[i] + qn[i]) / 2;
        if (pn[i] > 0)
            left += pn[i] * Math.log(pn[i] / m);
        if (qn[i] > 0)
            right += qn[i] * Math.log(qn[i] / m);
    }
    const js = (left + right) / Math.LN2;
    return Math.sqrt(Math.max(js / 2, 0));
}
/**
 * Jensen–Shannon distance between two numeric samples over the same `bins` reference-quantile bins as
 * `psiSamples` (numpy 'linear' quantiles, duplicates collapsed, right-closed bins).
 *
 * Complexity O(n log n + m log bins). Throws if a sample is empty or non-finite, or `bins` is not an
 * integer ≥ 1. Inputs are not mutated.
 *
 * @example
 * jensenShannonSamples(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Float64Array.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 5);
 * // => 0.3528615164390318
 */
function jensenShannonSamples(ref, cur, bins = psi_1.DEFAULT_BINS) {
    (0, validate_1.assertInteger)('jensenShannonSamples', 'bins', bins, 1);
    const refSorted = (0, sortSample_1.sortedCopy)('jensenShannonSamples', 'ref', ref);
    (0, validate_1.assertFiniteSample)('jensenShannonSamples', 'cur', cur);
    const edges = (0, quantileBinEdges_1.quantileEdgesUnchecked)(refSorted, bins);
    return jensenShannonDistance((0, histogram_1.histogramSorted)(refSorted, edges), (0, histogram_1.histogramUnchecked)(cur, edges));
}
/** Binned Jensen–Shannon distance of two validated ascending samples. O(n + m). */
function jensenShannonSorted(refSorted, curSorted, bins) {
    const edges = (0, quantileBinEdges_1.quantileEdgesUnchecked)(refSorted, bins);
    return jensenShannonDistance((0, histogram_1.histogramSorted)(refSorted, edges), (0, histogram_1.histogramSorted)(curSorted, edges));
}
//# sourceMappingURL=jensenShannon.js.map