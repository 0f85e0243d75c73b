"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SIGNIFICANT_DIGITS = void 0;
exports.deriveFromChunks = deriveFromChunks;
exports.deriveFromHistory = deriveFromHistory;
exports.quantileSorted = quantileSorted;
exports.round = round;
/** Significant digits kept in written thresholds: enough to separate warning from critical, short to read. */
exports.SIGNIFICANT_DIGITS = 4;
/**
 * Thresholds from per-chunk values (NannyML's StandardDeviationThreshold, made two-level).
 *
 * Convention: mean and population standard deviation (ddof = 0, as NannyML) of `values`; warning =
 * mean ± k·σ and critical = mean ± critical_k·σ towards "worse" (+ for higher_is_worse, − for
 * lower_is_worse); σ is floored at 0.1 % of the value's range (or of max(1, |mean|) when unbounded) so a
 * reference where the statistic never moved still gets a narrow band rather than warning = critical;
 * both are clipped to `bounds` and rounded to 4 significant digits.
 * Complexity O(n).
 *
 * @throws Error when fewer than 2 values are given, a value is not finite, or the two thresholds end up
 *   equal (both clipped to the same bound: the reference is too noisy for this rule).
 * @example deriveFromChunks([0.02, 0.03, 0.025, 0.02, 0.03], { method: 'reference_chunks', k: 3, critical_k: 5, chunks: 5 }, 'higher_is_worse', [0, 1], 1700000000)
 * // => { warning: 0.03842, critical: 0.04736, derived: { method: 'reference_chunks', k: 3, critical_k: 5, chunks: 5, at: 1700000000, mean: 0.025, std: 0.004472, samples: 5 } }
 */
function deriveFromChunks(values, rule, direction, bounds, at) {
    checkValues('deriveFromChunks', values, 2);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    const range = bounds[1] - bounds[0];
    const spread = Math.max(std, 1e-3 * (Number.isFinite(range) ? range : Math.max(1, Math.abs(mean))));
    const sign = direction === 'higher_is_worse' ? 1 : -1;
    const [warning, critical] = finalize('deriveFromChunks', mean + sign * rule.k * spread, mean + sign * rule.critical_k * spread, direction, bounds);
    return {
        warning,
        critical,
        derived: {
            method: 'reference_chunks',
            k: rule.k,
            critical_k: rule.critical_k,
            chunks: values.length,
            at,
            mean: round(mean),
            std: round(std),
            samples: values.length,
        },
    };
}
/**
 * Thresholds from a node's history: the `quantile` and `critical_quantile` quantiles towards "worse"
 * (upper quantiles for higher_is_worse; 1 − q for lower_is_worse).
 *
 * Convention: linear interpolation between order statistics (numpy's default, type 7); clipped to
 * `bounds`, rounded to 4 significant digits. Complexity O(n log n).
 *
 * @throws Error when fewer than 10 values are given, a value is not finite, or the two quantiles are equal
 *   (a history without spread at the tail).
 * @example deriveFromHistory([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'history_quantile', quantile: 0.9, critical_quantile: 0.99 }, 'higher_is_worse', [0, Infinity], 0).warning
 * // => 9.1
 */
function deriveFromHistory(values, rule, direction, bounds, at) {
    checkValues('deriveFromHistory', values, 10);
    const sorted = [...values].sort((a, b) => a - b);
    const q = (p) => quantileSorted(sorted, direction === 'higher_is_worse' ? p : 1 - p);
    const [warning, critical] = finalize('deriveFromHistory', q(rule.quantile), q(rule.critical_quantile), direction, bounds);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return {
        warning,
        critical,
        derived: {
            method: 'history_quantile',
            quantile: rule.quantile,
            critical_quantile: rule.critical_quantile,
            at,
            mean: round(mean),
            samples: values.length,
        },
    };
}
/** Type-7 quantile of ascending `sorted` at p ∈ [0, 1]. */
function quantileSorted(sorted, p) {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const a = sorted[lo];
    const b = sorted[Math.min(lo + 1, sorted.length - 1)];
    return a + (h - lo) * (b - a);
}
/** Rounds to `SIGNIFICANT_DIGITS` significant digits (0 stays 0). */
function round(x) {
    return x === 0 ? 0 : Number(x.toPrecision(exports.SIGNIFICANT_DIGITS));
}
function checkValues(fn, values, minimum) {
    if (values.length < minimum)
        throw new Error(`${fn}: expected at least ${minimum} values, got ${values.length}`);
    const bad = values.find((v) => !Number.isFinite(v));
    if (bad !== undefined)
        throw new Error(`${fn}: expected finite values, got ${bad}`);
}
function finalize(fn, rawWarning, rawCritical, direction, bounds) {
    const clip = (x) => Math.min(bounds[1], Math.max(bounds[0], x));
    const warning = round(clip(rawWarning));
    const critical = round(clip(rawCritical));
    const ordered = direction === 'higher_is_worse' ? warning < critical : warning > critical;
    if (!ordered) {
        throw new Error(`${fn}: warning ${warning} and critical ${critical} are not apart for ${direction} (values clipped to [${bounds[0]}, ${bounds[1]}]); declare thresholds by hand`);
    }
    return [warning, critical];
}
//# sourceMappingURL=derive.js.map