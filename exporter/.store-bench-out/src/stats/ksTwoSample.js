"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KS_MAX_EXACT_N = void 0;
exports.ksTwoSample = ksTwoSample;
exports.ksTwoSampleSorted = ksTwoSampleSorted;
exports.ksStatisticSorted = ksStatisticSorted;
exports.ksFromSorted = ksFromSorted;
/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, equal to `scipy.stats.ks_2samp(ref, cur)`.
 */
const ksExact_1 = require("./ksExact");
const kolmogorovTwoSided_1 = require("./kolmogorovTwoSided");
const roundHalfEven_1 = require("./roundHalfEven");
const sortSample_1 = require("./sortSample");
const validate_1 = require("./validate");
/** scipy's MAX_AUTO_N: `auto` tries the exact distribution up to this size. */
exports.KS_MAX_EXACT_N = 10000;
const INT32_MAX = 2147483647;
/**
 * Two-sided two-sample Kolmogorov–Smirnov test: D = sup |F_ref(x) − F_cur(x)| over the empirical
 * CDFs, with scipy's p-value (`scipy.stats.ks_2samp`, alternative='two-sided').
 *
 * Convention: ties are handled as scipy does, by evaluating both CDFs after all copies of a value
 * (right-continuous CDFs). `method: 'auto'` (default) uses the exact null distribution when
 * max(n, m) ≤ 10 000 and otherwise Kolmogorov's distribution `kstwo` at n·m/(n+m) rounded half to even;
 * `'exact'` falls back to `'asymp'` when lcm(n, m) would overflow int32 or the exact sum fails, like scipy.
 * In the exact branch the statistic is snapped to the lattice h/lcm(n, m), as scipy reports it.
 *
 * Complexity: O(n log n + m log m) for the sorts, O(n + m) for the statistic; the exact p-value is
 * O(n) for equal sizes and O(max(n, m) · D · min(n, m)) otherwise.
 *
 * Throws if either sample is empty or holds NaN/±Infinity, the method is unknown, or `asymp` is forced on
 * two single values (where scipy returns NaN). Inputs are not mutated.
 *
 * @example
 * ksTwoSample(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6, 7));
 * // => { statistic: 0.6, pValue: 0.2857142857142857 }
 */
function ksTwoSample(ref, cur, opts) {
    const refSorted = (0, sortSample_1.sortedCopy)('ksTwoSample', 'ref', ref);
    const curSorted = (0, sortSample_1.sortedCopy)('ksTwoSample', 'cur', cur);
    return ksFromSorted('ksTwoSample', refSorted, curSorted, opts?.method ?? 'auto');
}
/**
 * `ksTwoSample` for samples already sorted ascending (lets a caller sort the reference once and test
 * many current windows against it). Checks the order in one O(n + m) pass and throws if it is broken.
 *
 * @example
 * ksTwoSampleSorted(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6, 7));
 * // => { statistic: 0.6, pValue: 0.2857142857142857 }
 */
function ksTwoSampleSorted(refSorted, curSorted, opts) {
    (0, validate_1.assertSortedSample)('ksTwoSampleSorted', 'refSorted', refSorted);
    (0, validate_1.assertSortedSample)('ksTwoSampleSorted', 'curSorted', curSorted);
    return ksFromSorted('ksTwoSampleSorted', refSorted, curSorted, opts?.method ?? 'auto');
}
/**
 * The KS statistic of two ascending samples in one merge: max(D⁺, D⁻) where the CDF difference
 * i/n1 − j/n2 is evaluated after consuming every copy of each distinct value. O(n1 + n2).
 */
function ksStatisticSorted(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let maxDiff = 0;
    let minDiff = 0;
    while (i < n1 && j < n2) {
        const v = a[i] <= b[j] ? a[i] : b[j];
        while (i < n1 && a[i] === v)
            i++;
        while (j < n2 && b[j] === v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxDiff)
            maxDiff = diff;
        else if (diff < minDiff)
            minDiff = diff;
    }
    // Once one sample is exhausted the difference moves monotonically towards 0: no new extreme.
    const minS = Math.min(-minDiff, 1);
    return minS > maxDiff ? minS : maxDiff;
}
/** Statistic and p-value of two validated ascending samples. */
function ksFromSorted(fn, a, b, method) {
    if (method !== 'auto' && method !== 'exact' && method !== 'asymp') {
        throw new Error(`${fn}: expected method 'auto', 'exact' or 'asymp', got ${JSON.stringify(method)}`);
    }
    const n1 = a.length;
    const n2 = b.length;
    let d = ksStatisticSorted(a, b);
    const g = (0, roundHalfEven_1.gcd)(n1, n2);
    let mode = method;
    if (mode === 'auto')
        mode = Math.max(n1, n2) <= exports.KS_MAX_EXACT_N ? 'exact' : 'asymp';
    else if (mode === 'exact' && n1 / g >= INT32_MAX / (n2 / g))
        mode = 'asymp';
    if (mode === 'exact') {
        const exact = (0, ksExact_1.ksExactTwoSided)(n1, n2, g, d);
        d = exact.d;
        if (exact.ok)
            return { statistic: d, pValue: exact.pValue };
    }
    const en = (0, roundHalfEven_1.roundHalfEven)((n1 * n2) / (n1 + n2));
    if (en < 1) {
        // Only 1 vs 1 with method 'asymp' gets here; scipy returns NaN.
        throw new Error(`${fn}: method 'asymp' needs n·m/(n+m) to round to at least 1, got sizes ${n1} and ${n2}; use 'exact'`);
    }
    const p = (0, kolmogorovTwoSided_1.kolmogorovTwoSidedSf)(en, d);
    return { statistic: d, pValue: Math.min(Math.max(p, 0), 1) };
}
//# sourceMappingURL=ksTwoSample.js.map