/**
 * Adds one accepted prediction event to a window bucket: feature values into their sketches, schema
 * violations (type, range, unseen category) into the bucket and the monitor's monotonic totals,
 * prediction, confidence (with CBPE expected counts), latency, error and attributions.
 */
import type { PredictionEvent } from '../ingest/types';
import type { CategoryTracker } from './categoryTracker';
import { latencyBin } from './latencySketch';
import type { BucketLayout } from './layout';
import type { ColumnAcc, WindowBucket } from './windowBucket';
import { VIOLATION_SLOTS } from './windowBucket';

const TYPE = 0;
const RANGE = 1;
const UNSEEN = 2;

/** Per-model rules and totals the recorder needs besides the bucket. */
export interface RecordRules {
  /** Per feature: the declared inclusive range, or null. */
  ranges: ReadonlyArray<readonly [number, number] | null>;
  /** Per feature: the expected categories (declared, else the reference's), or null for no check. */
  allowed: ReadonlyArray<ReadonlySet<string> | null>;
  tracker: CategoryTracker;
  /** features × 3 monotonic violation totals since start. */
  violationTotals: Float64Array;
}

/**
 * Records `event` (time already resolved to `at`) into `bucket`, or only into the monotonic totals when
 * `bucket` is null (an event older than the window). O(features + log bins).
 */
export function recordEvent(
  bucket: WindowBucket | null,
  layout: BucketLayout,
  rules: RecordRules,
  event: PredictionEvent,
  at: number,
): void {
  for (const name of event.typeViolations) {
    const i = layout.features.findIndex((f) => f.name === name);
    if (i >= 0) violation(bucket, rules, i, TYPE);
  }
  if (bucket !== null) {
    bucket.events++;
    bucket.firstAt = Math.min(bucket.firstAt, at);
    bucket.lastAt = Math.max(bucket.lastAt, at);
  }
  for (let i = 0; i < layout.features.length; i++) {
    const column = layout.features[i];
    const value = event.features[column.name] ?? null;
    const acc = bucket === null ? null : bucket.columns[i];
    if (value === null) {
      if (acc) acc.missing++;
    } else if (column.type === 'numeric') {
      // Ingest guarantees numbers here; anything else would be a mistyped value already counted.
      if (typeof value !== 'number') continue;
      const range = rules.ranges[i];
      if (range && (value < range[0] || value > range[1])) violation(bucket, rules, i, RANGE);
      if (acc) addNumber(acc, value, column.binning);
    } else {
      const text = typeof value === 'string' ? value : String(value);
      const allowed = rules.allowed[i];
      if (allowed && !allowed.has(text)) violation(bucket, rules, i, UNSEEN);
      if (acc) addCategory(acc, rules.tracker.fold(i, text));
    }
  }
  if (bucket === null) return;
  recordPrediction(bucket, rules, event);
  recordServing(bucket, event);
}

function violation(bucket: WindowBucket | null, rules: RecordRules, feature: number, kind: number): void {
  if (bucket) bucket.violations[feature * VIOLATION_SLOTS + kind]++;
  rules.violationTotals[feature * VIOLATION_SLOTS + kind]++;
}

function addNumber(
  acc: ColumnAcc,
  value: number,
  binning: WindowBucket['layout']['prediction']['binning'],
): void {
  if (acc.kind !== 'numeric') return;
  acc.present++;
  acc.sum += value;
  acc.sumSq += value * value;
  if (value < acc.min) acc.min = value;
  if (value > acc.max) acc.max = value;
  if (acc.hist && binning) acc.hist[binning.binOf(value)]++;
}

function addCategory(acc: ColumnAcc, key: string): void {
  if (acc.kind !== 'categorical') return;
  acc.present++;
  acc.counts.set(key, (acc.counts.get(key) ?? 0) + 1);
}

function recordPrediction(bucket: WindowBucket, rules: RecordRules, event: PredictionEvent): void {
  const layout = bucket.layout;
  const p = event.prediction;
  const acc = bucket.prediction;
  if (p === null) acc.missing++;
  else if (acc.kind === 'numeric' && typeof p === 'number') addNumber(acc, p, layout.prediction.binning);
  else if (acc.kind === 'categorical')
    addCategory(acc, rules.tracker.fold(layout.features.length, String(p)));
  const c = event.confidence;
  if (c === null) return;
  bucket.confidenceCount++;
  bucket.confidenceSum += c;
  const cuts = layout.confidenceCuts;
  for (let i = 0; i < cuts.length; i++) if (c < cuts[i]) bucket.lowConfidence[i]++;
  if (p === null || layout.positiveClass === null) return;
  // CBPE: the confidence is the calibrated probability that the prediction is right.
  const e = bucket.expected;
  e.n++;
  if (String(p) === layout.positiveClass) {
    e.tp += c;
    e.fp += 1 - c;
  } else {
    e.tn += c;
    e.fn += 1 - c;
  }
}

function recordServing(bucket: WindowBucket, event: PredictionEvent): void {
  if (event.error !== null) bucket.errors++;
  const latency = event.latencySeconds;
  if (latency !== null) {
    bucket.latencyCount++;
    bucket.latencySum += latency;
    bucket.latencySumSq += latency * latency;
    bucket.ensureLatencySketch()[latencyBin(latency)]++;
  }
  const attributions = event.attributions;
  if (attributions) {
    bucket.attributionEvents++;
    const features = bucket.layout.features;
    for (let i = 0; i < features.length; i++) {
      const a = attributions[features[i].name];
      if (typeof a === 'number') bucket.attributionSum[i] += Math.abs(a);
    }
  }
}
