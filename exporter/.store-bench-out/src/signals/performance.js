"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.estimatedPerformance = estimatedPerformance;
exports.realizedPerformance = realizedPerformance;
function confusionMetric(metric, tp, fp, fn) {
    const denominator = metric === 'precision' ? tp + fp : metric === 'recall' ? tp + fn : 2 * tp + fp + fn;
    if (denominator === 0)
        return { value: null, reason: `${metric} undefined: no positive predictions or labels` };
    const numerator = metric === 'f1' ? 2 * tp : tp;
    return { value: numerator / denominator };
}
/**
 * Estimated (CBPE) performance of the window. Needs `minSamples` events with confidence, and for
 * precision/recall/f1 a classification model with `positive_class`.
 * @example estimatedPerformance(window, 'accuracy', 'classification', 30) // { value: 0.91 } for mean confidence 0.91
 */
function estimatedPerformance(window, metric, task, minSamples) {
    if (task !== 'classification') {
        return { value: null, reason: 'estimated performance needs a classification model (CBPE)' };
    }
    if (metric === 'accuracy') {
        if (window.confidenceCount < minSamples) {
            return {
                value: null,
                reason: `${window.confidenceCount} events with confidence < ${minSamples} needed`,
            };
        }
        return { value: window.confidenceSum / window.confidenceCount };
    }
    if (window.layout.positiveClass === null) {
        return { value: null, reason: `estimated ${metric} needs the model's positive_class` };
    }
    const e = window.expected;
    if (e.n < minSamples)
        return { value: null, reason: `${e.n} events with prediction and confidence < ${minSamples} needed` };
    return confusionMetric(metric, e.tp, e.fp, e.fn);
}
/** Realized performance over the labels joined in the window. Needs `minSamples` labels. */
function realizedPerformance(labels, metric, task, positiveClass, minSamples) {
    const regressionMetric = metric === 'mae' || metric === 'rmse';
    if (regressionMetric !== (task === 'regression')) {
        return {
            value: null,
            reason: `realized ${metric} needs a ${regressionMetric ? 'regression' : 'classification'} model`,
        };
    }
    if (labels.n < minSamples)
        return { value: null, reason: `${labels.n} labels < ${minSamples} needed` };
    if (regressionMetric) {
        if (labels.numeric < minSamples) {
            return {
                value: null,
                reason: `${labels.numeric} numeric label pairs < ${minSamples} needed for ${metric}`,
            };
        }
        const mse = labels.squaredError / labels.numeric;
        return { value: metric === 'mae' ? labels.absError / labels.numeric : Math.sqrt(mse) };
    }
    if (metric === 'accuracy')
        return { value: labels.correct / labels.n };
    if (positiveClass === null)
        return { value: null, reason: `realized ${metric} needs the model's positive_class` };
    return confusionMetric(metric, labels.tp, labels.fp, labels.fn);
}
//# sourceMappingURL=performance.js.map