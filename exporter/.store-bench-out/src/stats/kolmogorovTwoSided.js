"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kolmogorovTwoSidedSf = kolmogorovTwoSidedSf;
/**
 * Survival function of the one-sample two-sided Kolmogorov statistic, P(Dₙ ≥ x): scipy's
 * `kstwo.sf(x, n)` (`_kolmogn` with cdf=False), which `ks_2samp` evaluates at n = round(n1·n2/(n1+n2))
 * in its asymptotic branch. The algorithm per region is Simard & L'Ecuyer's (2011) choice:
 * Ruben–Gambino closed forms at the ends, 2·smirnov for large x, Durbin (MTW) or Pomeranz exactly
 * for n ≤ 140, Durbin or Pelz–Good beyond.
 */
const kolmogorovDurbin_1 = require("./kolmogorovDurbin");
const kolmogorovPelzGood_1 = require("./kolmogorovPelzGood");
const kolmogorovPomeranz_1 = require("./kolmogorovPomeranz");
const smirnov_1 = require("./smirnov");
const LOG_2PI = Math.log(2 * Math.PI);
/** Stirling-series coefficients B_{2j}/((2j)(2j−1)) for j = 8..1 (Bernoulli numbers B_{2j}). */
const STIRLING = [-3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12];
/**
 * P(Dₙ ≥ x) for integer n ≥ 1. Cost: O(1) in the closed-form and series regions, O(n) for the final
 * n!/nⁿ scaling of the Durbin branch (n ≤ 100000), O(n) worst case for the smirnov series.
 * Throws if n is not a positive integer.
 */
function kolmogorovTwoSidedSf(n, x) {
    if (!(Number.isInteger(n) && n > 0)) {
        throw new Error(`kolmogorovTwoSidedSf: expected n to be an integer >= 1, got ${n}`);
    }
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        return clip01(1 - rubenGambinoLowCdf(n, t));
    }
    if (t >= n - 1)
        return clip01(2 * Math.pow(1 - x, n));
    if (x >= 0.5)
        return clip01(2 * (0, smirnov_1.smirnovSf)(n, x));
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clip01(1 - (0, kolmogorovDurbin_1.durbinCdf)(n, x));
        if (nxSquared <= 4)
            return clip01(1 - (0, kolmogorovPomeranz_1.pomeranzCdf)(n, x));
        return clip01(2 * (0, smirnov_1.smirnovSf)(n, x));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clip01(2 * (0, smirnov_1.smirnovSf)(n, x));
    const cdf = n <= 100000 && n * Math.pow(x, 1.5) <= 1.4 ? (0, kolmogorovDurbin_1.durbinCdf)(n, x) : (0, kolmogorovPelzGood_1.pelzGoodCdf)(n, x);
    return clip01(1 - cdf);
}
/** P(Dₙ ≤ x) = n!/nⁿ (2t − 1)ⁿ for 1/2 < t = n·x ≤ 1 (Ruben & Gambino 1982). */
function rubenGambinoLowCdf(n, t) {
    if (n <= 140) {
        let prob = 1;
        for (let i = 1; i <= n; i++)
            prob *= i * (1 / n) * (2 * t - 1);
        return prob;
    }
    return Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
}
/** log(n!/nⁿ) by Stirling's series with n·log(n) removed up front (no cancellation). */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function clip01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
//# sourceMappingURL=kolmogorovTwoSided.js.map