"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.probOutsideSquare = probOutsideSquare;
exports.probOutsideBand = probOutsideBand;
exports.ksExactTwoSided = ksExactTwoSided;
/**
 * Exact null distribution of the two-sided two-sample Kolmogorov–Smirnov statistic, following scipy's
 * `_attempt_exact_2kssamp` so p-values agree with `scipy.stats.ks_2samp(method='exact')`:
 * - equal sizes: the closed form for paths leaving the band |x − y| < h (Hodges 1958, eq. for D_{n,n}),
 *   evaluated Horner-style to avoid cancellation;
 * - unequal sizes: the lattice-path "inside method" of Hodges (1958), recursing on 1 − p directly as in
 *   Viehmann (2021, arXiv:2102.08037), which keeps small p-values accurate.
 */
const roundHalfEven_1 = require("./roundHalfEven");
/** P(D_{n,n} ≥ h/n) for two samples of size n. O(n). */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        p = p1 * (1 - p);
    }
    return 2 * p;
}
/**
 * Proportion of lattice paths from (0,0) to (m,n) that leave the band |nx/g − my/g| < h, i.e.
 * P(D_{m,n} ≥ h / lcm). Keeps one sliding column of the path-count matrix. O(max(m,n) · band width).
 */
function probOutsideBand(mIn, nIn, g, h) {
    const m = Math.max(mIn, nIn);
    const n = Math.min(mIn, nIn);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const a = new Float64Array(lenA).fill(1);
    a.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        const shift = minj - lastminj;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (a[jj + shift] * i + val * j) / (i + j);
            a[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            a.fill(1, curlen, Math.min(curlen + (lastlen - curlen), lenA));
    }
    return a[maxj - minj - 1];
}
/**
 * Exact two-sided p-value for statistic `d` with sizes n1, n2 (g = gcd). `ok` is false when the
 * computation left [0, 1] (floating-point trouble), and the caller falls back to the asymptotic
 * distribution with the snapped `d`, exactly as scipy does.
 */
function ksExactTwoSided(n1, n2, g, d) {
    const lcm = (n1 / g) * n2;
    const h = (0, roundHalfEven_1.roundHalfEven)(d * lcm);
    const snapped = h / lcm;
    if (h === 0)
        return { ok: true, d: snapped, pValue: 1 };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    if (!(p >= 0 && p <= 1))
        return { ok: false, d: snapped, pValue: p };
    return { ok: true, d: snapped, pValue: p };
}
//# sourceMappingURL=ksExact.js.map