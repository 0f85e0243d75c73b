"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.finiteOrNull = void 0;
exports.bucketToJSON = bucketToJSON;
exports.bucketFromJSON = bucketFromJSON;
const windowBucket_1 = require("./windowBucket");
/** JSON has no Infinity: non-finite numbers (empty min/max, times) are stored as null. */
const finiteOrNull = (x) => (Number.isFinite(x) ? x : null);
exports.finiteOrNull = finiteOrNull;
function sparse(a) {
    const out = [];
    for (let i = 0; i < a.length; i++)
        if (a[i] !== 0)
            out.push(i, a[i]);
    return out;
}
function unsparse(pairs, into) {
    for (let i = 0; i + 1 < pairs.length; i += 2)
        if (pairs[i] < into.length)
            into[pairs[i]] = pairs[i + 1];
}
function accToJSON(acc) {
    if (acc.kind === 'categorical')
        return { kind: 'categorical', present: acc.present, missing: acc.missing, counts: [...acc.counts] };
    const { present, missing, sum, sumSq } = acc;
    return {
        kind: 'numeric',
        present,
        missing,
        sum,
        sumSq,
        min: (0, exports.finiteOrNull)(acc.min),
        max: (0, exports.finiteOrNull)(acc.max),
        bins: acc.hist?.length ?? 0,
        hist: acc.hist ? sparse(acc.hist) : null,
    };
}
/** Restores an accumulator when its kind and binning still match; returns false (left empty) otherwise. */
function accFromJSON(json, acc) {
    if (json === undefined || json.kind !== acc.kind)
        return false;
    if (json.kind === 'categorical' && acc.kind === 'categorical') {
        for (const [k, c] of json.counts)
            acc.counts.set(k, c);
    }
    else if (json.kind === 'numeric' && acc.kind === 'numeric') {
        if ((acc.hist?.length ?? 0) !== json.bins || (json.hist === null) !== (acc.hist === null))
            return false;
        if (acc.hist && json.hist)
            unsparse(json.hist, acc.hist);
        Object.assign(acc, {
            sum: json.sum,
            sumSq: json.sumSq,
            min: json.min ?? Infinity,
            max: json.max ?? -Infinity,
        });
    }
    acc.present = json.present;
    acc.missing = json.missing;
    return true;
}
/** The JSON form of a bucket. O(features × bins). Throws nothing. */
function bucketToJSON(b) {
    const names = b.layout.features.map((f) => f.name);
    return {
        index: b.index,
        events: b.events,
        firstAt: (0, exports.finiteOrNull)(b.firstAt),
        lastAt: (0, exports.finiteOrNull)(b.lastAt),
        columns: Object.fromEntries(names.map((n, i) => [n, accToJSON(b.columns[i])])),
        violations: Object.fromEntries(names.map((n, i) => [
            n,
            Array.from(b.violations.subarray(i * windowBucket_1.VIOLATION_SLOTS, (i + 1) * windowBucket_1.VIOLATION_SLOTS)),
        ])),
        prediction: accToJSON(b.prediction),
        confidenceCount: b.confidenceCount,
        confidenceSum: b.confidenceSum,
        lowConfidence: b.layout.confidenceCuts.map((cut, i) => [cut, b.lowConfidence[i]]),
        expected: { ...b.expected },
        latency: {
            count: b.latencyCount,
            sum: b.latencySum,
            sumSq: b.latencySumSq,
            sketch: b.latencySketch ? sparse(b.latencySketch) : null,
        },
        errors: b.errors,
        attributionSum: Object.fromEntries(names.map((n, i) => [n, b.attributionSum[i]])),
        attributionEvents: b.attributionEvents,
        policyViolations: b.policyViolations,
    };
}
/**
 * Loads a bucket's JSON form into `b` (same layout or a compatible one: columns whose kind or binning
 * changed stay empty). Throws nothing.
 */
function bucketFromJSON(json, b) {
    b.reset(json.index);
    Object.assign(b, {
        events: json.events,
        firstAt: json.firstAt ?? Infinity,
        lastAt: json.lastAt ?? -Infinity,
        confidenceCount: json.confidenceCount,
        confidenceSum: json.confidenceSum,
        latencyCount: json.latency.count,
        latencySum: json.latency.sum,
        latencySumSq: json.latency.sumSq,
        errors: json.errors,
        attributionEvents: json.attributionEvents,
        policyViolations: json.policyViolations,
    });
    b.layout.features.forEach((f, i) => {
        accFromJSON(json.columns[f.name], b.columns[i]);
        (json.violations[f.name] ?? []).forEach((c, k) => (b.violations[i * windowBucket_1.VIOLATION_SLOTS + k] = c));
        b.attributionSum[i] = json.attributionSum[f.name] ?? 0;
    });
    accFromJSON(json.prediction, b.prediction);
    for (const [cut, count] of json.lowConfidence) {
        const i = b.layout.confidenceCuts.indexOf(cut);
        if (i >= 0)
            b.lowConfidence[i] = count;
    }
    Object.assign(b.expected, json.expected);
    if (json.latency.sketch)
        unsparse(json.latency.sketch, b.ensureLatencySketch());
}
//# sourceMappingURL=bucketJson.js.map