/**
 * The value of one base node from a model's merged window: one function per signal kind, each saying
 * why it has no value when it has none. Pure; the monitor builds the context once per evaluation.
 */
import { SIGNAL_KIND_INFO } from '../spec/signalKinds';
import type { DriftMethod, ModelSpec, SignalSpec, SpecDefaults } from '../spec/types';
import type { DriftBook } from './driftBook';
import { importanceStability } from './importance';
import type { LabelBucket } from './labels';
import type { Measured } from './performance';
import { estimatedPerformance, realizedPerformance } from './performance';
import type { ReferenceProfile } from './reference';
import type { FeatureDriftResult, MonitorOptions } from './types';
import type { WindowBucket } from './windowBucket';
import { driftShare, driftValue, driftWorst } from './observeDrift';
import { latencyStatistic, missingRatio, violationRatio } from './observeWindow';
import { multivariateMeasure } from './observeMultivariate';
import type { FeatureValue } from './events';

export interface ObserveContext {
  now: number;
  model: ModelSpec;
  defaults: SpecDefaults;
  options: MonitorOptions;
  /** The merged live buckets. */
  window: WindowBucket;
  /** Seconds the window covers (for throughput); null before any event. */
  windowSeconds: number | null;
  lastEventAt: number | null;
  drift: DriftBook;
  predictionDrift: (method?: DriftMethod) => FeatureDriftResult | null;
  labels: LabelBucket;
  reference: ReferenceProfile | null;
  trainedAt: number | null;
  referenceTakenAt: number | null;
  /** The window's row sample for multivariate_drift (computed once, on first use). */
  windowRows: () => FeatureValue[][];
}

export interface Observed {
  value: number | null;
  observedAt: number | null;
  reason?: string;
  detail?: Record<string, unknown>;
}

/**
 * The observation of one signal, by the evaluator the kind table declares for it
 * (`spec/signalKinds.ts`). Throws nothing: every failure is a null value with a reason.
 */
export function observeSignal(signal: SignalSpec, ctx: ObserveContext): Observed {
  switch (SIGNAL_KIND_INFO[signal.kind].evaluator) {
    case 'labels':
      return observeLabels(signal, ctx);
    case 'window':
    case 'drift':
      return observeWindow(signal, ctx);
    case 'fact':
      return observeFact(signal, ctx);
    case 'source':
      return { value: null, observedAt: null, reason: 'promql nodes are observed by the source layer' };
  }
}

/** Realized performance: the late labels joined to the window's predictions. */
function observeLabels(signal: SignalSpec, ctx: ObserveContext): Observed {
  if (signal.kind !== 'realized_performance') {
    return { value: null, observedAt: null, reason: `signal ${signal.kind} is not evaluated from labels` };
  }
  const m = realizedPerformance(
    ctx.labels,
    signal.metric,
    ctx.model.task,
    ctx.model.positive_class ?? null,
    ctx.options.minPerformanceSamples,
  );
  const at = Number.isFinite(ctx.labels.lastAt) ? ctx.labels.lastAt : null;
  return m.value === null
    ? { value: null, observedAt: at, reason: m.reason }
    : { value: m.value, observedAt: at };
}

/** A statistic of the merged window (drift tests included), stamped with the window's newest event. */
function observeWindow(signal: SignalSpec, ctx: ObserveContext): Observed {
  const m = windowMeasure(signal, ctx);
  if (m === undefined) {
    return { value: null, observedAt: null, reason: `signal ${signal.kind} is not a window statistic` };
  }
  const observedAt = Number.isFinite(ctx.window.lastAt) ? ctx.window.lastAt : null;
  // A value can carry a reason too: an explanation (the worst feature), or a caveat (features left out).
  const detail = m.value !== null && m.detail !== undefined ? { detail: m.detail } : {};
  return m.reason === undefined
    ? { value: m.value, observedAt }
    : { value: m.value, observedAt, reason: m.reason, ...detail };
}

