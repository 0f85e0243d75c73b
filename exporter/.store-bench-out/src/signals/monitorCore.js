"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCore = createCore;
exports.buildRules = buildRules;
exports.latencyTotalsIndex = latencyTotalsIndex;
const bucketRing_1 = require("./bucketRing");
const categoryTracker_1 = require("./categoryTracker");
const anomaly_1 = require("./anomaly");
const layout_1 = require("./layout");
const labels_1 = require("./labels");
const pendingPredictions_1 = require("./pendingPredictions");
const latencyBuckets_1 = require("./latencyBuckets");
const pinnedReference_1 = require("./pinnedReference");
const types_1 = require("./types");
const windowBucket_1 = require("./windowBucket");
/** A fresh core; `reference` may be null (drift nodes are then unknown until one is set). */
function createCore(config, options, reference, now) {
    const model = config.model;
    const layout = (0, layout_1.buildLayout)(model, config.nodes, config.defaults, reference, options.fineBins);
    const ref = model.reference;
    return {
        config,
        options,
        reference,
        layout,
        ring: new bucketRing_1.BucketRing(model.window, options.windowBuckets, () => new windowBucket_1.WindowBucket(layout)),
        labelRing: new bucketRing_1.BucketRing(model.window, options.windowBuckets, () => new labels_1.LabelBucket()),
        pending: new pendingPredictions_1.PendingPredictions(options.maxPendingLabels),
        rules: buildRules(model, reference, options, new Float64Array(model.features.length * windowBucket_1.VIOLATION_SLOTS)),
        totals: {
            events: 0,
            errors: 0,
            labelsJoined: 0,
            labelsUnmatched: 0,
            policyViolations: 0,
            latencyCounts: new Array(latencyBuckets_1.LATENCY_BUCKETS.length + 1).fill(0),
            latencySum: 0,
            latencyCount: 0,
        },
        windowStartedAt: now,
        lastEventAt: null,
        version: model.version,
        trainedAt: model.trained_at ?? null,
        anomaly: new anomaly_1.AnomalyHistory(options.anomalyHistory, model.evaluation_interval),
        pinned: reference === null && ref && 'window' in ref
            ? new pinnedReference_1.PinnedReferenceCollector(ref.window.start, ref.window.end, options.maxReferenceSample, (0, pinnedReference_1.seedFromString)(model.id))
            : null,
    };
}
/** Range, expected-category and category-tracking rules of a model under a reference. */
function buildRules(model, reference, options, violationTotals) {
    const tracker = new categoryTracker_1.CategoryTracker(model.features.length + 1, options.maxCategories);
    const allowed = model.features.map((f, i) => {
        if (f.type === 'numeric')
            return null;
        const refColumn = reference?.columns.get(f.name);
        const fromReference = refColumn && refColumn.type !== 'numeric'
            ? [...refColumn.counts.keys()].filter((k) => k !== types_1.OTHER_CATEGORY)
            : [];
        tracker.seed(i, f.categories ?? []);
        tracker.seed(i, fromReference);
        if (f.categories && f.categories.length > 0)
            return new Set(f.categories);
        return fromReference.length > 0 ? new Set(fromReference) : null;
    });
    const prediction = reference?.prediction;
    if (prediction && prediction.type !== 'numeric')
        tracker.seed(model.features.length, prediction.counts.keys());
    const ranges = model.features.map((f) => (f.type === 'numeric' && f.range ? f.range : null));
    return {
        ranges,
        rangeLow: Float64Array.from(ranges, (r) => (r === null ? -Infinity : r[0])),
        rangeHigh: Float64Array.from(ranges, (r) => (r === null ? Infinity : r[1])),
        numeric: Uint8Array.from(model.features, (f) => (f.type === 'numeric' ? 1 : 0)),
        featureIndex: new Map(model.features.map((f, i) => [f.name, i])),
        allowed,
        tracker,
        violationTotals,
    };
}
/** Index of the latency histogram bucket (`le` semantics) for a value; the last index is +Inf. */
function latencyTotalsIndex(seconds) {
    let lo = 0;
    let hi = latencyBuckets_1.LATENCY_BUCKETS.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (latencyBuckets_1.LATENCY_BUCKETS[mid] < seconds)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=monitorCore.js.map