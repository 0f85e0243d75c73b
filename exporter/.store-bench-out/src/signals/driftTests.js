"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KS_EXACT_BUDGET = exports.isPValueMethod = void 0;
exports.rawDriftTest = rawDriftTest;
exports.correctFamily = correctFamily;
exports.driftInputs = driftInputs;
/**
 * Drift tests of one model's window against its reference: one test per feature (method declared or
 * from the automatic rule), the model's multiple-testing correction across them, and the tests nodes
 * ask for with another method. Current values enter the tests through the window sketch
 * (`NumericBinning.reconstruct`, at most `sample_size` values) or as category counts scaled to
 * `sample_size`; the statistics themselves are `stats/`'s.
 */
const stats_1 = require("../stats");
Object.defineProperty(exports, "isPValueMethod", { enumerable: true, get: function () { return stats_1.isPValueMethod; } });
const numericBinning_1 = require("./numericBinning");
/**
 * One uncorrected test of a column, or a result with a null statistic and the reason it could not run
 * (no reference, too few values on either side).
 */
function rawDriftTest(input, requested, settings) {
    const { reference: ref, acc } = input;
    const fallback = requested ?? (input.type === 'numeric' ? 'ks' : 'chisquare');
    const empty = (reason, method = fallback) => ({
        feature: input.name,
        method,
        statistic: null,
        pValue: null,
        drifted: null,
        threshold: (0, stats_1.defaultThreshold)(method),
        currentCount: acc.present,
        testedCount: 0,
        reason,
    });
    if (!settings.hasReference || ref === null)
        return empty('no reference data');
    if (ref.count < settings.minSamples)
        return empty(`reference has ${ref.count} values < ${settings.minSamples} needed`);
    if (acc.present < settings.minSamples)
        return empty(`${acc.present} events < ${settings.minSamples} needed`);
    const testedCount = Math.min(acc.present, settings.sampleSize);
    const current = currentColumn(input, testedCount);
    if (current === null)
        return empty('no reference binning for this column');
    const method = requested ??
        (0, stats_1.chooseMethod)({
            type: input.type,
            uniqueCount: unionUniqueCount(input),
            referenceSize: ref.count,
            currentSize: testedCount,
        }).method;
    let result;
    try {
        result = runTest(method, referenceColumn(ref), current, settings.bins);
    }
    catch (error) {
        // A declared method that does not fit the column (ks on categories, z on 3 classes) is a null
        // result with stats' own explanation, never a failed evaluation.
        return empty(error.message, method);
    }
    return {
        feature: input.name,
        method,
        statistic: result.statistic,
        pValue: result.pValue,
        drifted: result.drifted,
        threshold: result.threshold,
        currentCount: acc.present,
        testedCount,
    };
}
/**
 * Reference × window sizes up to which KS p-values are exact. scipy's rule (exact up to 10,000 values
 * per side) costs O(n·m·D) per test, over a second for a 10,000 × 5,000 test of a drifted feature;
 * past this budget the asymptotic Kolmogorov distribution is used, whose error at such sizes is far
 * below any alerting threshold.
 */
exports.KS_EXACT_BUDGET = 1_000_000;
function runTest(method, ref, cur, bins) {
    if (ref.type !== 'numeric' || cur.type !== 'numeric')
        return (0, stats_1.driftTest)(method, ref, cur, { bins });
    // Both samples are ascending here (the reference profile and the reconstruction are built sorted),
    // so the sorted entry points skip driftTest's two O(n log n) copies.
    const threshold = (0, stats_1.defaultThreshold)(method);
    let r;
    if (method === 'ks') {
        const ksMethod = ref.values.length * cur.values.length <= exports.KS_EXACT_BUDGET ? 'auto' : 'asymp';
        r = (0, stats_1.ksTwoSampleSorted)(ref.values, cur.values, { method: ksMethod });
    }
    else {
        r = (0, stats_1.driftStatisticSorted)(method, ref.values, cur.values, bins);
    }
    const drifted = (0, stats_1.isPValueMethod)(method) ? (r.pValue ?? 1) < threshold : r.statistic >= threshold;
    return { method, statistic: r.statistic, pValue: r.pValue, threshold, drifted };
}
function referenceColumn(ref) {
    return ref.type === 'numeric'
        ? { type: 'numeric', values: ref.sorted }
        : { type: ref.type, counts: ref.counts };
}
function currentColumn(input, size) {
    const acc = input.acc;
    if (acc.kind === 'numeric') {
        if (!acc.hist || !input.layout.binning)
            return null;
        return { type: 'numeric', values: input.layout.binning.reconstruct(acc.hist, size, acc.min, acc.max) };
    }
    const keys = [...acc.counts.keys()];
    const scaled = (0, numericBinning_1.allocateLargestRemainder)(keys.map((k) => acc.counts.get(k) ?? 0), size);
    const type = input.type === 'binary' ? 'binary' : 'categorical';
    return { type, counts: new Map(keys.map((k, i) => [k, scaled[i]])) };
}
/**
 * Distinct values over reference and current, as the automatic rule wants. Categorical: the union of
 * category names. Numeric: the reference's distinct values plus one per non-empty window bin that is
 * not a reference cut (a lower bound of the union: exact whenever the reference has ≤ fineBins + 1
 * distinct values, which is when it matters, the rule's cut-offs being 2 and 5).
 */
function unionUniqueCount(input) {
    const { reference: ref, acc, layout } = input;
    if (ref === null)
        return 0;
    if (acc.kind === 'categorical' || ref.type !== 'numeric') {
        const keys = new Set(ref.type === 'numeric' ? [] : ref.counts.keys());
        if (acc.kind === 'categorical')
            for (const k of acc.counts.keys())
                keys.add(k);
        return keys.size;
    }
    let extra = 0;
    if (acc.hist && layout.binning)
        for (let bin = 0; bin < acc.hist.length; bin += 2)
            if (acc.hist[bin] > 0)
                extra++;
    return ref.uniqueCount + extra;
}
/**
 * Applies the model's correction to the p-value tests among `results` (in place order), and re-decides
 * `drifted` on the adjusted p-values. Distance results are returned unchanged.
 */
function correctFamily(results, correction) {
    const tested = results.filter((r) => r.pValue !== null && (0, stats_1.isPValueMethod)(r.method));
    if (tested.length === 0 || correction === 'none')
        return results;
    const adjusted = (0, stats_1.adjustPValues)(tested.map((r) => r.pValue), correction);
    const byResult = new Map(tested.map((r, i) => [r, adjusted[i]]));
    return results.map((r) => {
        const p = byResult.get(r);
        return p === undefined ? r : { ...r, pValue: p, drifted: p < r.threshold };
    });
}
/** Inputs for every feature and the prediction column of a model. */
function driftInputs(layouts, accs, reference) {
    return layouts.map((layout, i) => ({
        name: layout.name,
        type: layout.type,
        reference: reference?.columns.get(layout.name) ?? null,
        acc: accs[i],
        layout,
    }));
}
//# sourceMappingURL=driftTests.js.map