"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.missingRatio = missingRatio;
exports.violationRatio = violationRatio;
exports.latencyStatistic = latencyStatistic;
/**
 * Ratio and latency signals of a merged window: missing ratio, schema-violation ratio, latency
 * statistics. Pure functions over a `WindowBucket`.
 */
const latencySketch_1 = require("./latencySketch");
const windowBucket_1 = require("./windowBucket");
const VIOLATION_INDEX = { type: 0, range: 1, unseen_category: 2 };
/**
 * Share of missing values (absent, null, "" or mistyped) in a window with events: of one feature, or
 * of all feature cells (events × features). Null with a reason for an undeclared feature.
 * @example missingRatio(window, 'amount') // { value: 0.1 } for 1 missing in 10 events
 */
function missingRatio(w, feature) {
    const index = feature === undefined ? -1 : w.layout.features.findIndex((f) => f.name === feature);
    if (feature !== undefined && index < 0)
        return { value: null, reason: `feature ${feature} is not declared` };
    if (index >= 0)
        return { value: w.columns[index].missing / w.events };
    const cells = w.events * w.columns.length;
    if (cells === 0)
        return { value: null, reason: 'model has no features' };
    return { value: w.columns.reduce((s, c) => s + c.missing, 0) / cells };
}
/**
 * Share of feature values in a window with events that violate the schema: of one feature or of all
 * feature cells, of one kind (type, range, unseen_category) or of any. A value has at most one kind.
 * @example violationRatio(window, 'amount', 'range') // { value: 0.2 } for 2 out-of-range values in 10 events
 */
function violationRatio(w, feature, kind) {
    const features = w.layout.features;
    const index = feature === undefined ? -1 : features.findIndex((f) => f.name === feature);
    if (feature !== undefined && index < 0)
        return { value: null, reason: `feature ${feature} is not declared` };
    let count = 0;
    for (let f = 0; f < features.length; f++) {
        if (index >= 0 && f !== index)
            continue;
        for (let k = 0; k < windowBucket_1.VIOLATION_SLOTS; k++) {
            if (kind === undefined || VIOLATION_INDEX[kind] === k)
                count += w.violations[f * windowBucket_1.VIOLATION_SLOTS + k];
        }
    }
    const cells = w.events * (index >= 0 ? 1 : features.length);
    if (cells === 0)
        return { value: null, reason: 'model has no features' };
    return { value: count / cells };
}
/**
 * Latency statistic of a window: mean and sample standard deviation (n − 1) exact from sums, p50/p95/p99
 * from the logarithmic sketch (within 1.96 % relative, `latencySketch.ts`). Null without latencies.
 * @example latencyStatistic(window, 'p99') // { value: 0.0991 } for latencies 1..100 ms
 */
function latencyStatistic(w, stat) {
    const n = w.latencyCount;
    if (n === 0)
        return { value: null, reason: 'no latency values in the window' };
    const mean = w.latencySum / n;
    if (stat === 'mean')
        return { value: mean };
    if (stat === 'stddev')
        return { value: n > 1 ? Math.sqrt(Math.max(0, (w.latencySumSq - n * mean * mean) / (n - 1))) : 0 };
    const q = stat === 'p50' ? 0.5 : stat === 'p95' ? 0.95 : 0.99;
    return { value: (0, latencySketch_1.latencySketchQuantile)(w.latencySketch ?? [], q) };
}
//# sourceMappingURL=observeWindow.js.map