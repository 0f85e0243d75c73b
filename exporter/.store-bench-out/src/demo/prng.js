"use strict";
/**
 * A small seeded pseudo-random generator for the demo (mulberry32) and the draws the simulator needs.
 * Seeded so that the demo's traffic, the committed reference CSVs and the golden `/metrics` file are
 * reproducible byte for byte.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.mulberry32 = mulberry32;
exports.normal = normal;
exports.logNormal = logNormal;
exports.exponential = exponential;
exports.poisson = poisson;
exports.weighted = weighted;
exports.clamp = clamp;
exports.round = round;
/**
 * mulberry32: a 32-bit state generator, fast and good enough for simulation (not for cryptography).
 * The same seed always gives the same sequence.
 *
 * @example
 * const u = mulberry32(42); u(); // 0.6011037519201636
 */
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A standard normal draw (Box–Muller; one of the pair is discarded for simplicity). */
function normal(u, mean = 0, sd = 1) {
    const u1 = Math.max(u(), Number.MIN_VALUE);
    const u2 = u();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
/** A log-normal draw: exp(N(mu, sigma)). */
function logNormal(u, mu, sigma) {
    return Math.exp(normal(u, mu, sigma));
}
/** An exponential draw with the given mean. */
function exponential(u, mean) {
    return -mean * Math.log(Math.max(1 - u(), Number.MIN_VALUE));
}
/** A Poisson draw (Knuth's method; fine for the small means the demo uses). */
function poisson(u, mean) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = u();
    while (p > limit) {
        k += 1;
        p *= u();
    }
    return k;
}
/** One of `choices`, drawn with the given (not necessarily normalised) weights. */
function weighted(u, choices) {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let r = u() * total;
    for (const [value, w] of choices) {
        r -= w;
        if (r < 0)
            return value;
    }
    return choices[choices.length - 1][0];
}
/** `x` limited to [lo, hi]. */
function clamp(x, lo, hi) {
    return Math.min(hi, Math.max(lo, x));
}
/** Rounds to `digits` decimals, so generated CSVs and events stay short. */
function round(x, digits) {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
}
//# sourceMappingURL=prng.js.map