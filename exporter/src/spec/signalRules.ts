/**
 * What a node's signal implies, read from the kind table (signalKinds.ts): the drift method it is fixed
 * to, whether its value is a p-value, its direction, unit and bounds, and default thresholds for nodes
 * that declare only a derivation. Pure.
 */
import { isPValueMethod } from '../stats/methods';
import { SIGNAL_KIND_INFO } from './signalKinds';
import type { Direction, DriftMethod, FeatureSpec, MultivariateMethod, NodeUnit, SignalSpec } from './types';

const INF = Number.POSITIVE_INFINITY;
const RATIO: [number, number] = [0, 1];

/** Rows a `multivariate_drift` signal keeps of the window and of the reference when it does not say. */
export const MULTIVARIATE_RESERVOIR = 5000;

/** The method of a `multivariate_drift` signal: its own, else PCA reconstruction. */
export function multivariateMethodOf(
  signal: SignalSpec & { kind: 'multivariate_drift' },
): MultivariateMethod {
  return signal.method ?? 'pca_reconstruction';
}

/** Distances bounded by 1 (KS statistic, Jensen-Shannon distance, Hellinger distance). */
const UNIT_BOUNDED_METHODS: ReadonlySet<DriftMethod> = new Set(['ks', 'jensenshannon', 'hellinger']);

/** The drift method a signal uses when it is fixed by the spec (signal, then feature); undefined = automatic. */
export function declaredDriftMethod(signal: SignalSpec, feature?: FeatureSpec): DriftMethod | undefined {
  if (signal.kind === 'multivariate_drift') return undefined;
  if ('method' in signal && signal.method !== undefined) return signal.method;
  return feature?.drift_method;
}

/**
 * Whether the signal's value is a p-value: `feature_drift` with `measure: p_value`, and `drift_worst`
 * with a test method (its value is then the smallest p-value over the features, as the signals layer
 * computes it).
 */
export function isPValueSignal(signal: SignalSpec): boolean {
  if (signal.kind === 'feature_drift') return signal.measure === 'p_value';
  return signal.kind === 'drift_worst' && signal.method !== undefined && isPValueMethod(signal.method);
}

/** Direction of a signal: p-values and the kind table; undefined when the node must say. */
export function signalDirection(signal: SignalSpec): Direction | undefined {
  if (isPValueSignal(signal)) return 'lower_is_worse';
  if (signal.kind === 'realized_performance' && (signal.metric === 'mae' || signal.metric === 'rmse')) {
    return 'higher_is_worse';
  }
  return SIGNAL_KIND_INFO[signal.kind].direction;
}

/** Unit of a signal's value: the kind table, except regression errors (same unit as the target: none). */
export function signalUnit(signal: SignalSpec): NodeUnit {
  if (signal.kind === 'realized_performance' && (signal.metric === 'mae' || signal.metric === 'rmse'))
    return 'none';
  return SIGNAL_KIND_INFO[signal.kind].unit;
}

/** Inclusive bounds of a signal's value, narrowed by the drift method and p-values where known. */
export function signalBounds(signal: SignalSpec, method: DriftMethod | undefined): [number, number] {
  if (isPValueSignal(signal)) return RATIO;
  if (signal.kind === 'realized_performance' && (signal.metric === 'mae' || signal.metric === 'rmse'))
    return [0, INF];
  const isDrift =
    signal.kind === 'feature_drift' || signal.kind === 'drift_worst' || signal.kind === 'prediction_drift';
  if (isDrift && method !== undefined && UNIT_BOUNDED_METHODS.has(method)) return RATIO;
  if (signal.kind === 'multivariate_drift' && multivariateMethodOf(signal) === 'classifier') return RATIO;
  return SIGNAL_KIND_INFO[signal.kind].bounds;
}

/**
 * Default `[warning, critical]` for a node that declares only a derivation, used until calibration.
 * Only where a number means the same for every model: p-values, PSI/JS/Hellinger distances, ratios of
 * missing values, violations, low confidence, errors and drifted features, multivariate drift (an AUC,
 * or band widths). undefined elsewhere.
 */
export function defaultThresholds(
  signal: SignalSpec,
  method: DriftMethod | undefined,
): [number, number] | undefined {
  switch (signal.kind) {
    case 'feature_drift':
    case 'drift_worst':
    case 'prediction_drift':
      if (isPValueSignal(signal)) return [0.05, 0.01];
      if (method === 'psi') return [0.1, 0.25];
      if (method === 'jensenshannon' || method === 'hellinger') return [0.1, 0.2];
      return undefined;
    case 'drift_share':
      return [0.3, 0.5];
    case 'multivariate_drift':
      // classifier: ROC AUC (0.55 is Evidently's drift threshold); pca: band widths (1 = the band's edge).
      return multivariateMethodOf(signal) === 'classifier' ? [0.55, 0.65] : [1, 2];
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
