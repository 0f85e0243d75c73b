/**
 * Model performance: estimated without labels from confidence (CBPE, as NannyML does) and realized
 * from joined labels.
 *
 * CBPE assumptions (docs/signals.md): `confidence` is the calibrated probability that the prediction is
 * right; P(y|x) has not changed since calibration (no concept drift); the window is large enough. Then
 * each event adds `confidence` to the expected correct count, and with a positive class a positive
 * prediction adds c to expected TP and 1 − c to FP, a negative one c to TN and 1 − c to FN. For a
 * multi-class model the "1 − c to FN" step assumes the missing probability is on the positive class,
 * an upper bound on FN (exact for binary models).
 */
import type { LabelBucket } from './labels';
import type { WindowBucket } from './windowBucket';

/**
 * A value, or null with the reason; a value may carry an explanatory reason too, and structured detail
 * (multivariate drift: the method, its numbers, the separating features).
 */
export type Measured =
  { value: number; reason?: string; detail?: Record<string, unknown> } | { value: null; reason: string };

type ClassMetric = 'accuracy' | 'precision' | 'recall' | 'f1';

function confusionMetric(
  metric: Exclude<ClassMetric, 'accuracy'>,
  tp: number,
  fp: number,
  fn: number,
): Measured {
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
export function estimatedPerformance(
  window: WindowBucket,
  metric: ClassMetric,
  task: 'classification' | 'regression',
  minSamples: number,
): Measured {
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
export function realizedPerformance(
  labels: LabelBucket,
  metric: ClassMetric | 'mae' | 'rmse',
  task: 'classification' | 'regression',
  positiveClass: string | null,
  minSamples: number,
): Measured {
  const regressionMetric = metric === 'mae' || metric === 'rmse';
  if (regressionMetric !== (task === 'regression')) {
    return {
      value: null,
      reason: `realized ${metric} needs a ${regressionMetric ? 'regression' : 'classification'} model`,
    };
  }
  if (labels.n < minSamples) return { value: null, reason: `${labels.n} labels < ${minSamples} needed` };
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
  if (metric === 'accuracy') return { value: labels.correct / labels.n };
  if (positiveClass === null)
    return { value: null, reason: `realized ${metric} needs the model's positive_class` };
  return confusionMetric(metric, labels.tp, labels.fp, labels.fn);
}
