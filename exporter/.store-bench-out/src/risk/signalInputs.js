"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.vertexId = void 0;
exports.baseInputs = baseInputs;
/** Vertex id helpers, so every module spells them the same way. */
exports.vertexId = {
    promql: (source) => `promql:${source}`,
    events: (model) => `events:${model}`,
    reference: (model) => `reference:${model}`,
    labels: (model) => `labels:${model}`,
    governance: (model) => `governance:${model}`,
    feature: (model, feature) => `feature:${model}.${feature}`,
    model: (model) => `model:${model}`,
};
/**
 * The vertices a base node reads directly. Feature-level signals read their feature; aggregates over
 * features (`drift_share`, `drift_worst`, `missing_ratio`/`schema_violations` without a feature) read the
 * model-level stream, since they are computed over the features still present; drift signals also read
 * the reference. Complexity O(1).
 *
 * @example baseInputs({ id: 'x', tier: 'base', title: 'x', model: 'fraud', signal: { kind: 'feature_drift', feature: 'amount' } })
 * // ['feature:fraud.amount', 'reference:fraud']
 */
function baseInputs(node) {
    const signal = node.signal;
    if (signal === undefined)
        return [];
    if (signal.kind === 'promql')
        return [exports.vertexId.promql(signal.source)];
    const m = node.model;
    if (m === undefined)
        return [];
    switch (signal.kind) {
        case 'feature_drift':
            return [exports.vertexId.feature(m, signal.feature), exports.vertexId.reference(m)];
        case 'drift_share':
        case 'drift_worst':
        case 'prediction_drift':
        case 'importance_stability':
            return [exports.vertexId.model(m), exports.vertexId.reference(m)];
        case 'missing_ratio':
        case 'schema_violations':
            return [signal.feature !== undefined ? exports.vertexId.feature(m, signal.feature) : exports.vertexId.model(m)];
        case 'realized_performance':
            return [exports.vertexId.model(m), exports.vertexId.labels(m)];
        case 'model_age':
        case 'policy_violations':
            return [exports.vertexId.governance(m)];
        case 'reference_age':
            return [exports.vertexId.reference(m)];
        default:
            return [exports.vertexId.model(m)];
    }
}
//# sourceMappingURL=signalInputs.js.map