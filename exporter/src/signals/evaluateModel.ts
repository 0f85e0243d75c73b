/**
 * One evaluation of a model's monitor: merge the live buckets into the window, run the drift tests the
 * nodes need, observe every base node, score anomalies, and collect the detail statistics.
 */
import type { BaseObservation } from '../cascade/types';
import type { DriftMethod } from '../spec/types';
import { DriftBook } from './driftBook';
import { driftInputs, rawDriftTest } from './driftTests';
import type { DriftSettings } from './driftTests';
import { LabelBucket } from './labels';
import { LATENCY_BUCKETS } from './latencyBuckets';
import type { MonitorCore } from './monitorCore';
import { observeSignal } from './observe';
import type { ObserveContext } from './observe';
import type { FeatureDetail, FeatureDriftResult, ModelDetail, ModelEvaluation } from './types';
import { VIOLATION_SLOTS, WindowBucket } from './windowBucket';
import { windowRows } from './rowReservoir';

/** Evaluates every non-promql base node of the core's model at `now`. */
export function evaluateModel(core: MonitorCore, now: number): ModelEvaluation {
  const ctx = observeContext(core, now);
  const observations: BaseObservation[] = [];
  for (const node of core.config.nodes) {
    if (!node.signal || node.signal.kind === 'promql') continue;
    const o = observeSignal(node.signal, ctx);
    observations.push(
      o.reason === undefined
        ? { node: node.id, value: o.value, observedAt: o.observedAt }
        : { node: node.id, ...o },
    );
  }
  return {
    at: now,
    observations,
    anomalyScores: core.anomaly.scoreAndRecord(observations, now),
    detail: detail(core, ctx.window, ctx.drift.all(), ctx.predictionDrift(), ctx.referenceTakenAt),
  };
}

/** The merged window and labels, and lazily computed, cached drift tests, for one evaluation. */
function observeContext(core: MonitorCore, now: number): ObserveContext {
  const { model, defaults } = core.config;
  const window = new WindowBucket(core.layout);
  for (const bucket of core.ring.live(now)) window.mergeFrom(bucket);
  const labels = new LabelBucket();
  for (const bucket of core.labelRing.live(now)) labels.mergeFrom(bucket);
  const settings = {
    sampleSize: model.sample_size,
    bins: model.bins,
    minSamples: core.options.minDriftSamples,
    hasReference: core.reference !== null,
  };
  const inputs = driftInputs(core.layout.features, window.columns, core.reference);
  return {
    now,
    model,
    defaults,
    options: core.options,
    window,
    windowSeconds: windowSeconds(core, window, now),
    lastEventAt: core.lastEventAt,
    drift: new DriftBook(inputs, model.features, settings, model.correction),
    predictionDrift: predictionDriftTests(core, window, settings),
    labels,
    reference: core.reference,
    trainedAt: core.trainedAt,
    referenceTakenAt: model.reference_taken_at ?? core.reference?.takenAt ?? null,
    windowRows: once(() => windowRows([...core.ring.live(now)])),
  };
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/** Prediction drift by method, computed once per method; null without reference predictions. */
function predictionDriftTests(
  core: MonitorCore,
  window: WindowBucket,
  settings: DriftSettings,
): (method?: DriftMethod) => FeatureDriftResult | null {
  const input = driftInputs([core.layout.prediction], [window.prediction], null)[0];
  input.reference = core.reference?.prediction ?? null;
  const tests = new Map<string, FeatureDriftResult>();
  return (method) => {
    if (input.reference === null) return null;
    const key = method ?? '';
    if (!tests.has(key)) tests.set(key, rawDriftTest(input, method, settings));
    return tests.get(key) ?? null;
  };
}

/**
 * Seconds the window covers, for throughput: the span of the live buckets (duration windows) or from
 * the oldest event in the window (count windows) to `now`, never before the window started filling,
 * and at least 1 s. Null before any event.
 */
function windowSeconds(core: MonitorCore, window: WindowBucket, now: number): number | null {
  if (core.lastEventAt === null) return null;
  const ring = core.ring;
  let from: number;
  if (ring.mode === 'duration') from = (ring.currentIndex(now) - ring.size + 1) * ring.step;
  else from = Number.isFinite(window.firstAt) ? window.firstAt : now;
  return Math.max(1, now - Math.max(from, core.windowStartedAt));
}

function detail(
  core: MonitorCore,
  window: WindowBucket,
  drift: FeatureDriftResult[],
  predictionDrift: FeatureDriftResult | null,
  referenceTakenAt: number | null,
): ModelDetail {
  const totals = core.totals;
  const features: FeatureDetail[] = core.config.model.features.map((f, i) => {
    const v = core.rules.violationTotals;
    const acc = window.columns[i];
    return {
      feature: f.name,
      drift: drift[i],
      missingRatio: window.events === 0 ? null : acc.missing / window.events,
      violationsTotal: {
        type: v[i * VIOLATION_SLOTS],
        range: v[i * VIOLATION_SLOTS + 1],
        unseen_category: v[i * VIOLATION_SLOTS + 2],
      },
    };
  });
  return {
    model: core.config.model.id,
    version: core.version,
    trainedAt: core.trainedAt,
    referenceTakenAt,
    hasReference: core.reference !== null,
    features,
    predictionDrift,
    predictionsTotal: totals.events,
    errorsTotal: totals.errors,
    labelsJoinedTotal: totals.labelsJoined,
    labelsUnmatchedTotal: totals.labelsUnmatched,
    policyViolationsTotal: totals.policyViolations,
    latency: {
      bounds: LATENCY_BUCKETS,
      counts: [...totals.latencyCounts],
      sum: totals.latencySum,
      count: totals.latencyCount,
    },
    windowEvents: window.events,
    lastEventAt: core.lastEventAt,
  };
}
