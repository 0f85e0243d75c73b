"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOW_CARDINALITY_MAX_UNIQUE = exports.BINARY_MAX_UNIQUE = exports.EFFECTIVE_SIZE_LIMIT = void 0;
exports.chooseMethod = chooseMethod;
/**
 * The automatic choice of drift method per column. The reasoning is written out in docs/statistics.md.
 */
const methods_1 = require("./methods");
const validate_1 = require("./validate");
/**
 * Effective sample size n·m/(n+m) up to which p-value tests are used. It is the size that sets a
 * two-sample test's power (KS detects a CDF gap of about 1.36/√size at α = 0.05): at 1000 that is a
 * 4-point gap, the scale of drift worth an alert; far beyond it, tests flag differences too small to
 * matter, so effect-size distances with fixed thresholds take over.
 */
exports.EFFECTIVE_SIZE_LIMIT = 1000;
/** At most this many distinct values: treated as binary (two-proportion Z-test). */
exports.BINARY_MAX_UNIQUE = 2;
/** At most this many distinct values: a numeric column is compared as categories (as Evidently). */
exports.LOW_CARDINALITY_MAX_UNIQUE = 5;
/**
 * Picks the drift method and threshold for one column:
 *
 * | column (uniqueCount over both samples) | effective size ≤ 1000 | > 1000 |
 * |---|---|---|
 * | any type with ≤ 2 distinct values | `z`, p < 0.05 | `jensenshannon` ≥ 0.1 |
 * | categorical/binary, or numeric with 3–5 distinct values | `chisquare`, p < 0.05 | `jensenshannon` ≥ 0.1 |
 * | numeric, > 5 distinct values | `ks`, p < 0.05 | `wasserstein` (normed) ≥ 0.1 |
 *
 * Effective size = n_ref·n_cur/(n_ref + n_cur), which governs a two-sample test's power (Evidently uses
 * the reference size alone, so a 100 000-row reference against a 50-row window gets a distance whose
 * value on 50 rows is mostly noise; here it gets a test). O(1). Throws if a count is not an integer ≥ 0
 * or the type is unknown.
 *
 * @example
 * chooseMethod({ type: 'numeric', uniqueCount: 500, referenceSize: 5000, currentSize: 800 });
 * // => { method: 'ks', threshold: 0.05, reason: 'numeric with 500 distinct values, effective size 690 <= 1000: Kolmogorov-Smirnov test' }
 */
function chooseMethod(input) {
    const { type, uniqueCount, referenceSize, currentSize } = input;
    (0, validate_1.assertInteger)('chooseMethod', 'uniqueCount', uniqueCount, 0);
    (0, validate_1.assertInteger)('chooseMethod', 'referenceSize', referenceSize, 0);
    (0, validate_1.assertInteger)('chooseMethod', 'currentSize', currentSize, 0);
    if (type !== 'numeric' && type !== 'categorical' && type !== 'binary') {
        throw new Error(`chooseMethod: expected type 'numeric', 'categorical' or 'binary', got ${(0, validate_1.describeValue)(type)}`);
    }
    const total = referenceSize + currentSize;
    const effective = total === 0 ? 0 : (referenceSize * currentSize) / total;
    const small = effective <= exports.EFFECTIVE_SIZE_LIMIT;
    const size = `effective size ${Math.round(effective)} ${small ? '<=' : '>'} ${exports.EFFECTIVE_SIZE_LIMIT}`;
    const values = `${uniqueCount} distinct value${uniqueCount === 1 ? '' : 's'}`;
    if (uniqueCount <= exports.BINARY_MAX_UNIQUE) {
        return small
            ? pick('z', methods_1.DEFAULT_P_VALUE_THRESHOLD, `${type} with ${values}, ${size}: two-proportion Z-test`)
            : pick('jensenshannon', methods_1.DEFAULT_DISTANCE_THRESHOLD, `${type} with ${values}, ${size}: Jensen-Shannon distance`);
    }
    if (type !== 'numeric' || uniqueCount <= exports.LOW_CARDINALITY_MAX_UNIQUE) {
        return small
            ? pick('chisquare', methods_1.DEFAULT_P_VALUE_THRESHOLD, `${type} with ${values}, ${size}: chi-square test`)
            : pick('jensenshannon', methods_1.DEFAULT_DISTANCE_THRESHOLD, `${type} with ${values}, ${size}: Jensen-Shannon distance`);
    }
    return small
        ? pick('ks', methods_1.DEFAULT_P_VALUE_THRESHOLD, `numeric with ${values}, ${size}: Kolmogorov-Smirnov test`)
        : pick('wasserstein', methods_1.DEFAULT_DISTANCE_THRESHOLD, `numeric with ${values}, ${size}: Wasserstein distance / reference std`);
}
function pick(method, threshold, reason) {
    return { method, threshold, reason };
}
//# sourceMappingURL=chooseMethod.js.map