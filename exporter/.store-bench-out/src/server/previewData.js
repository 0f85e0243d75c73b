"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.previewData = previewData;
const cascadeSamples_1 = require("../metrics/cascadeSamples");
const detailSamples_1 = require("../metrics/detailSamples");
const names_1 = require("../metrics/names");
const SERIES = [
    ['score', names_1.METRICS.nodeScore.name],
    ['status', names_1.METRICS.nodeStatus.name],
    ['value', names_1.METRICS.nodeValue.name],
    ['threshold', names_1.METRICS.nodeThreshold.name],
    ['info', names_1.METRICS.nodeInfo.name],
    ['edgeWeight', names_1.METRICS.edgeWeight.name],
    ['contribution', names_1.METRICS.nodeContribution.name],
    ['lastUpdate', names_1.METRICS.nodeLastUpdate.name],
    ['impact', names_1.METRICS.businessImpact.name],
    ['exposure', names_1.METRICS.businessExposure.name],
];
const DRIFT = names_1.METRICS.featureDrift.name;
/** Appends the samples of one evaluation at `at` to their series (keyed by the full label set). */
function addPoint(byLabels, name, samples, at) {
    for (const s of samples) {
        const metric = { __name__: name, ...s.labels };
        const id = JSON.stringify(metric);
        const entry = byLabels.get(id) ?? { metric, values: [] };
        entry.values.push([at, String(s.value)]);
        byLabels.set(id, entry);
    }
}
/**
 * Builds the preview data from `history` (oldest first; the live snapshot is expected last) and the
 * model details at past snapshots (`details`, oldest first: `Engine.detailHistory()`), which give the
 * `mlhealth_feature_drift{model,feature,method}` series of the drift heatmap.
 *
 * Convention: the time range runs from the first to the last snapshot (one minute before a lone
 * snapshot); the step is the smallest gap between snapshots (15 s when there is one); impacts are in
 * the spec's currency (`currencyUSD` when there is no spec); a drift statistic that could not be
 * computed has no point, as on `/metrics`. O(snapshots × series + detail points × features).
 *
 * @example previewData([], null).queries[0].response.data.result // []
 */
function previewData(history, spec, details = []) {
    const sampleSpec = spec ?? { nodes: [], models: [] };
    const series = new Map();
    for (const [, name] of SERIES)
        series.set(name, new Map());
    series.set(DRIFT, new Map());
    for (const snapshot of history) {
        // cascadeSamples only reads `nodes` and `models` of the spec.
        const samples = (0, cascadeSamples_1.cascadeSamples)(sampleSpec, snapshot, new Map());
        for (const [key, name] of SERIES)
            addPoint(series.get(name), name, samples[key], snapshot.at);
    }
    for (const point of details) {
        const { drift } = (0, detailSamples_1.detailSamples)(point.details, names_1.METRICS.predictionLatency.name);
        addPoint(series.get(DRIFT), DRIFT, drift, point.at);
    }
    const times = history.map((s) => s.at);
    const to = times.length > 0 ? times[times.length - 1] : 0;
    const from = times.length > 1 ? times[0] : to - 60;
    const step = smallestGap(times) ?? 15;
    return {
        title: spec ? `${spec.name} — cascade preview` : 'mlhealth cascade preview',
        timeRange: { from: from * 1000, to: to * 1000 },
        queries: [...SERIES.map(([, name]) => name), DRIFT].map((name, i) => ({
            refId: String.fromCharCode(65 + i),
            expr: name,
            format: 'time_series',
            stepSeconds: step,
            response: {
                status: 'success',
                data: { resultType: 'matrix', result: [...series.get(name).values()] },
            },
        })),
        options: { impactUnit: `currency${spec?.currency ?? 'USD'}` },
    };
}
function smallestGap(times) {
    let gap = null;
    for (let i = 1; i < times.length; i++) {
        const d = times[i] - times[i - 1];
        if (d > 0 && (gap === null || d < gap))
            gap = d;
    }
    return gap;
}
//# sourceMappingURL=previewData.js.map