"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.latencySamples = latencySamples;
exports.detailSamples = detailSamples;
/** The `mlhealth_prediction_latency_seconds` samples of one model: cumulative buckets, sum, count. */
function latencySamples(detail, metricName) {
    const { bounds, counts, sum, count } = detail.latency;
    const out = [];
    let cumulative = 0;
    bounds.forEach((bound, i) => {
        cumulative += counts[i] ?? 0;
        out.push({
            metricName: `${metricName}_bucket`,
            labels: { model: detail.model, le: bound },
            value: cumulative,
        });
    });
    out.push({ metricName: `${metricName}_bucket`, labels: { model: detail.model, le: '+Inf' }, value: count });
    out.push({ metricName: `${metricName}_sum`, labels: { model: detail.model }, value: sum });
    out.push({ metricName: `${metricName}_count`, labels: { model: detail.model }, value: count });
    return out;
}
function addFeatures(out, detail) {
    for (const f of detail.features) {
        const labels = { model: detail.model, feature: f.feature };
        const tested = { ...labels, method: f.drift.method };
        if (f.drift.statistic !== null)
            out.drift.push({ labels: tested, value: f.drift.statistic });
        if (f.drift.pValue !== null)
            out.driftPValue.push({ labels: tested, value: f.drift.pValue });
        if (f.missingRatio !== null)
            out.missing.push({ labels, value: f.missingRatio });
        for (const [kind, total] of Object.entries(f.violationsTotal)) {
            out.violations.push({ labels: { ...labels, kind }, value: total });
        }
    }
}
/**
 * The detail series of every model, in the order given. `latencyName` is the histogram's base name.
 * Complexity: O(models × (features + latency buckets)).
 */
function detailSamples(details, latencyName) {
    const out = {
        drift: [],
        driftPValue: [],
        missing: [],
        violations: [],
        predictions: [],
        errors: [],
        latency: [],
        modelInfo: [],
        trained: [],
    };
    for (const detail of details) {
        const model = { model: detail.model };
        addFeatures(out, detail);
        out.predictions.push({ labels: model, value: detail.predictionsTotal });
        out.errors.push({ labels: model, value: detail.errorsTotal });
        out.latency.push(...latencySamples(detail, latencyName));
        out.modelInfo.push({ labels: { model: detail.model, version: detail.version }, value: 1 });
        if (detail.trainedAt !== null)
            out.trained.push({ labels: model, value: detail.trainedAt });
    }
    return out;
}
//# sourceMappingURL=detailSamples.js.map