"use strict";
/**
 * Small exact floating-point helpers for the Kolmogorov distributions, where n·x must be split into its
 * integer and fractional parts without rounding (scipy's `modNX` uses double-double for this).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.twoProduct = twoProduct;
exports.floorAndFraction = floorAndFraction;
exports.ldexp = ldexp;
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp split of a double into two 26-bit halves
/** Returns [p, e] with p = fl(a·b) and p + e = a·b exactly (Dekker's two-product). */
function twoProduct(a, b) {
    const p = a * b;
    const ca = SPLITTER * a;
    const ah = ca - (ca - a);
    const al = a - ah;
    const cb = SPLITTER * b;
    const bh = cb - (cb - b);
    const bl = b - bh;
    const e = ah * bh - p + ah * bl + al * bh + al * bl;
    return [p, e];
}
/** floor(n·x) and the remainder n·x − floor(n·x) in [0, 1), computed from the exact product. */
function floorAndFraction(n, x) {
    const [p, e] = twoProduct(n, x);
    let floor = Math.floor(p);
    let fraction = p - floor + e;
    if (fraction < 0) {
        floor -= 1;
        fraction += 1;
    }
    if (fraction >= 1) {
        floor += 1;
        fraction -= 1;
    }
    return { floor, fraction };
}
/** x · 2^exponent without overflowing the power of two on the way (like C's `ldexp`). */
function ldexp(x, exponent) {
    let result = x;
    let e = exponent;
    while (e > 512) {
        result *= 2 ** 512;
        e -= 512;
    }
    while (e < -512) {
        result *= 2 ** -512;
        e += 512;
    }
    return result * 2 ** e;
}
//# sourceMappingURL=floatExact.js.map