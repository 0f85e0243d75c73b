"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WindowBucket = exports.VIOLATION_SLOTS = void 0;
const latencySketch_1 = require("./latencySketch");
/** Schema violation kinds, in the order of the per-feature `violations` slots. */
exports.VIOLATION_SLOTS = 3;
class WindowBucket {
    layout;
    /** Ring index: the time bucket (floor(t / width)) or the count chunk; −1 when empty. */
    index = -1;
    events = 0;
    firstAt = Infinity;
    lastAt = -Infinity;
    columns;
    /** features × 3 counts: [type, range, unseen_category] per feature. */
    violations;
    prediction;
    confidenceCount = 0;
    confidenceSum = 0;
    /** Events with confidence below each `layout.confidenceCuts[i]`. */
    lowConfidence;
    /** CBPE expected confusion counts (events with both prediction and confidence, positive class set). */
    expected = { n: 0, tp: 0, fp: 0, tn: 0, fn: 0 };
    latencyCount = 0;
    latencySum = 0;
    latencySumSq = 0;
    latencySketch = null;
    errors = 0;
    attributionSum;
    attributionEvents = 0;
    policyViolations = 0;
    constructor(layout) {
        this.layout = layout;
        this.columns = layout.features.map((c) => emptyAcc(c.type, c.binning?.binCount ?? null));
        this.violations = new Uint32Array(layout.features.length * exports.VIOLATION_SLOTS);
        this.prediction = emptyAcc(layout.prediction.type, layout.prediction.binning?.binCount ?? null);
        this.lowConfidence = new Uint32Array(layout.confidenceCuts.length);
        this.attributionSum = new Float64Array(layout.features.length);
    }
    /** Empties the bucket for reuse under a new ring index (no reallocation). */
    reset(index) {
        this.index = index;
        this.events = 0;
        this.firstAt = Infinity;
        this.lastAt = -Infinity;
        for (const acc of this.columns)
            resetAcc(acc);
        this.violations.fill(0);
        resetAcc(this.prediction);
        this.confidenceCount = 0;
        this.confidenceSum = 0;
        this.lowConfidence.fill(0);
        Object.assign(this.expected, { n: 0, tp: 0, fp: 0, tn: 0, fn: 0 });
        this.latencyCount = 0;
        this.latencySum = 0;
        this.latencySumSq = 0;
        this.latencySketch?.fill(0);
        this.errors = 0;
        this.attributionSum.fill(0);
        this.attributionEvents = 0;
        this.policyViolations = 0;
    }
    /** Adds another bucket's counts into this one (same layout). O(features × bins). */
    mergeFrom(other) {
        this.events += other.events;
        this.firstAt = Math.min(this.firstAt, other.firstAt);
        this.lastAt = Math.max(this.lastAt, other.lastAt);
        this.columns.forEach((acc, i) => mergeAcc(acc, other.columns[i]));
        addInto(this.violations, other.violations);
        mergeAcc(this.prediction, other.prediction);
        this.confidenceCount += other.confidenceCount;
        this.confidenceSum += other.confidenceSum;
        addInto(this.lowConfidence, other.lowConfidence);
        for (const k of ['n', 'tp', 'fp', 'tn', 'fn'])
            this.expected[k] += other.expected[k];
        this.latencyCount += other.latencyCount;
        this.latencySum += other.latencySum;
        this.latencySumSq += other.latencySumSq;
        if (other.latencySketch)
            addInto(this.ensureLatencySketch(), other.latencySketch);
        this.errors += other.errors;
        addInto(this.attributionSum, other.attributionSum);
        this.attributionEvents += other.attributionEvents;
        this.policyViolations += other.policyViolations;
    }
    ensureLatencySketch() {
        if (!this.latencySketch)
            this.latencySketch = new Uint32Array(latencySketch_1.LATENCY_SKETCH_BINS);
        return this.latencySketch;
    }
}
exports.WindowBucket = WindowBucket;
function emptyAcc(type, bins) {
    if (type === 'numeric') {
        const hist = bins === null ? null : new Uint32Array(bins);
        return { kind: 'numeric', hist, present: 0, missing: 0, sum: 0, sumSq: 0, min: Infinity, max: -Infinity };
    }
    return { kind: 'categorical', counts: new Map(), present: 0, missing: 0 };
}
function resetAcc(acc) {
    acc.present = 0;
    acc.missing = 0;
    if (acc.kind === 'categorical') {
        acc.counts.clear();
        return;
    }
    acc.hist?.fill(0);
    acc.sum = 0;
    acc.sumSq = 0;
    acc.min = Infinity;
    acc.max = -Infinity;
}
function mergeAcc(into, from) {
    into.present += from.present;
    into.missing += from.missing;
    if (into.kind === 'categorical' && from.kind === 'categorical') {
        for (const [k, c] of from.counts)
            into.counts.set(k, (into.counts.get(k) ?? 0) + c);
        return;
    }
    if (into.kind === 'numeric' && from.kind === 'numeric') {
        if (into.hist && from.hist)
            addInto(into.hist, from.hist);
        into.sum += from.sum;
        into.sumSq += from.sumSq;
        into.min = Math.min(into.min, from.min);
        into.max = Math.max(into.max, from.max);
    }
}
function addInto(into, from) {
    for (let i = 0; i < into.length; i++)
        into[i] += from[i];
}
//# sourceMappingURL=windowBucket.js.map