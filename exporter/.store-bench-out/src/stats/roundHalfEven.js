"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.roundHalfEven = roundHalfEven;
exports.gcd = gcd;
/**
 * Rounds to the nearest integer, ties to even, like `numpy.round` (and Python's `round`). `Math.round`
 * sends ties up, which would pick a different Kolmogorov distribution for sizes such as n1 = n2 = 20001
 * (effective size 10000.5 → 10000 in scipy).
 */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff < 0.5)
        return floor;
    if (diff > 0.5)
        return floor + 1;
    return floor % 2 === 0 ? floor : floor + 1;
}
/** Greatest common divisor of two non-negative integers (Euclid). */
function gcd(a, b) {
    let x = a;
    let y = b;
    while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
    }
    return x;
}
//# sourceMappingURL=roundHalfEven.js.map