"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WASSERSTEIN_STD_FLOOR = void 0;
exports.wassersteinDistance = wassersteinDistance;
exports.wassersteinNormed = wassersteinNormed;
exports.wassersteinSorted = wassersteinSorted;
exports.populationStd = populationStd;
/**
 * First Wasserstein (earth mover's) distance between two numeric samples, raw and normed.
 */
const sortSample_1 = require("./sortSample");
const validate_1 = require("./validate");
/** Floor for the reference standard deviation in `wassersteinNormed` (Evidently's value). */
exports.WASSERSTEIN_STD_FLOOR = 0.001;
/**
 * W₁ = ∫ |F_ref(x) − F_cur(x)| dx between the empirical CDFs; equal to
 * `scipy.stats.wasserstein_distance(ref, cur)`. In the data's unit; symmetric; 0 for equal samples.
 *
 * Complexity O(n log n + m log m) for sorting copies, O(n + m) for the integral (one merge).
 * Throws if a sample is empty or holds NaN/±Infinity. Inputs are not mutated.
 *
 * @example
 * wassersteinDistance(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8));
 * // => 5
 */
function wassersteinDistance(ref, cur) {
    return wassersteinSorted((0, sortSample_1.sortedCopy)('wassersteinDistance', 'ref', ref), (0, sortSample_1.sortedCopy)('wassersteinDistance', 'cur', cur));
}
/**
 * W₁ divided by the reference's population standard deviation (ddof = 0, as `numpy.std`), floored at
 * `stdFloor` (default 0.001, Evidently's `wasserstein` test) so a constant reference does not divide by 0.
 * Unit-free: 0.1 means the distributions are a tenth of a reference standard deviation apart (the
 * default drift threshold). Not symmetric (the scale comes from the reference).
 *
 * Complexity as `wassersteinDistance`. Throws as it does, and if `stdFloor` is not a finite number > 0.
 *
 * @example
 * wassersteinNormed(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8));
 * // => 4.0089186286863665
 */
function wassersteinNormed(ref, cur, stdFloor = exports.WASSERSTEIN_STD_FLOOR) {
    if (!(Number.isFinite(stdFloor) && stdFloor > 0)) {
        throw new Error(`wassersteinNormed: expected stdFloor to be a finite number > 0, got ${(0, validate_1.describeValue)(stdFloor)}`);
    }
    const refSorted = (0, sortSample_1.sortedCopy)('wassersteinNormed', 'ref', ref);
    const curSorted = (0, sortSample_1.sortedCopy)('wassersteinNormed', 'cur', cur);
    return wassersteinSorted(refSorted, curSorted) / Math.max(populationStd(refSorted), stdFloor);
}
/** W₁ of two validated ascending samples: one merge, adding |ΔCDF| × gap between distinct values. */
function wassersteinSorted(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let prev = a[0] < b[0] ? a[0] : b[0];
    let total = 0;
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
        if (v > prev)
            total += Math.abs(i / n1 - j / n2) * (v - prev);
        while (i < n1 && a[i] === v)
            i++;
        while (j < n2 && b[j] === v)
            j++;
        prev = v;
    }
    return total;
}
/** Population standard deviation (ddof = 0), two-pass for accuracy. O(n). */
function populationStd(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    const mean = sum / values.length;
    let squares = 0;
    for (let i = 0; i < values.length; i++) {
        const d = values[i] - mean;
        squares += d * d;
    }
    return Math.sqrt(squares / values.length);
}
//# sourceMappingURL=wasserstein.js.map