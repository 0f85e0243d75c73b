/**
 * Thresholds: warning must be less severe than critical for the node's direction, the baseline lies on
 * the healthy side, numbers stay within the value's bounds, parents are in score (lower is worse), and
 * derivation rules are ones calibration can carry out.
 */
import { declaredDriftMethod, isPValueSignal, signalBounds } from '../signalRules';
import type { FeatureSpec, ModelSpec, NodeSpec, SignalKind, ThresholdSpec } from '../types';
import { IssueList, type CheckInput } from './context';

/** Signal kinds whose statistic can be computed on chunks of a reference file. */
export const REFERENCE_COMPUTABLE: ReadonlySet<SignalKind> = new Set<SignalKind>([
  'feature_drift',
  'drift_worst',
  'prediction_drift',
  'missing_ratio',
  'schema_violations',
  'confidence_mean',
  'low_confidence_share',
]);

export function checkThresholds(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  const { spec } = input;
  const models = new Map(spec.models.map((m) => [m.id, m]));
  const { warning, critical } = spec.defaults.score_thresholds;
  const defaultsValid = warning > critical;
  if (!defaultsValid) {
    list.error(
      ['defaults', 'score_thresholds', 'warning'],
      `warning (${warning}) must be above critical (${critical}): scores are lower-is-worse`,
    );
  }
  spec.nodes.forEach((node, n) => {
    if (node.thresholds === undefined) return;
    const path = (...rest: string[]) => list.at('nodes', n, 'thresholds', ...rest);
    const model = node.model === undefined ? undefined : models.get(node.model);
    // Parents that inherit invalid defaults are covered by the error on the defaults.
    const inherited =
      node.tier !== 'base' && node.thresholds.warning === warning && node.thresholds.critical === critical;
    if (defaultsValid || !inherited) checkOrder(node.thresholds, path, list);
    if (node.tier === 'base') checkBounds(node, model, path, list);
    else checkParent(node.thresholds, path, list);
    checkDerive(node, model, path, list);
  });
  return list.issues;
}

type PathFn = (...rest: string[]) => Array<string | number>;

/** Drift kinds whose statistic depends on the method (drift_worst defaults to jensenshannon, as the signals layer). */
const NEEDS_DECLARED_METHOD: ReadonlySet<SignalKind> = new Set<SignalKind>([
  'feature_drift',
  'prediction_drift',
]);

function featureOf(node: NodeSpec, model: ModelSpec | undefined): FeatureSpec | undefined {
  const signal = node.signal;
  if (signal === undefined || !('feature' in signal) || signal.feature === undefined) return undefined;
  return model?.features.find((f) => f.name === signal.feature);
}

function checkOrder(t: ThresholdSpec, path: PathFn, list: IssueList): void {
  if (Number.isNaN(t.warning) || Number.isNaN(t.critical)) return;
  const higher = t.direction === 'higher_is_worse';
  if (higher ? !(t.warning < t.critical) : !(t.warning > t.critical)) {
    list.error(
      path('warning'),
      `warning (${t.warning}) must be less severe than critical (${t.critical}): for ${t.direction}, warning ${higher ? '<' : '>'} critical`,
    );
  }
  if (t.baseline !== undefined && (higher ? !(t.baseline < t.warning) : !(t.baseline > t.warning))) {
    list.error(
      path('baseline'),
      `baseline (${t.baseline}) must be on the healthy side of warning (${t.warning}): for ${t.direction}, baseline ${higher ? '<' : '>'} warning`,
    );
  }
}

function checkBounds(node: NodeSpec, model: ModelSpec | undefined, path: PathFn, list: IssueList): void {
  const t = node.thresholds as ThresholdSpec;
  if (node.signal === undefined) return;
  const signal = node.signal;
  const feature = 'feature' in signal ? model?.features.find((f) => f.name === signal.feature) : undefined;
  const [lo, hi] = signalBounds(signal, declaredDriftMethod(signal, feature));
  for (const level of ['warning', 'critical', 'baseline'] as const) {
    const value = t[level];
    if (value === undefined || Number.isNaN(value)) continue;
    if (value < lo || value > hi) {
      list.error(
        path(level),
        `${level} ${value} is outside the range of a ${signal.kind} value [${lo}, ${hi}]`,
      );
    }
  }
}

function checkParent(t: ThresholdSpec, path: PathFn, list: IssueList): void {
  if (t.direction !== 'lower_is_worse') {
    list.error(
      path('direction'),
      'thresholds of component and business nodes are scores: direction must be lower_is_worse',
    );
  }
  for (const level of ['warning', 'critical', 'baseline'] as const) {
    const value = t[level];
    if (value !== undefined && !Number.isNaN(value) && (value < 0 || value > 1)) {
      list.error(path(level), `${level} ${value} is a score and must be within [0, 1]`);
    }
  }
}

function checkDerive(node: NodeSpec, model: ModelSpec | undefined, path: PathFn, list: IssueList): void {
  const derive = node.thresholds?.derive;
  if (derive === undefined) return;
  if (derive.method === 'history_quantile') {
    if (!(derive.critical_quantile > derive.quantile)) {
      const message = `critical_quantile (${derive.critical_quantile}) must exceed quantile (${derive.quantile})`;
      list.error(path('derive', 'critical_quantile'), message);
    }
    // Its numbers stay initial values until the exporter has history: expected, not worth a warning.
    return;
  }
  if (!(derive.critical_k > derive.k)) {
    list.error(path('derive', 'critical_k'), `critical_k (${derive.critical_k}) must exceed k (${derive.k})`);
  }
  const problem = referenceChunksProblem(node, model);
  if (problem !== undefined) list.error(path('derive', 'method'), problem);
  const t = node.thresholds as ThresholdSpec;
  if (t.derived === undefined && !Number.isNaN(t.warning)) {
    list.warning(
      path('derive'),
      `thresholds not derived yet: using warning ${t.warning}, critical ${t.critical} until 'mlhealth calibrate' runs`,
    );
  }
}

/** Why `mlhealth calibrate` could not derive this node from reference chunks, if it could not. */
function referenceChunksProblem(node: NodeSpec, model: ModelSpec | undefined): string | undefined {
  const signal = node.signal;
  if (node.tier !== 'base' || signal === undefined) {
    return 'reference_chunks derives base-node statistics; parents can use history_quantile';
  }
  if (!REFERENCE_COMPUTABLE.has(signal.kind) || isPValueSignal(signal)) {
    const what = isPValueSignal(signal) ? 'a drift p-value' : `a ${signal.kind} value`;
    return `${what} cannot be computed on reference chunks; use history_quantile or declared thresholds`;
  }
  if (
    NEEDS_DECLARED_METHOD.has(signal.kind) &&
    declaredDriftMethod(signal, featureOf(node, model)) === undefined
  ) {
    return "reference_chunks on a drift statistic needs a declared method (signal.method or the feature's drift_method), so calibration and live evaluation use the same statistic";
  }
  if (model !== undefined && model.reference === undefined) {
    return `reference_chunks needs a reference for model '${model.id}' (models[].reference)`;
  }
  return undefined;
}
