"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.observeSignal = observeSignal;
const importance_1 = require("./importance");
const performance_1 = require("./performance");
const observeDrift_1 = require("./observeDrift");
const observeWindow_1 = require("./observeWindow");
/** The observation of one signal. Throws nothing: every failure is a null value with a reason. */
function observeSignal(signal, ctx) {
    if (signal.kind === 'realized_performance') {
        const m = (0, performance_1.realizedPerformance)(ctx.labels, signal.metric, ctx.model.task, ctx.model.positive_class ?? null, ctx.options.minPerformanceSamples);
        const at = Number.isFinite(ctx.labels.lastAt) ? ctx.labels.lastAt : null;
        return m.value === null
            ? { value: null, observedAt: at, reason: m.reason }
            : { value: m.value, observedAt: at };
    }
    const m = windowMeasure(signal, ctx);
    if (m === undefined)
        return observeFact(signal, ctx);
    const observedAt = Number.isFinite(ctx.window.lastAt) ? ctx.window.lastAt : null;
    // A value can carry a reason too: an explanation (the worst feature), or a caveat (features left out).
    return m.reason === undefined
        ? { value: m.value, observedAt }
        : { value: m.value, observedAt, reason: m.reason };
}
/** Statistics of the merged window; undefined for signals that are not window statistics. */
function windowMeasure(signal, ctx) {
    const w = ctx.window;
    const noEvents = { value: null, reason: 'no events in the current window' };
    const noConfidence = { value: null, reason: 'no confidence values in the window' };
    switch (signal.kind) {
        case 'feature_drift':
        case 'drift_share':
        case 'drift_worst':
        case 'prediction_drift':
            return driftMeasure(signal, ctx);
        case 'missing_ratio':
            return w.events === 0 ? noEvents : (0, observeWindow_1.missingRatio)(w, signal.feature);
        case 'schema_violations':
            return w.events === 0 ? noEvents : (0, observeWindow_1.violationRatio)(w, signal.feature, signal.violation);
        case 'error_ratio':
            return w.events === 0 ? noEvents : { value: w.errors / w.events };
        case 'confidence_mean':
            return w.confidenceCount === 0 ? noConfidence : { value: w.confidenceSum / w.confidenceCount };
        case 'low_confidence_share': {
            const i = w.layout.confidenceCuts.indexOf(signal.below ?? ctx.defaults.low_confidence_below);
            return w.confidenceCount === 0 ? noConfidence : { value: w.lowConfidence[i] / w.confidenceCount };
        }
        case 'estimated_performance':
            return (0, performance_1.estimatedPerformance)(w, signal.metric, ctx.model.task, ctx.options.minPerformanceSamples);
        case 'latency':
            return (0, observeWindow_1.latencyStatistic)(w, signal.stat);
        default:
            return undefined;
    }
}
function driftMeasure(signal, ctx) {
    switch (signal.kind) {
        case 'feature_drift': {
            const r = ctx.drift.result(signal.feature, signal.method);
            if (r === undefined)
                return { value: null, reason: `feature ${signal.feature} is not declared` };
            return (0, observeDrift_1.driftValue)(r, signal.measure ?? 'statistic');
        }
        case 'drift_share':
            return (0, observeDrift_1.driftShare)(ctx.drift, ctx.model, signal.features, signal.method);
        case 'drift_worst':
            return (0, observeDrift_1.driftWorst)(ctx.drift, ctx.model, signal.features, signal.method);
        case 'prediction_drift': {
            const r = ctx.predictionDrift(signal.method);
            return r === null
                ? { value: null, reason: 'no prediction column to compare' }
                : (0, observeDrift_1.driftValue)(r, 'statistic');
        }
        default:
            return { value: null, reason: `signal ${signal.kind} is not a drift signal` };
    }
}
/** Signals that are facts at `now` rather than window statistics: their observedAt is `now`. */
function observeFact(signal, ctx) {
    const now = ctx.now;
    const at = (m) => m.value === null
        ? { value: null, observedAt: null, reason: m.reason }
        : { value: m.value, observedAt: now };
    switch (signal.kind) {
        case 'throughput':
            return at(ctx.windowSeconds === null
                ? { value: null, reason: 'no events received yet' }
                : { value: ctx.window.events / ctx.windowSeconds });
        case 'freshness':
            return at(ctx.lastEventAt === null
                ? { value: null, reason: 'no events received yet' }
                : { value: Math.max(0, now - ctx.lastEventAt) });
        case 'model_age':
            return at(ctx.trainedAt === null
                ? { value: null, reason: `model ${ctx.model.id} has no trained_at` }
                : { value: Math.max(0, now - ctx.trainedAt) });
        case 'reference_age':
            return at(ctx.referenceTakenAt === null
                ? { value: null, reason: 'reference age unknown (no reference_taken_at)' }
                : { value: Math.max(0, now - ctx.referenceTakenAt) });
        case 'importance_stability': {
            const m = (0, importance_1.importanceStability)(ctx.reference, ctx.window, ctx.options.minPerformanceSamples);
            const windowAt = Number.isFinite(ctx.window.lastAt) ? ctx.window.lastAt : null;
            return m.value === null
                ? { value: null, observedAt: windowAt, reason: m.reason }
                : { value: m.value, observedAt: windowAt };
        }
        case 'policy_violations':
            return at({ value: ctx.window.policyViolations });
        case 'promql':
            return { value: null, observedAt: null, reason: 'promql nodes are observed by the source layer' };
        default:
            return { value: null, observedAt: null, reason: `signal ${signal.kind} is not a fact signal` };
    }
}
//# sourceMappingURL=observe.js.map