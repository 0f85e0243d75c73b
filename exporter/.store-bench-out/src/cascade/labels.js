"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signalLabel = signalLabel;
exports.signalFeature = signalFeature;
const METHOD_LABEL = {
    ks: 'KS',
    psi: 'PSI',
    wasserstein: 'Wasserstein',
    jensenshannon: 'Jensen-Shannon',
    chisquare: 'chi-square',
    hellinger: 'Hellinger',
    z: 'z-test',
};
/**
 * What a base signal's value is called, from its kind and method.
 *
 * @example signalLabel({ kind: 'feature_drift', feature: 'amount', method: 'psi' }) // 'PSI'
 * @example signalLabel({ kind: 'feature_drift', feature: 'amount', method: 'ks', measure: 'p_value' }) // 'KS p-value'
 * @example signalLabel({ kind: 'latency', stat: 'p99' }) // 'p99 latency'
 * @example signalLabel(undefined) // 'value'
 */
function signalLabel(signal) {
    if (signal === undefined)
        return 'value';
    switch (signal.kind) {
        case 'feature_drift': {
            const method = signal.method !== undefined ? METHOD_LABEL[signal.method] : 'drift';
            return signal.measure === 'p_value' ? `${method} p-value` : method;
        }
        case 'prediction_drift':
            return signal.method !== undefined
                ? `prediction drift (${METHOD_LABEL[signal.method]})`
                : 'prediction drift';
        case 'estimated_performance':
            return `estimated ${signal.metric}`;
        case 'realized_performance':
            return `realized ${signal.metric}`;
        case 'latency':
            return `${signal.stat} latency`;
        default:
            return SIMPLE_LABEL[signal.kind];
    }
}
const SIMPLE_LABEL = {
    drift_share: 'drifted share',
    drift_worst: 'worst drift',
    missing_ratio: 'missing ratio',
    schema_violations: 'schema violations',
    confidence_mean: 'mean confidence',
    low_confidence_share: 'low-confidence share',
    error_ratio: 'error ratio',
    throughput: 'throughput',
    freshness: 'freshness',
    model_age: 'model age',
    reference_age: 'reference age',
    importance_stability: 'importance stability',
    policy_violations: 'policy violations',
    promql: 'value',
};
/**
 * The feature a base signal is about, if any.
 *
 * @example signalFeature({ kind: 'missing_ratio', feature: 'amount' }) // 'amount'
 */
function signalFeature(signal) {
    if (signal === undefined)
        return undefined;
    if (signal.kind === 'feature_drift' ||
        signal.kind === 'missing_ratio' ||
        signal.kind === 'schema_violations') {
        return signal.feature;
    }
    return undefined;
}
//# sourceMappingURL=labels.js.map