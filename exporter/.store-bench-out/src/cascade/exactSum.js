"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exactSum = exactSum;
/**
 * The correctly rounded sum of finite numbers (Shewchuk's algorithm, as in Python's `math.fsum`).
 *
 * Why not `reduce((a, b) => a + b)`: a plain float sum depends on the order of its terms, so a weighted
 * mean would change in its last bit when the spec lists children in another order, and raising one term
 * could, through re-ordering, lower the rounded total by an ulp. The exact sum is rounded once, so it is
 * independent of order and monotone in every term: the cascade's "child order does not matter" and
 * "a worse child never makes a parent better" then hold exactly, not up to rounding.
 *
 * Convention: the partials are exact (non-overlapping) expansions of the running total; the final
 * rounding handles the half-way case the way CPython's `math_fsum` does. Complexity O(n·p), p the number
 * of partials (p ≤ 40 for doubles; in practice 1 or 2).
 *
 * @throws Error when a term is not finite (the cascade never sums NaN or ±Infinity).
 * @example exactSum([0.1, 0.2, 0.3]) // 0.6 (a plain left-to-right sum gives 0.6000000000000001)
 * @example exactSum([1e16, 1, -1e16]) // 1
 */
function exactSum(values) {
    const partials = [];
    for (const value of values) {
        if (!Number.isFinite(value))
            throw new Error(`exactSum: term ${value} is not a finite number`);
        let x = value;
        let i = 0;
        for (let y of partials) {
            if (Math.abs(x) < Math.abs(y))
                [x, y] = [y, x];
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                partials[i++] = lo;
            x = hi;
        }
        partials.length = i;
        partials.push(x);
    }
    return roundPartials(partials);
}
/** Adds non-overlapping partials (ascending magnitude) from the top, rounding once, half-way cases included. */
function roundPartials(partials) {
    let n = partials.length;
    if (n === 0)
        return 0;
    let hi = partials[--n];
    let lo = 0;
    while (n > 0) {
        const x = hi;
        const y = partials[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo !== 0)
            break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        if (y === x - hi)
            hi = x;
    }
    return hi;
}
//# sourceMappingURL=exactSum.js.map