"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.driftTest = driftTest;
/**
 * One entry point that runs any drift method on a reference and a current column.
 */
const categoricalDrift_1 = require("./categoricalDrift");
const methods_1 = require("./methods");
const numericDrift_1 = require("./numericDrift");
const psi_1 = require("./psi");
const validate_1 = require("./validate");
/**
 * Runs `method` on a reference and a current column and returns the statistic, p-value and verdict:
 * drifted when p < threshold for `ks`/`chisquare`/`z`, when statistic ≥ threshold for the distances.
 *
 * Conventions: numeric columns are sorted once and every numeric statistic works on the sorted copies
 * (KS as `ksTwoSample` with method 'auto'; `wasserstein` is the normed distance, W₁ / max(std_ref, 0.001);
 * `psi`/`jensenshannon`/`hellinger` use `bins` reference-quantile bins, default 10). A numeric column
 * whose two samples together hold at most 5 distinct values is compared as categories by the
 * frequency methods (`psi`, `jensenshannon`, `hellinger`, `chisquare`, `z`); `chisquare` and `z` on
 * numeric columns always use the distinct values as categories. On category counts `z` takes the
 * last category in sorted order (e.g. "1", "true", "yes") as the success. `psi` on categories uses ε = 1e-4.
 *
 * Complexity: O(n log n + m log m) for numeric columns, O(k log k) for categories (plus the exact KS
 * p-value for small samples). Throws if the method is unknown or does not fit the column type
 * (`ks`/`wasserstein` need numeric columns; `z` needs at most 2 categories), if the two columns differ in
 * kind, if a sample is below `minimumSampleSize`, or if a value is missing/non-finite.
 *
 * @example
 * driftTest('ks', { type: 'numeric', values: Float64Array.of(1, 2, 3, 4) }, { type: 'numeric', values: Float64Array.of(3, 4, 5, 6, 7) });
 * // => { method: 'ks', statistic: 0.6, pValue: 0.2857142857142857, threshold: 0.05, drifted: false }
 */
function driftTest(method, ref, cur, opts = {}) {
    if (!methods_1.DRIFT_METHODS.includes(method)) {
        throw new Error(`driftTest: expected method one of ${methods_1.DRIFT_METHODS.join(', ')}, got ${(0, validate_1.describeValue)(method)}`);
    }
    const bins = opts.bins ?? psi_1.DEFAULT_BINS;
    (0, validate_1.assertInteger)('driftTest', 'bins', bins, 1);
    const threshold = opts.threshold ?? (0, methods_1.defaultThreshold)(method);
    const pValueMethod = (0, methods_1.isPValueMethod)(method);
    checkThreshold(threshold, pValueMethod);
    let result;
    if (ref.type === 'numeric' && cur.type === 'numeric') {
        result = (0, numericDrift_1.numericStatistic)(method, ref.values, cur.values, bins);
    }
    else if (ref.type !== 'numeric' && cur.type !== 'numeric') {
        result = (0, categoricalDrift_1.categoricalStatistic)(method, ref.counts, cur.counts);
    }
    else {
        throw new Error(`driftTest: expected reference and current columns of the same kind, got ${ref.type} and ${cur.type}`);
    }
    const drifted = pValueMethod ? (result.pValue ?? 1) < threshold : result.statistic >= threshold;
    return { method, statistic: result.statistic, pValue: result.pValue, threshold, drifted };
}
function checkThreshold(threshold, pValueMethod) {
    const ok = pValueMethod ? threshold > 0 && threshold < 1 : Number.isFinite(threshold) && threshold > 0;
    if (!ok) {
        const expected = pValueMethod ? 'a significance level in (0, 1)' : 'a finite distance > 0';
        throw new Error(`driftTest: expected threshold to be ${expected}, got ${(0, validate_1.describeValue)(threshold)}`);
    }
}
//# sourceMappingURL=driftTest.js.map