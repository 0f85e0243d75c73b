/**
 * Human names of base signals, for reasons ("PSI 0.31 ≥ critical 0.25") and explanations.
 */
import { declaredDriftMethod } from '../spec/signalRules';
import type { DriftMethod, FeatureSpec, NodeSpec, SignalKind, SignalSpec, Spec } from '../spec/types';

const METHOD_LABEL: Record<DriftMethod, string> = {
  ks: 'KS',
  psi: 'PSI',
  wasserstein: 'Wasserstein',
  jensenshannon: 'Jensen-Shannon',
  chisquare: 'chi-square',
  hellinger: 'Hellinger',
  z: 'z-test',
};

/**
 * What a base signal's value is called, from its kind and its drift method: the signal's own, else the
 * feature's `drift_method` (so a reason always names the statistic, never a bare "drift").
 *
 * @example signalLabel({ kind: 'feature_drift', feature: 'amount', method: 'psi' }) // 'PSI'
 * @example signalLabel({ kind: 'feature_drift', feature: 'amount', method: 'ks', measure: 'p_value' }) // 'KS p-value'
 * @example signalLabel({ kind: 'latency', stat: 'p99' }) // 'p99 latency'
 * @example signalLabel({ kind: 'feature_drift', feature: 'amount' }, { name: 'amount', type: 'numeric', drift_method: 'jensenshannon' }) // 'Jensen-Shannon'
 * @example signalLabel(undefined) // 'value'
 */
export function signalLabel(signal: SignalSpec | undefined, feature?: FeatureSpec): string {
  if (signal === undefined) return 'value';
  const declared = declaredDriftMethod(signal, feature);
  switch (signal.kind) {
    case 'feature_drift': {
      const method = declared !== undefined ? METHOD_LABEL[declared] : 'drift';
      return signal.measure === 'p_value' ? `${method} p-value` : method;
    }
    case 'prediction_drift':
      return declared !== undefined ? `prediction drift (${METHOD_LABEL[declared]})` : 'prediction drift';
    case 'estimated_performance':
      return `estimated ${signal.metric}`;
    case 'realized_performance':
      return `realized ${signal.metric}`;
    case 'latency':
      return `${signal.stat} latency`;
    case 'multivariate_drift':
      return signal.method === 'classifier'
        ? 'domain-classifier AUC'
        : 'PCA reconstruction error (band widths)';
    default:
      return SIMPLE_LABEL[signal.kind];
  }
}

type SimpleKind = Exclude<
  SignalKind,
  | 'feature_drift'
  | 'prediction_drift'
  | 'estimated_performance'
  | 'realized_performance'
  | 'latency'
  | 'multivariate_drift'
>;

const SIMPLE_LABEL: Record<SimpleKind, string> = {
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
export function signalFeature(signal: SignalSpec | undefined): string | undefined {
  if (signal === undefined) return undefined;
  if (
    signal.kind === 'feature_drift' ||
    signal.kind === 'missing_ratio' ||
    signal.kind === 'schema_violations'
  ) {
    return signal.feature;
  }
  return undefined;
}

/**
 * The label of a node's signal, with the feature it reads looked up in the spec (for its `drift_method`).
 *
 * @example nodeSignalLabel(spec, node) // 'Jensen-Shannon' for a feature_drift node whose feature declares drift_method jensenshannon
 */
export function nodeSignalLabel(spec: Spec, node: NodeSpec): string {
  const name = signalFeature(node.signal);
  const model = node.model === undefined ? undefined : spec.models.find((m) => m.id === node.model);
  const feature = name === undefined ? undefined : model?.features.find((f) => f.name === name);
  return signalLabel(node.signal, feature);
}
