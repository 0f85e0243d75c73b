/**
 * The mutable state of one model's monitor, shared by the monitor's ingest (`monitor.ts`), evaluation
 * (`evaluateModel.ts`) and serialisation (`monitorState.ts`). Sized by the spec and the options only.
 */
import type { ModelSpec } from '../spec/types';
import { BucketRing } from './bucketRing';
import { CategoryTracker } from './categoryTracker';
import { AnomalyHistory } from './anomaly';
import type { BucketLayout } from './layout';
import { buildLayout } from './layout';
import { LabelBucket } from './labels';
import { PendingPredictions } from './pendingPredictions';
import { LATENCY_BUCKETS } from './latencyBuckets';
import { PinnedReferenceCollector, seedFromString } from './pinnedReference';
import type { RecordRules } from './recordEvent';
import type { ReferenceProfile } from './reference';
import type { MonitorConfig, MonitorOptions } from './types';
import { OTHER_CATEGORY } from './types';
import { VIOLATION_SLOTS, WindowBucket } from './windowBucket';

export interface MonitorTotals {
  events: number;
  errors: number;
  labelsJoined: number;
  labelsUnmatched: number;
  policyViolations: number;
  latencyCounts: number[];
  latencySum: number;
  latencyCount: number;
}

export interface MonitorCore {
  config: MonitorConfig;
  options: MonitorOptions;
  reference: ReferenceProfile | null;
  layout: BucketLayout;
  ring: BucketRing<WindowBucket>;
  labelRing: BucketRing<LabelBucket>;
  pending: PendingPredictions;
  rules: RecordRules;
  totals: MonitorTotals;
  /** When the current window started filling (start-up or the last reference swap). */
  windowStartedAt: number;
  lastEventAt: number | null;
  version: string;
  trainedAt: number | null;
  anomaly: AnomalyHistory;
  pinned: PinnedReferenceCollector | null;
}

/** A fresh core; `reference` may be null (drift nodes are then unknown until one is set). */
export function createCore(
  config: MonitorConfig,
  options: MonitorOptions,
  reference: ReferenceProfile | null,
  now: number,
): MonitorCore {
  const model = config.model;
  const layout = buildLayout(
    model,
    config.nodes,
    config.defaults,
    reference,
    options.fineBins,
    options.windowBuckets,
  );
  const ref = model.reference;
  return {
    config,
    options,
    reference,
    layout,
    ring: new BucketRing(model.window, options.windowBuckets, () => new WindowBucket(layout)),
    labelRing: new BucketRing(model.window, options.windowBuckets, () => new LabelBucket()),
    pending: new PendingPredictions(options.maxPendingLabels),
    rules: buildRules(model, reference, options, new Float64Array(model.features.length * VIOLATION_SLOTS)),
    totals: {
      events: 0,
      errors: 0,
      labelsJoined: 0,
      labelsUnmatched: 0,
      policyViolations: 0,
      latencyCounts: new Array<number>(LATENCY_BUCKETS.length + 1).fill(0),
      latencySum: 0,
      latencyCount: 0,
    },
    windowStartedAt: now,
    lastEventAt: null,
    version: model.version,
    trainedAt: model.trained_at ?? null,
    anomaly: new AnomalyHistory(options.anomalyHistory, model.evaluation_interval),
    pinned:
      reference === null && ref && 'window' in ref
        ? new PinnedReferenceCollector(
            ref.window.start,
            ref.window.end,
            options.maxReferenceSample,
            seedFromString(model.id),
          )
        : null,
  };
}

/** Range, expected-category and category-tracking rules of a model under a reference. */
export function buildRules(
  model: ModelSpec,
  reference: ReferenceProfile | null,
  options: MonitorOptions,
  violationTotals: Float64Array,
): RecordRules {
  const tracker = new CategoryTracker(model.features.length + 1, options.maxCategories);
  const allowed = model.features.map((f, i) => {
    if (f.type === 'numeric') return null;
    const refColumn = reference?.columns.get(f.name);
    const fromReference =
      refColumn && refColumn.type !== 'numeric'
        ? [...refColumn.counts.keys()].filter((k) => k !== OTHER_CATEGORY)
        : [];
    tracker.seed(i, f.categories ?? []);
    tracker.seed(i, fromReference);
    if (f.categories && f.categories.length > 0) return new Set(f.categories);
    return fromReference.length > 0 ? new Set(fromReference) : null;
  });
  const prediction = reference?.prediction;
  if (prediction && prediction.type !== 'numeric')
    tracker.seed(model.features.length, prediction.counts.keys());
  const ranges = model.features.map((f) => (f.type === 'numeric' && f.range ? f.range : null));
  return {
    ranges,
    rangeLow: Float64Array.from(ranges, (r) => (r === null ? -Infinity : r[0])),
    rangeHigh: Float64Array.from(ranges, (r) => (r === null ? Infinity : r[1])),
    numeric: Uint8Array.from(model.features, (f) => (f.type === 'numeric' ? 1 : 0)),
    featureIndex: new Map(model.features.map((f, i) => [f.name, i])),
    allowed,
    tracker,
    violationTotals,
  };
}

/** Index of the latency histogram bucket (`le` semantics) for a value; the last index is +Inf. */
export function latencyTotalsIndex(seconds: number): number {
  let lo = 0;
  let hi = LATENCY_BUCKETS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (LATENCY_BUCKETS[mid] < seconds) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
