"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.durbinCdf = durbinCdf;
/**
 * Exact CDF of the one-sample two-sided Kolmogorov statistic, P(Dₙ ≤ d), by Durbin's matrix method in
 * the form of Marsaglia, Tsang & Wang (2003), as in scipy's `_kolmogn_DMTW`. Suited to small n·d.
 */
const floatExact_1 = require("./floatExact");
const E128 = 128;
const P128 = 2 ** 128;
const M128 = 2 ** -128;
/** P(Dₙ ≤ d). Memory O(m²), time O(m³ log n) with m = 2⌈nd⌉ − 1. */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let matrix = initialMatrix(m, h);
    let power = identity(m);
    let nn = n;
    let exponent = 0;
    let matrixExponent = 0;
    const centre = (k - 1) * m + (k - 1);
    while (nn > 0) {
        if (nn % 2 === 1) {
            power = multiply(power, matrix, m);
            exponent += matrixExponent;
        }
        nn = Math.floor(nn / 2);
        if (nn === 0)
            break; // the last squaring would go unused
        matrix = multiply(matrix, matrix, m);
        matrixExponent *= 2;
        if (Math.abs(matrix[centre]) > P128) {
            for (let i = 0; i < matrix.length; i++)
                matrix[i] *= M128;
            matrixExponent += E128;
        }
    }
    let p = power[centre];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < M128) {
            p *= P128;
            exponent -= E128;
        }
    }
    if (exponent !== 0)
        p = (0, floatExact_1.ldexp)(p, exponent);
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
/** Durbin's H: a banded lower-Hessenberg matrix of 1/j! with first column and last row corrected by h. */
function initialMatrix(m, h) {
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - Math.pow(h, j)) * fac;
    }
    const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
    v[m - 1] = (1 + tt) * fac;
    const matrix = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            matrix[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        matrix[r * m] = v[r];
    for (let c = 0; c < m; c++)
        matrix[(m - 1) * m + c] = v[m - 1 - c];
    return matrix;
}
function identity(m) {
    const matrix = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        matrix[i * m + i] = 1;
    return matrix;
}
/** Row-major a·b for m×m matrices, i-k-j loop order for sequential inner access. */
function multiply(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        const row = i * m;
        for (let k = 0; k < m; k++) {
            const aik = a[row + k];
            if (aik === 0)
                continue;
            const bRow = k * m;
            for (let j = 0; j < m; j++)
                out[row + j] += aik * b[bRow + j];
        }
    }
    return out;
}
//# sourceMappingURL=kolmogorovDurbin.js.map