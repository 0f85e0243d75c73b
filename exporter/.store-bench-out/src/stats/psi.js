"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_BINS = exports.PSI_EPSILON = void 0;
exports.psi = psi;
exports.psiSamples = psiSamples;
exports.psiSorted = psiSorted;
/**
 * Population Stability Index between a reference and a current distribution.
 */
const histogram_1 = require("./histogram");
const quantileBinEdges_1 = require("./quantileBinEdges");
const sortSample_1 = require("./sortSample");
const validate_1 = require("./validate");
/** Share substituted for an empty bin, the value Evidently uses (so PSI of an empty bin stays finite). */
exports.PSI_EPSILON = 1e-4;
/** Default number of reference-quantile bins for PSI and binned Jensen–Shannon. */
exports.DEFAULT_BINS = 10;
/**
 * PSI = Σ (cᵢ − rᵢ) · ln(cᵢ / rᵢ) over bins, where rᵢ and cᵢ are the reference and current shares.
 *
 * Convention: counts are normalised to shares; a share of exactly 0 is replaced by `epsilon`
 * (default 1e-4, Evidently's value) without renormalising, so an empty bin contributes a large but finite
 * term. Symmetric in its two arguments; 0 for identical shares. Rule of thumb: < 0.1 stable,
 * 0.1–0.25 moderate shift, > 0.25 major shift (default threshold 0.1).
 *
 * Complexity O(k). Throws if the vectors differ in length or are empty, a count is negative or
 * non-finite, a total is 0, or `epsilon` is not in (0, 1).
 *
 * @example
 * psi([50, 30, 20], [40, 30, 30]);
 * // => 0.06286086594223739
 */
function psi(refCounts, curCounts, epsilon = exports.PSI_EPSILON) {
    if (!(epsilon > 0 && epsilon < 1)) {
        throw new Error(`psi: expected epsilon in (0, 1), got ${(0, validate_1.describeValue)(epsilon)}`);
    }
    if (refCounts.length !== curCounts.length || refCounts.length === 0) {
        throw new Error(`psi: expected refCounts and curCounts of equal, non-zero length, got ${refCounts.length} and ${curCounts.length}`);
    }
    const refTotal = (0, validate_1.assertCounts)('psi', 'refCounts', refCounts);
    const curTotal = (0, validate_1.assertCounts)('psi', 'curCounts', curCounts);
    let sum = 0;
    for (let i = 0; i < refCounts.length; i++) {
        const r = refCounts[i] === 0 ? epsilon : refCounts[i] / refTotal;
        const c = curCounts[i] === 0 ? epsilon : curCounts[i] / curTotal;
        sum += (c - r) * Math.log(c / r);
    }
    return sum;
}
/**
 * PSI of two numeric samples over `bins` reference-quantile bins (see `quantileBinEdges` for the
 * convention: numpy 'linear' quantiles, duplicate edges collapsed, right-closed bins, open end bins).
 *
 * Complexity O(n log n) for sorting a copy of the reference plus O(m log bins) for the current sample.
 * Throws if a sample is empty or non-finite, or `bins` is not an integer ≥ 1. Inputs are not mutated.
 *
 * @example
 * psiSamples(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Float64Array.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 5);
 * // => 1.6580498377744515
 */
function psiSamples(ref, cur, bins = exports.DEFAULT_BINS) {
    (0, validate_1.assertInteger)('psiSamples', 'bins', bins, 1);
    const refSorted = (0, sortSample_1.sortedCopy)('psiSamples', 'ref', ref);
    (0, validate_1.assertFiniteSample)('psiSamples', 'cur', cur);
    const edges = (0, quantileBinEdges_1.quantileEdgesUnchecked)(refSorted, bins);
    return psi((0, histogram_1.histogramSorted)(refSorted, edges), (0, histogram_1.histogramUnchecked)(cur, edges));
}
/** PSI of two validated ascending samples (the sort-once path of `driftTest`). O(n + m). */
function psiSorted(refSorted, curSorted, bins) {
    const edges = (0, quantileBinEdges_1.quantileEdgesUnchecked)(refSorted, bins);
    return psi((0, histogram_1.histogramSorted)(refSorted, edges), (0, histogram_1.histogramSorted)(curSorted, edges));
}
//# sourceMappingURL=psi.js.map