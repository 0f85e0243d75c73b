/**
 * The base tier `mlhealth init` writes for one model: per feature a drift and a missing-value signal;
 * schema violations; the prediction's drift and mean confidence when the reference has them; latency,
 * error ratio and freshness; reference age, and model age when the training time is known.
 *
 * Thresholds: every signal that can be computed on reference chunks declares
 * `derive: {method: reference_chunks}` and is calibrated by the command right after (mean + k·σ over the
 * chunks, `spec/calibrate/`). The others cannot be seen in a reference file; they start from the
 * signal kind's defaults or from the starting values below, each explained in the written comment.
 */
import { SPEC_DEFAULTS } from '../convert';
import { defaultThresholds } from '../signalRules';
import type { DriftMethod, SignalSpec } from '../types';
import type { InferredFeature } from './columns';
import { idSegments, modelPrefix } from './ids';
import { calibrationChunks, type InitInput, type PlannedNode } from './input';

/** p99 latency (seconds) a synchronous online model is expected to stay under, to start with. */
export const START_LATENCY_P99: readonly [number, number] = [0.5, 1];
/** Model and reference age: a quarterly retraining policy, to start with. */
export const START_AGE: readonly [string, string] = ['90d', '180d'];

export const METHOD_TITLES: Partial<Record<DriftMethod, string>> = {
  psi: 'PSI',
  jensenshannon: 'Jensen-Shannon',
};

/** The base nodes, grouped by the component they feed (`drift`, `data_quality`, … ). */
export type BaseGroups = Record<
  'drift' | 'missing' | 'schema' | 'prediction_quality' | 'serving' | 'governance',
  PlannedNode[]
>;

/**
 * The base nodes for `input`, by the component they feed. Reference-computable signals declare
 * `derive: {method: reference_chunks}` with the chunk count for `input.rows` (nodes in
 * `input.uncalibrated` take the kind's defaults, or are left out without any); the others carry the
 * starting values above. Throws nothing.
 */
export function planBaseNodes(input: InitInput): BaseGroups {
  const p = modelPrefix(input.model);
  const segments = idSegments(input.features.map((f) => f.name));
  const base = (id: string, title: string, signal: SignalSpec, thresholds: object): PlannedNode => ({
    node: { id, tier: 'base', model: input.model, title, signal, thresholds },
  });
  const calibrated = (id: string, title: string, signal: SignalSpec, method?: DriftMethod): PlannedNode[] => {
    const thresholds = derivedThresholds(input, id, signal, method);
    return thresholds === null ? [] : [base(id, title, signal, thresholds)];
  };
  const drift = input.features.flatMap((f, i) =>
    calibrated(
      `${p}.drift.${segments[i]}`,
      featureDriftTitle(f),
      feature('feature_drift', f),
      f.drift_method,
    ),
  );
  const missing = input.features.flatMap((f, i) =>
    calibrated(`${p}.data_quality.missing_${segments[i]}`, `${f.name} missing`, feature('missing_ratio', f)),
  );
  const schema = calibrated(`${p}.data_quality.schema`, 'Schema violations', { kind: 'schema_violations' });
  const method: DriftMethod = input.task === 'regression' ? 'psi' : 'jensenshannon';
  const predictionQuality = [
    ...(input.confidence
      ? calibrated(`${p}.prediction_quality.confidence`, 'Mean confidence', { kind: 'confidence_mean' })
      : []),
    ...(input.prediction
      ? calibrated(
          `${p}.prediction_quality.prediction_drift`,
          `Prediction drift (${METHOD_TITLES[method]})`,
          { kind: 'prediction_drift', method },
          method,
        )
      : []),
  ];
  return {
    drift,
    missing,
    schema,
    prediction_quality: predictionQuality,
    serving: servingNodes(p, base),
    governance: governanceNodes(p, input, base),
  };
}

function feature(kind: 'feature_drift' | 'missing_ratio', f: InferredFeature): SignalSpec {
  return { kind, feature: f.name };
}

function featureDriftTitle(f: InferredFeature): string {
  return `${f.name} drift (${METHOD_TITLES[f.drift_method] ?? f.drift_method})`;
}

/**
 * `derive: {method: reference_chunks}`, with a baseline of 1 for confidence. A node calibration failed
 * on keeps the derivation and takes the kind's default numbers (so `validate` warns it is not derived),
 * or is left out (null) when the kind has none.
 */
function derivedThresholds(
  input: InitInput,
  id: string,
  signal: SignalSpec,
  method: DriftMethod | undefined,
): object | null {
  const derive = { method: 'reference_chunks', chunks: calibrationChunks(input.rows) };
  const baseline = signal.kind === 'confidence_mean' ? { baseline: 1 } : {};
  if (input.uncalibrated?.has(id) !== true) return { ...baseline, derive };
  const fallback = defaultThresholds(signal, method);
  if (fallback === undefined) return null;
  return { ...baseline, warning: fallback[0], critical: fallback[1], derive };
}

type BaseFn = (id: string, title: string, signal: SignalSpec, thresholds: object) => PlannedNode;

function servingNodes(p: string, base: BaseFn): PlannedNode[] {
  const errors = defaultThresholds({ kind: 'error_ratio' }, undefined) as [number, number];
  const stale = SPEC_DEFAULTS.stale_after;
  return [
    base(
      `${p}.serving.latency_p99`,
      'p99 latency',
      { kind: 'latency', stat: 'p99' },
      {
        warning: START_LATENCY_P99[0],
        critical: START_LATENCY_P99[1],
        derive: { method: 'history_quantile' },
      },
    ),
    base(
      `${p}.serving.errors`,
      'Error ratio',
      { kind: 'error_ratio' },
      { warning: errors[0], critical: errors[1] },
    ),
    base(
      `${p}.serving.freshness`,
      'Seconds since the last event',
      { kind: 'freshness' },
      { warning: stale / 5, critical: stale },
    ),
  ];
}

function governanceNodes(p: string, input: InitInput, base: BaseFn): PlannedNode[] {
  const age = (): object => ({ warning: START_AGE[0], critical: START_AGE[1] });
  return [
    ...(input.trainedAt !== undefined
      ? [base(`${p}.governance.model_age`, 'Model age', { kind: 'model_age' }, age())]
      : []),
    base(`${p}.governance.reference_age`, 'Reference age', { kind: 'reference_age' }, age()),
  ];
}
