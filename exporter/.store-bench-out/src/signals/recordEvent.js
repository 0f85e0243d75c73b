"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordEvent = recordEvent;
const latencySketch_1 = require("./latencySketch");
const windowBucket_1 = require("./windowBucket");
const TYPE = 0;
const RANGE = 1;
const UNSEEN = 2;
/**
 * Records `event` (time already resolved to `at`) into `bucket`, or only into the monotonic totals when
 * `bucket` is null (an event older than the window). O(features + log bins).
 *
 * Features are read in one for-in walk while the event's keys follow the spec's order (ingest emits
 * them so, and V8 then reads each value by field index from the object's enum cache); an event in
 * another order, or with keys missing, is finished by name.
 */
function recordEvent(bucket, layout, rules, event, at) {
    const typeViolations = event.typeViolations;
    for (let t = 0; t < typeViolations.length; t++) {
        const i = rules.featureIndex.get(typeViolations[t]);
        if (i !== undefined)
            violation(bucket, rules, i, TYPE);
    }
    if (bucket !== null) {
        bucket.events++;
        if (at < bucket.firstAt)
            bucket.firstAt = at;
        if (at > bucket.lastAt)
            bucket.lastAt = at;
    }
    const features = event.features;
    const names = layout.names;
    const n = names.length;
    let k = 0;
    for (const key in features) {
        if (k === n || key !== names[k])
            break;
        recordValue(bucket, layout, rules, k, features[key]);
        k++;
    }
    for (let i = k; i < n; i++)
        recordValue(bucket, layout, rules, i, features[names[i]]);
    if (bucket === null)
        return;
    recordPrediction(bucket, rules, event);
    recordServing(bucket, event);
}
/** Feature `i`'s value: missing, a number into its sketch and range check, or a category. */
function recordValue(bucket, layout, rules, i, value) {
    const acc = bucket === null ? null : bucket.columns[i];
    if (value === null || value === undefined) {
        if (acc !== null)
            acc.missing++;
    }
    else if (rules.numeric[i] === 1) {
        // Ingest guarantees numbers here; anything else would be a mistyped value already counted.
        if (typeof value !== 'number')
            return;
        if (value < rules.rangeLow[i] || value > rules.rangeHigh[i])
            violation(bucket, rules, i, RANGE);
        if (acc !== null)
            addNumber(acc, value, layout.features[i].binning);
    }
    else {
        const text = typeof value === 'string' ? value : String(value);
        const allowed = rules.allowed[i];
        if (allowed && !allowed.has(text))
            violation(bucket, rules, i, UNSEEN);
        if (acc !== null)
            addCategory(acc, rules.tracker.fold(i, text));
    }
}
function violation(bucket, rules, feature, kind) {
    if (bucket)
        bucket.violations[feature * windowBucket_1.VIOLATION_SLOTS + kind]++;
    rules.violationTotals[feature * windowBucket_1.VIOLATION_SLOTS + kind]++;
}
function addNumber(acc, value, binning) {
    if (acc.kind !== 'numeric')
        return;
    acc.present++;
    acc.sum += value;
    acc.sumSq += value * value;
    if (value < acc.min)
        acc.min = value;
    if (value > acc.max)
        acc.max = value;
    if (acc.hist && binning)
        acc.hist[binning.binOf(value)]++;
}
function addCategory(acc, key) {
    if (acc.kind !== 'categorical')
        return;
    acc.present++;
    acc.counts.set(key, (acc.counts.get(key) ?? 0) + 1);
}
function recordPrediction(bucket, rules, event) {
    const layout = bucket.layout;
    const p = event.prediction;
    const acc = bucket.prediction;
    if (p === null)
        acc.missing++;
    else if (acc.kind === 'numeric' && typeof p === 'number')
        addNumber(acc, p, layout.prediction.binning);
    else if (acc.kind === 'categorical')
        addCategory(acc, rules.tracker.fold(layout.features.length, String(p)));
    const c = event.confidence;
    if (c === null)
        return;
    bucket.confidenceCount++;
    bucket.confidenceSum += c;
    const cuts = layout.confidenceCuts;
    for (let i = 0; i < cuts.length; i++)
        if (c < cuts[i])
            bucket.lowConfidence[i]++;
    if (p === null || layout.positiveClass === null)
        return;
    // CBPE: the confidence is the calibrated probability that the prediction is right.
    const e = bucket.expected;
    e.n++;
    if (String(p) === layout.positiveClass) {
        e.tp += c;
        e.fp += 1 - c;
    }
    else {
        e.tn += c;
        e.fn += 1 - c;
    }
}
function recordServing(bucket, event) {
    if (event.error !== null)
        bucket.errors++;
    const latency = event.latencySeconds;
    if (latency !== null) {
        bucket.latencyCount++;
        bucket.latencySum += latency;
        bucket.latencySumSq += latency * latency;
        bucket.ensureLatencySketch()[(0, latencySketch_1.latencyBin)(latency)]++;
    }
    const attributions = event.attributions;
    if (attributions) {
        bucket.attributionEvents++;
        const features = bucket.layout.features;
        for (let i = 0; i < features.length; i++) {
            const a = attributions[features[i].name];
            if (typeof a === 'number')
                bucket.attributionSum[i] += Math.abs(a);
        }
    }
}
//# sourceMappingURL=recordEvent.js.map