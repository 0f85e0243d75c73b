"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDriftReport = buildDriftReport;
const stats_1 = require("../stats");
/**
 * Tests every feature, applies the correction to the p-values of the tested p-value features (one
 * family), compares the adjusted p-values with their thresholds, and decides the dataset verdict.
 * A feature that cannot be tested (no values, too few values, a method that does not fit its type) is
 * reported with `error` and `drifted: null`, and left out of `drift_share`.
 */
function buildDriftReport(pairs, options) {
    const features = pairs.map((pair) => testFeature(pair, options));
    applyCorrection(features, options.correction);
    const tested = features.filter((f) => f.error === null);
    const drifted = tested.filter((f) => f.drifted === true).length;
    const share = tested.length === 0 ? 0 : drifted / tested.length;
    return {
        reference_rows: options.referenceRows,
        current_rows: options.currentRows,
        features,
        drifted_features: drifted,
        drift_share: share,
        dataset_drifted: drifted > 0 && share >= options.driftShare,
        tested_features: tested.length,
        untested_features: features.length - tested.length,
        drift_share_threshold: options.driftShare,
        correction: options.correction,
    };
}
function testFeature(pair, options) {
    const { method, threshold, reason } = pickMethod(pair, options);
    const report = {
        name: pair.name,
        type: pair.type,
        method,
        statistic: null,
        p_value: null,
        threshold,
        drifted: null,
        missing_ratio_reference: ratio(pair.referenceMissing, options.referenceRows),
        missing_ratio_current: ratio(pair.currentMissing, options.currentRows),
        p_value_unadjusted: null,
        method_reason: reason,
        reference_size: pair.referenceSize,
        current_size: pair.currentSize,
        unique_values: pair.uniqueCount,
        error: noValuesError(pair, options),
    };
    if (report.error !== null)
        return report;
    try {
        const result = (0, stats_1.driftTest)(method, pair.reference, pair.current, { bins: options.bins, threshold });
        report.statistic = result.statistic;
        report.p_value = result.pValue;
        report.p_value_unadjusted = result.pValue;
        report.drifted = result.drifted;
    }
    catch (err) {
        report.error = err instanceof Error ? err.message : String(err);
    }
    return report;
}
function pickMethod(pair, options) {
    if (options.method === 'auto') {
        const choice = (0, stats_1.chooseMethod)({
            type: pair.type,
            uniqueCount: pair.uniqueCount,
            referenceSize: pair.referenceSize,
            currentSize: pair.currentSize,
        });
        return { ...choice, threshold: options.threshold ?? choice.threshold };
    }
    return {
        method: options.method,
        threshold: options.threshold ?? (0, stats_1.defaultThreshold)(options.method),
        reason: 'chosen with --method',
    };
}
function noValuesError(pair, options) {
    const empty = (side, rows) => `no usable values in the ${side} (all ${rows} rows missing)`;
    if (pair.referenceSize === 0)
        return empty('reference', options.referenceRows);
    if (pair.currentSize === 0)
        return empty('current data', options.currentRows);
    return null;
}
/** Adjusts the p-values of tested p-value features as one family and re-decides their drift. */
function applyCorrection(features, correction) {
    const family = features.filter((f) => f.error === null && f.p_value_unadjusted !== null && (0, stats_1.isPValueMethod)(f.method));
    if (correction === 'none' || family.length === 0)
        return;
    const adjusted = (0, stats_1.adjustPValues)(family.map((f) => f.p_value_unadjusted), correction);
    family.forEach((feature, i) => {
        feature.p_value = adjusted[i];
        feature.drifted = adjusted[i] < feature.threshold;
    });
}
function ratio(part, whole) {
    return whole === 0 ? 0 : part / whole;
}
//# sourceMappingURL=driftReport.js.map