"use strict";
/**
 * A fixed logarithmic histogram for latency quantiles (the DDSketch mapping with a fixed range): bin i
 * holds values in (γ^(i−1+o), γ^(i+o)], so any quantile read from it is within a relative error
 * α = (γ − 1)/(γ + 1) of a true sample value of the same rank. With γ = 1.04, α ≈ 1.96 %, over
 * [1 µs, 100,000 s] in 647 bins; zero goes to bin 0 and values outside the range are clamped to it.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LATENCY_SKETCH_BINS = exports.LATENCY_SKETCH_RELATIVE_ERROR = void 0;
exports.latencyBin = latencyBin;
exports.latencySketchQuantile = latencySketchQuantile;
const GAMMA = 1.04;
const LOG_GAMMA = Math.log(GAMMA);
const MIN_VALUE = 1e-6;
const MAX_VALUE = 1e5;
const OFFSET = Math.floor(Math.log(MIN_VALUE) / LOG_GAMMA);
/** Relative error bound of quantiles read from the sketch. */
exports.LATENCY_SKETCH_RELATIVE_ERROR = (GAMMA - 1) / (GAMMA + 1);
/** Number of bins of the latency sketch (bin 0 is exact zero). */
exports.LATENCY_SKETCH_BINS = Math.ceil(Math.log(MAX_VALUE) / LOG_GAMMA) - OFFSET + 1;
/** The sketch bin of a latency in seconds (≥ 0). O(1). */
function latencyBin(seconds) {
    if (seconds <= 0)
        return 0;
    const clamped = Math.min(Math.max(seconds, MIN_VALUE), MAX_VALUE);
    const bin = Math.ceil(Math.log(clamped) / LOG_GAMMA) - OFFSET;
    return Math.min(Math.max(bin, 1), exports.LATENCY_SKETCH_BINS - 1);
}
/** The value that represents a bin: 2γ^k/(γ+1), equidistant in relative terms from both bounds. */
function binValue(bin) {
    if (bin === 0)
        return 0;
    return (2 * Math.pow(GAMMA, bin + OFFSET)) / (GAMMA + 1);
}
/**
 * The q-quantile of the values counted in `counts`, by the lower rank ⌊q·(n − 1)⌋ (0-based): the value
 * whose rank it is, to within a relative error of `LATENCY_SKETCH_RELATIVE_ERROR`.
 * Complexity: O(bins). Returns null for an empty sketch; throws when q is outside [0, 1].
 * @example latencySketchQuantile(countsOf([0.1, 0.2, 0.3]), 0.5) // ≈ 0.2 (within 1.96 %)
 */
function latencySketchQuantile(counts, q) {
    if (!(q >= 0 && q <= 1))
        throw new Error(`latencySketchQuantile: q is ${q}, expected 0 ≤ q ≤ 1`);
    let n = 0;
    for (let i = 0; i < counts.length; i++)
        n += counts[i];
    if (n === 0)
        return null;
    const rank = Math.floor(q * (n - 1));
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
        seen += counts[i];
        if (seen > rank)
            return binValue(i);
    }
    return binValue(counts.length - 1);
}
//# sourceMappingURL=latencySketch.js.map