/** Statistics of the merged window; undefined for signals that are not window statistics. */
function windowMeasure(signal: SignalSpec, ctx: ObserveContext): Measured | undefined {
  const w = ctx.window;
  const noEvents: Measured = { value: null, reason: 'no events in the current window' };
  const noConfidence: Measured = { value: null, reason: 'no confidence values in the window' };
  switch (signal.kind) {
    case 'feature_drift':
    case 'drift_share':
    case 'drift_worst':
    case 'prediction_drift':
      return driftMeasure(signal, ctx);
    case 'multivariate_drift':
      return multivariateMeasure(signal, {
        model: ctx.model,
        reference: ctx.reference,
        windowRows: ctx.windowRows(),
        minRows: ctx.options.minDriftSamples,
      });
    case 'missing_ratio':
      return w.events === 0 ? noEvents : missingRatio(w, signal.feature);
    case 'schema_violations':
      return w.events === 0 ? noEvents : violationRatio(w, signal.feature, signal.violation);
    case 'error_ratio':
      return w.events === 0 ? noEvents : { value: w.errors / w.events };
    case 'confidence_mean':
      return w.confidenceCount === 0 ? noConfidence : { value: w.confidenceSum / w.confidenceCount };
    case 'low_confidence_share': {
      const i = w.layout.confidenceCuts.indexOf(signal.below ?? ctx.defaults.low_confidence_below);
      return w.confidenceCount === 0 ? noConfidence : { value: w.lowConfidence[i] / w.confidenceCount };
    }
    case 'estimated_performance':
      return estimatedPerformance(w, signal.metric, ctx.model.task, ctx.options.minPerformanceSamples);
    case 'latency':
      return latencyStatistic(w, signal.stat);
    default:
      return undefined;
  }
}

function driftMeasure(signal: SignalSpec, ctx: ObserveContext): Measured {
  switch (signal.kind) {
    case 'feature_drift': {
      const r = ctx.drift.result(signal.feature, signal.method);
      if (r === undefined) return { value: null, reason: `feature ${signal.feature} is not declared` };
      return driftValue(r, signal.measure ?? 'statistic');
    }
    case 'drift_share':
      return driftShare(ctx.drift, ctx.model, signal.features, signal.method);
    case 'drift_worst':
      return driftWorst(ctx.drift, ctx.model, signal.features, signal.method);
    case 'prediction_drift': {
      const r = ctx.predictionDrift(signal.method);
      return r === null
        ? { value: null, reason: 'no prediction column to compare' }
        : driftValue(r, 'statistic');
    }
    default:
      return { value: null, reason: `signal ${signal.kind} is not a drift signal` };
  }
}

/** Signals that are facts at `now` rather than window statistics: their observedAt is `now`. */
function observeFact(signal: SignalSpec, ctx: ObserveContext): Observed {
  const now = ctx.now;
  const at = (m: Measured): Observed =>
    m.value === null
      ? { value: null, observedAt: null, reason: m.reason }
      : { value: m.value, observedAt: now };
  switch (signal.kind) {
    case 'throughput':
      return at(
        ctx.windowSeconds === null
          ? { value: null, reason: 'no events received yet' }
          : { value: ctx.window.events / ctx.windowSeconds },
      );
    case 'freshness':
      return at(
        ctx.lastEventAt === null
          ? { value: null, reason: 'no events received yet' }
          : { value: Math.max(0, now - ctx.lastEventAt) },
      );
    case 'model_age':
      return at(
        ctx.trainedAt === null
          ? { value: null, reason: `model ${ctx.model.id} has no trained_at` }
          : { value: Math.max(0, now - ctx.trainedAt) },
      );
    case 'reference_age':
      return at(
        ctx.referenceTakenAt === null
          ? { value: null, reason: 'reference age unknown (no reference_taken_at)' }
          : { value: Math.max(0, now - ctx.referenceTakenAt) },
      );
    case 'importance_stability': {
      const m = importanceStability(ctx.reference, ctx.window, ctx.options.minPerformanceSamples);
      const windowAt = Number.isFinite(ctx.window.lastAt) ? ctx.window.lastAt : null;
      return m.value === null
        ? { value: null, observedAt: windowAt, reason: m.reason }
        : { value: m.value, observedAt: windowAt };
    }
    case 'policy_violations':
      return at({ value: ctx.window.policyViolations });
    case 'promql':
      return { value: null, observedAt: null, reason: 'promql nodes are observed by the source layer' };
    default:
      return { value: null, observedAt: null, reason: `signal ${signal.kind} is not a fact signal` };
  }
}
