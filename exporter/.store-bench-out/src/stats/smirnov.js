"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.smirnovSf = smirnovSf;
/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic D⁺ₙ, `scipy.special.smirnov(n, x)`,
 * used by the two-sided distribution for large x. Birnbaum–Tingey series (Smirnov 1944):
 *
 *   P(D⁺ₙ ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (1 − x − v/n)^{n−v} (x + v/n)^{v−1}
 *
 * All terms are positive, so the sum is summed in plain doubles with each term built in log space
 * (scipy uses double-double; the difference is far below the 1e-6 p-value tolerance). scipy switches to
 * the alternating upper sum only for x ≤ 0.5/√n, a region the two-sided distribution never asks for.
 */
const floatExact_1 = require("./floatExact");
/** log(2^-1022): below this exp() is no longer a normal double (cephes MINLOG). */
const MIN_LOG = -708.3964185322641;
/** scipy's SMIRNOV_MAX_COMPUTE_N: beyond it an asymptotic formula is used. */
const MAX_COMPUTE_N = 1000000;
/** P(D⁺ₙ ≥ x). O(number of non-negligible terms) ≤ O(n); terminates as soon as the tail is below 1 ulp. */
function smirnovSf(n, x) {
    if (n === 1)
        return 1 - x;
    if (x <= 0)
        return 1;
    if (x >= 1)
        return 0;
    const { floor: nxfl, fraction: alpha } = (0, floatExact_1.floorAndFraction)(n, x);
    if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
        const cdf = x * Math.pow(1 + x, n - 1);
        return clip01(1 - cdf);
    }
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    if (nxfl >= n - 1)
        return Math.pow(1 - x, n);
    if (n > MAX_COMPUTE_N) {
        const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
        return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    return clip01(x * lowerSum(n, x, nxfl, alpha, n - nxfl - 1));
}
/** Σ over v = 0..lastV; n·x enters as its exact integer part `nxfl` and fraction `alpha`. */
function lowerSum(n, x, nxfl, alpha, lastV) {
    let sum = Math.exp(n * Math.log1p(-x)) / x;
    let logBinom = 0;
    const nTerms = lastV + 1;
    const vmid = Math.floor(n / 2);
    for (let v = 1; v < nTerms; v++) {
        logBinom += Math.log((n - v + 1) / v);
        // log(1 − x − v/n) through log1p keeps digits when x + v/n is small and n − v is large.
        const share = (v + nxfl + alpha) / n;
        const logTerm = logBinom + (n - v) * Math.log1p(-share) + (v - 1) * Math.log(share);
        const term = Math.exp(logTerm);
        sum += term;
        if (term !== 0) {
            if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1)
                break;
        }
        else if (v > vmid) {
            break;
        }
    }
    return sum;
}
function clip01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
//# sourceMappingURL=smirnov.js.map