"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateModel = evaluateModel;
const driftBook_1 = require("./driftBook");
const driftTests_1 = require("./driftTests");
const labels_1 = require("./labels");
const latencyBuckets_1 = require("./latencyBuckets");
const observe_1 = require("./observe");
const windowBucket_1 = require("./windowBucket");
/** Evaluates every non-promql base node of the core's model at `now`. */
function evaluateModel(core, now) {
    const ctx = observeContext(core, now);
    const observations = [];
    for (const node of core.config.nodes) {
        if (!node.signal || node.signal.kind === 'promql')
            continue;
        const o = (0, observe_1.observeSignal)(node.signal, ctx);
        observations.push(o.reason === undefined
            ? { node: node.id, value: o.value, observedAt: o.observedAt }
            : { node: node.id, ...o });
    }
    return {
        at: now,
        observations,
        anomalyScores: core.anomaly.scoreAndRecord(observations, now),
        detail: detail(core, ctx.window, ctx.drift.all(), ctx.predictionDrift(), ctx.referenceTakenAt),
    };
}
/** The merged window and labels, and lazily computed, cached drift tests, for one evaluation. */
function observeContext(core, now) {
    const { model, defaults } = core.config;
    const window = new windowBucket_1.WindowBucket(core.layout);
    for (const bucket of core.ring.live(now))
        window.mergeFrom(bucket);
    const labels = new labels_1.LabelBucket();
    for (const bucket of core.labelRing.live(now))
        labels.mergeFrom(bucket);
    const settings = {
        sampleSize: model.sample_size,
        bins: model.bins,
        minSamples: core.options.minDriftSamples,
        hasReference: core.reference !== null,
    };
    const inputs = (0, driftTests_1.driftInputs)(core.layout.features, window.columns, core.reference);
    return {
        now,
        model,
        defaults,
        options: core.options,
        window,
        windowSeconds: windowSeconds(core, window, now),
        lastEventAt: core.lastEventAt,
        drift: new driftBook_1.DriftBook(inputs, model.features, settings, model.correction),
        predictionDrift: predictionDriftTests(core, window, settings),
        labels,
        reference: core.reference,
        trainedAt: core.trainedAt,
        referenceTakenAt: model.reference_taken_at ?? core.reference?.takenAt ?? null,
    };
}
/** Prediction drift by method, computed once per method; null without reference predictions. */
function predictionDriftTests(core, window, settings) {
    const input = (0, driftTests_1.driftInputs)([core.layout.prediction], [window.prediction], null)[0];
    input.reference = core.reference?.prediction ?? null;
    const tests = new Map();
    return (method) => {
        if (input.reference === null)
            return null;
        const key = method ?? '';
        if (!tests.has(key))
            tests.set(key, (0, driftTests_1.rawDriftTest)(input, method, settings));
        return tests.get(key) ?? null;
    };
}
/**
 * Seconds the window covers, for throughput: the span of the live buckets (duration windows) or from
 * the oldest event in the window (count windows) to `now`, never before the window started filling,
 * and at least 1 s. Null before any event.
 */
function windowSeconds(core, window, now) {
    if (core.lastEventAt === null)
        return null;
    const ring = core.ring;
    let from;
    if (ring.mode === 'duration')
        from = (ring.currentIndex(now) - ring.size + 1) * ring.step;
    else
        from = Number.isFinite(window.firstAt) ? window.firstAt : now;
    return Math.max(1, now - Math.max(from, core.windowStartedAt));
}
function detail(core, window, drift, predictionDrift, referenceTakenAt) {
    const totals = core.totals;
    const features = core.config.model.features.map((f, i) => {
        const v = core.rules.violationTotals;
        const acc = window.columns[i];
        return {
            feature: f.name,
            drift: drift[i],
            missingRatio: window.events === 0 ? null : acc.missing / window.events,
            violationsTotal: {
                type: v[i * windowBucket_1.VIOLATION_SLOTS],
                range: v[i * windowBucket_1.VIOLATION_SLOTS + 1],
                unseen_category: v[i * windowBucket_1.VIOLATION_SLOTS + 2],
            },
        };
    });
    return {
        model: core.config.model.id,
        version: core.version,
        trainedAt: core.trainedAt,
        referenceTakenAt,
        hasReference: core.reference !== null,
        features,
        predictionDrift,
        predictionsTotal: totals.events,
        errorsTotal: totals.errors,
        labelsJoinedTotal: totals.labelsJoined,
        labelsUnmatchedTotal: totals.labelsUnmatched,
        policyViolationsTotal: totals.policyViolations,
        latency: {
            bounds: latencyBuckets_1.LATENCY_BUCKETS,
            counts: [...totals.latencyCounts],
            sum: totals.latencySum,
            count: totals.latencyCount,
        },
        windowEvents: window.events,
        lastEventAt: core.lastEventAt,
    };
}
//# sourceMappingURL=evaluateModel.js.map