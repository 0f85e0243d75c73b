"use strict";
/**
 * Pelz & Good (1976) approximation of P(Dₙ ≤ x) for the one-sample two-sided Kolmogorov statistic:
 * the Li-Chien/Korolyuk expansion K0 + K1/√n + K2/n + K3/n^{3/2}, each term rewritten through Jacobi
 * theta functions so it converges fast for small z = x√n. As scipy's `_kolmogn_PelzGood`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.pelzGoodCdf = pelzGoodCdf;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const MIN_LOG = -708;
/** P(Dₙ ≤ x), 0 ≤ x ≤ 1. O(x√n) terms. */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const qlog = -PI2 / 8 / (z * z);
    if (qlog < MIN_LOG)
        return 0;
    const maxk = Math.ceil((16 * z) / Math.PI);
    const terms = oddTermSums(z, Math.exp(qlog), maxk);
    addAllIntegerSums(terms, z, maxk);
    let sum = 0;
    for (let t = 0; t < 4; t++)
        sum += terms[t] / Math.pow(n, t / 2);
    return sum;
}
/** K0..K3 from Σ over odd m = 2k − 1 of c_m q^{m²}, by a Horner scheme in q^{8k}. */
function oddTermSums(z, q, maxk) {
    const z2 = z * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const k1 = [-z2, PI2 / 4];
    const k2 = [6 * z6 + 2 * z4, ((2 * z4 - 5 * z2) * PI2) / 4, (PI4 * (1 - 2 * z2)) / 16];
    const k3 = [
        -30 * z6 - 90 * z ** 8,
        (PI2 * (135 * z4 - 96 * z6)) / 4,
        (PI4 * (-60 * z2 + 212 * z4)) / 16,
        (PI6 * (5 - 30 * z2)) / 64,
    ];
    const terms = [0, 0, 0, 0];
    for (let k = maxk; k > 0; k--) {
        const m2 = (2 * k - 1) ** 2;
        const m4 = m2 * m2;
        const coeffs = [
            1,
            k1[0] + k1[1] * m2,
            k2[0] + k2[1] * m2 + k2[2] * m4,
            k3[0] + k3[1] * m2 + k3[2] * m4 + k3[3] * m4 * m2,
        ];
        const qpower = Math.pow(q, 8 * k);
        for (let t = 0; t < 4; t++)
            terms[t] = terms[t] * qpower + coeffs[t];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    return terms.map((term, t) => (term * q * SQRT2PI) / divisors[t]);
}
/** The remaining sums over all integers k in K2 and K3, added in place. */
function addAllIntegerSums(terms, z, maxk) {
    const q = Math.exp(-PI2 / 2 / (z * z));
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qk = Math.pow(q, k2);
        const kpi = Math.PI * k;
        k2extra += k2 * qk;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
    }
    terms[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z ** 3);
    terms[3] += (k3extra * PI2 * SQRT2PI) / (216 * z ** 6);
}
//# sourceMappingURL=kolmogorovPelzGood.js.map