"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.numericStatistic = numericStatistic;
exports.driftStatisticSorted = driftStatisticSorted;
exports.distinctUnion = distinctUnion;
exports.valueCounts = valueCounts;
/**
 * The numeric branch of `driftTest`: sort each sample once, then compute the method's statistic on the
 * sorted copies (KS, Wasserstein and the binned distances all want sorted data).
 */
const chooseMethod_1 = require("./chooseMethod");
const categoricalDrift_1 = require("./categoricalDrift");
const hellinger_1 = require("./hellinger");
const jensenShannon_1 = require("./jensenShannon");
const ksTwoSample_1 = require("./ksTwoSample");
const methods_1 = require("./methods");
const psi_1 = require("./psi");
const sortSample_1 = require("./sortSample");
const validate_1 = require("./validate");
const wasserstein_1 = require("./wasserstein");
/** Statistic of `method` on two numeric samples (validated and sorted here; inputs not mutated). */
function numericStatistic(method, ref, cur, bins) {
    const refSorted = (0, sortSample_1.sortedCopy)('driftTest', 'reference values', ref);
    const curSorted = (0, sortSample_1.sortedCopy)('driftTest', 'current values', cur);
    return numericStatisticSorted(method, refSorted, curSorted, bins);
}
/**
 * `driftTest`'s numeric statistic for samples already sorted ascending, so a caller can sort a
 * reference once and test many windows or methods against it. Checks the method, `bins`, the order
 * (O(n + m)) and the minimum sizes, and throws like `driftTest`.
 *
 * @example
 * driftStatisticSorted('wasserstein', Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8), 10);
 * // => { statistic: 4.0089186286863665, pValue: null }
 */
function driftStatisticSorted(method, refSorted, curSorted, bins) {
    if (!methods_1.DRIFT_METHODS.includes(method)) {
        throw new Error(`driftStatisticSorted: expected method one of ${methods_1.DRIFT_METHODS.join(', ')}, got ${(0, validate_1.describeValue)(method)}`);
    }
    (0, validate_1.assertInteger)('driftStatisticSorted', 'bins', bins, 1);
    (0, validate_1.assertSortedSample)('driftStatisticSorted', 'refSorted', refSorted);
    (0, validate_1.assertSortedSample)('driftStatisticSorted', 'curSorted', curSorted);
    return numericStatisticSorted(method, refSorted, curSorted, bins);
}
function numericStatisticSorted(method, a, b, bins) {
    switch (method) {
        case 'ks':
            return (0, ksTwoSample_1.ksFromSorted)('driftTest', a, b, 'auto');
        case 'wasserstein':
            return {
                statistic: (0, wasserstein_1.wassersteinSorted)(a, b) / Math.max((0, wasserstein_1.populationStd)(a), wasserstein_1.WASSERSTEIN_STD_FLOOR),
                pValue: null,
            };
        case 'chisquare':
        case 'z':
            return (0, categoricalDrift_1.categoricalStatistic)(method, valueCounts(a), valueCounts(b));
        default:
            break;
    }
    if (distinctUnion(a, b, chooseMethod_1.LOW_CARDINALITY_MAX_UNIQUE + 1) <= chooseMethod_1.LOW_CARDINALITY_MAX_UNIQUE) {
        return (0, categoricalDrift_1.categoricalStatistic)(method, valueCounts(a), valueCounts(b));
    }
    const minimum = (0, methods_1.minimumSampleSize)(method, 'numeric', bins).reference;
    if (a.length < minimum) {
        throw new Error(`driftTest: method '${method}' with ${bins} bins needs at least ${minimum} reference values, got ${a.length}`);
    }
    if (method === 'psi')
        return { statistic: (0, psi_1.psiSorted)(a, b, bins), pValue: null };
    if (method === 'jensenshannon')
        return { statistic: (0, jensenShannon_1.jensenShannonSorted)(a, b, bins), pValue: null };
    return { statistic: (0, hellinger_1.hellingerSorted)(a, b, bins), pValue: null };
}
/** Number of distinct values in the union of two ascending samples, counting no further than `cap`. */
function distinctUnion(a, b, cap) {
    let i = 0;
    let j = 0;
    let distinct = 0;
    while ((i < a.length || j < b.length) && distinct < cap) {
        const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.length && a[i] === v)
            i++;
        while (j < b.length && b[j] === v)
            j++;
        distinct++;
    }
    return distinct;
}
/** Counts of each distinct value of an ascending sample, keyed by its decimal string. O(n). */
function valueCounts(sorted) {
    const counts = new Map();
    let i = 0;
    while (i < sorted.length) {
        const v = sorted[i];
        let j = i;
        while (j < sorted.length && sorted[j] === v)
            j++;
        counts.set(String(v), j - i);
        i = j;
    }
    return counts;
}
//# sourceMappingURL=numericDrift.js.map