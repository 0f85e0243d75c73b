"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SIGNAL_KIND_INFO = void 0;
exports.declaredDriftMethod = declaredDriftMethod;
exports.isPValueSignal = isPValueSignal;
exports.signalDirection = signalDirection;
exports.signalUnit = signalUnit;
exports.signalBounds = signalBounds;
exports.defaultThresholds = defaultThresholds;
const INF = Number.POSITIVE_INFINITY;
const RATIO = [0, 1];
exports.SIGNAL_KIND_INFO = {
    feature_drift: { unit: 'none', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    drift_share: { unit: 'ratio', direction: 'higher_is_worse', bounds: RATIO, needsModel: true },
    drift_worst: { unit: 'none', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    prediction_drift: { unit: 'none', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    missing_ratio: { unit: 'ratio', direction: 'higher_is_worse', bounds: RATIO, needsModel: true },
    schema_violations: { unit: 'ratio', direction: 'higher_is_worse', bounds: RATIO, needsModel: true },
    confidence_mean: { unit: 'ratio', direction: 'lower_is_worse', bounds: RATIO, needsModel: true },
    low_confidence_share: { unit: 'ratio', direction: 'higher_is_worse', bounds: RATIO, needsModel: true },
    estimated_performance: { unit: 'ratio', direction: 'lower_is_worse', bounds: RATIO, needsModel: true },
    realized_performance: { unit: 'ratio', direction: 'lower_is_worse', bounds: RATIO, needsModel: true },
    latency: { unit: 'seconds', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    error_ratio: { unit: 'ratio', direction: 'higher_is_worse', bounds: RATIO, needsModel: true },
    throughput: { unit: 'per_second', bounds: [0, INF], needsModel: true },
    freshness: { unit: 'seconds', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    model_age: { unit: 'seconds', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    reference_age: { unit: 'seconds', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    importance_stability: { unit: 'score', direction: 'lower_is_worse', bounds: [-1, 1], needsModel: true },
    policy_violations: { unit: 'count', direction: 'higher_is_worse', bounds: [0, INF], needsModel: true },
    promql: { unit: 'none', bounds: [-INF, INF], needsModel: false },
};
/** Distances bounded by 1 (KS statistic, Jensen-Shannon distance, Hellinger distance). */
const UNIT_BOUNDED_METHODS = new Set(['ks', 'jensenshannon', 'hellinger']);
/** The drift method a signal uses when it is fixed by the spec (signal, then feature); undefined = automatic. */
function declaredDriftMethod(signal, feature) {
    if ('method' in signal && signal.method !== undefined)
        return signal.method;
    return feature?.drift_method;
}
const P_VALUE_METHODS = new Set(['ks', 'chisquare', 'z']);
/**
 * Whether the signal's value is a p-value: `feature_drift` with `measure: p_value`, and `drift_worst`
 * with a test method (its value is then the smallest p-value over the features, as the signals layer
 * computes it).
 */
function isPValueSignal(signal) {
    if (signal.kind === 'feature_drift')
        return signal.measure === 'p_value';
    return signal.kind === 'drift_worst' && signal.method !== undefined && P_VALUE_METHODS.has(signal.method);
}
/** Direction of a signal: p-values and the kind table; undefined when the node must say. */
function signalDirection(signal) {
    if (isPValueSignal(signal))
        return 'lower_is_worse';
    if (signal.kind === 'realized_performance' && (signal.metric === 'mae' || signal.metric === 'rmse')) {
        return 'higher_is_worse';
    }
    return exports.SIGNAL_KIND_INFO[signal.kind].direction;
}
/** Unit of a signal's value: the kind table, except regression errors (same unit as the target: none). */
function signalUnit(signal) {
    if (signal.kind === 'realized_performance' && (signal.metric === 'mae' || signal.metric === 'rmse'))
        return 'none';
    return exports.SIGNAL_KIND_INFO[signal.kind].unit;
}
/** Inclusive bounds of a signal's value, narrowed by the drift method and p-values where known. */
function signalBounds(signal, method) {
    if (isPValueSignal(signal))
        return RATIO;
    if (signal.kind === 'realized_performance' && (signal.metric === 'mae' || signal.metric === 'rmse'))
        return [0, INF];
    const isDrift = signal.kind === 'feature_drift' || signal.kind === 'drift_worst' || signal.kind === 'prediction_drift';
    if (isDrift && method !== undefined && UNIT_BOUNDED_METHODS.has(method))
        return RATIO;
    return exports.SIGNAL_KIND_INFO[signal.kind].bounds;
}
/**
 * Default `[warning, critical]` for a node that declares only a derivation, used until calibration.
 * Only where a number means the same for every model: p-values, PSI/JS/Hellinger distances, ratios of
 * missing values, violations, low confidence, errors and drifted features. undefined elsewhere.
 */
function defaultThresholds(signal, method) {
    switch (signal.kind) {
        case 'feature_drift':
        case 'drift_worst':
        case 'prediction_drift':
            if (isPValueSignal(signal))
                return [0.05, 0.01];
            if (method === 'psi')
                return [0.1, 0.25];
            if (method === 'jensenshannon' || method === 'hellinger')
                return [0.1, 0.2];
            return undefined;
        case 'drift_share':
            return [0.3, 0.5];
        case 'missing_ratio':
            return [0.05, 0.2];
        case 'schema_violations':
            return [0.01, 0.05];
        case 'low_confidence_share':
            return [0.2, 0.4];
        case 'error_ratio':
            return [0.01, 0.05];
        default:
            return undefined;
    }
}
//# sourceMappingURL=signalKinds.js.map