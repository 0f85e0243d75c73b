"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pomeranzCdf = pomeranzCdf;
/**
 * Exact CDF of the one-sample two-sided Kolmogorov statistic, P(Dₙ ≤ x), by Pomeranz's (1974)
 * recursion, as in scipy's `_kolmogn_Pomeranz` (used for n ≤ 140 and 0.754693 < n·x² ≤ 4). Each row is
 * the previous one convolved with (almost) Poisson probabilities; only a sliding window is kept.
 */
const floatExact_1 = require("./floatExact");
const E128 = 128;
const P128 = 2 ** 128;
const M128 = 2 ** -128;
/** P(Dₙ ≤ x). O(n · (n·x)²). */
function pomeranzCdf(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const shape = { n, ll, ceilf: f > 0 ? 1 : 0, roundf: f > 0.5 ? 1 : 0 };
    const npwrs = 2 * (ll + 1);
    const tables = [powers(npwrs, g / n), powers(npwrs, (2 * g) / n), powers(npwrs, (1 - 2 * g) / n)];
    const { row, start, exponent } = lastRow(shape, npwrs, tables);
    let ans = row[n - start];
    let e = exponent;
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > P128) {
            ans *= M128;
            e += E128;
        }
        ans *= m;
    }
    if (e !== 0)
        ans = (0, floatExact_1.ldexp)(ans, e);
    return ans < 0 ? 0 : ans > 1 ? 1 : ans;
}
/** Runs the 2n + 1 convolution steps, keeping two rows and rescaling to avoid underflow. */
function lastRow(shape, npwrs, [gPower, twoGPower, oneMinusTwoGPower]) {
    const n = shape.n;
    let v0 = new Float64Array(npwrs);
    let v1 = new Float64Array(npwrs);
    v1[0] = 1;
    let v0s = 0;
    let v1s = 0;
    let exponent = 0;
    let [j1, j2] = window(0, shape);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [v0, v1] = [v1, v0];
        [v0s, v1s] = [v1s, v0s];
        v1.fill(0);
        [j1, j2] = window(i, shape);
        const pwrs = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
        const ln2 = j2 - k1 + 1;
        if (ln2 <= 0)
            continue;
        convolveInto(v1, v0, k1 - v0s, ln2, pwrs, j1 - k1, j2 - j1 + 1);
        exponent -= rescale(v1);
        v1s = v0s + j1 - k1;
    }
    return { row: v1, start: v1s, exponent };
}
/** Multiplies the row by 2^128 when its largest entry is tiny; returns the exponent applied. */
function rescale(row) {
    let max = 0;
    for (let c = 0; c < row.length; c++)
        if (row[c] > max)
            max = row[c];
    if (!(max > 0 && max < M128))
        return 0;
    for (let c = 0; c < row.length; c++)
        row[c] *= P128;
    return E128;
}
/** powers[m] = r^m / m!: Poisson probabilities without the normalising e^{-r}. */
function powers(count, r) {
    const out = new Float64Array(count);
    out[0] = 1;
    for (let m = 1; m < count; m++)
        out[m] = (out[m - 1] * r) / m;
    return out;
}
/** out[0..len) = (src[start..start+ln2) ⊛ pwrs[0..ln2))[from..from+len), numpy.convolve 'full'. */
function convolveInto(out, src, start, ln2, pwrs, from, len) {
    const segLen = Math.min(ln2, src.length - start);
    for (let r = 0; r < len; r++) {
        const c = from + r;
        let acc = 0;
        const lo = Math.max(0, c - ln2 + 1);
        const hi = Math.min(c, segLen - 1);
        for (let a = lo; a <= hi; a++)
            acc += src[start + a] * pwrs[c - a];
        out[r] = acc;
    }
}
/** Column range [j1, j2] of row i with non-zero entries (scipy's `_pomeranz_compute_j1j2`). */
function window(i, { n, ll, ceilf, roundf }) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
//# sourceMappingURL=kolmogorovPomeranz.js.map