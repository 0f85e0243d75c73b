/**
 * Adds one accepted prediction event to a window bucket: feature values into their sketches, schema
 * violations (type, range, unseen category) into the bucket and the monitor's monotonic totals,
 * prediction, confidence (with CBPE expected counts), latency, error and attributions.
 */
import type { FeatureValue, PredictionEvent } from './events';
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
  /** Per feature: the range's bounds as flat arrays (−∞ / +∞ without a range), for the hot loop. */
  rangeLow: Float64Array;
  rangeHigh: Float64Array;
  /** Per feature: 1 for numeric, 0 for categorical/binary. */
  numeric: Uint8Array;
  /** Feature name → index (spec order), for names carried by an event (type violations). */
  featureIndex: ReadonlyMap<string, number>;
  /** Per feature: the expected categories (declared, else the reference's), or null for no check. */
  allowed: ReadonlyArray<ReadonlySet<string> | null>;
  tracker: CategoryTracker;
  /** features × 3 monotonic violation totals since start. */
  violationTotals: Float64Array;
}

/**
 * Records `event` (time already resolved to `at`) into `bucket`, or only into the monotonic totals when
 * `bucket` is null (an event older than the window). O(features + log bins).
 *
 * Features are read in one for-in walk while the event's keys follow the spec's order (ingest emits
 * them so, and V8 then reads each value by field index from the object's enum cache); an event in
 * another order, or with keys missing, is finished by name.
 */
export function recordEvent(
  bucket: WindowBucket | null,
  layout: BucketLayout,
  rules: RecordRules,
  event: PredictionEvent,
  at: number,
): void {
  const typeViolations = event.typeViolations;
  for (let t = 0; t < typeViolations.length; t++) {
    const i = rules.featureIndex.get(typeViolations[t]);
    if (i !== undefined) violation(bucket, rules, i, TYPE);
  }
  if (bucket !== null) {
    bucket.events++;
    if (at < bucket.firstAt) bucket.firstAt = at;
    if (at > bucket.lastAt) bucket.lastAt = at;
  }
  const features = event.features;
  const names = layout.names;
  const n = names.length;
  let k = 0;
  for (const key in features) {
    if (k === n || key !== names[k]) break;
    recordValue(bucket, layout, rules, k, features[key]);
    k++;
  }
  for (let i = k; i < n; i++) recordValue(bucket, layout, rules, i, features[names[i]]);
  if (bucket === null) return;
  recordPrediction(bucket, rules, event);
  recordServing(bucket, event);
  bucket.rows?.offer(features, names, bucket.index);
}

/** Feature `i`'s value: missing, a number into its sketch and range check, or a category. */
function recordValue(
  bucket: WindowBucket | null,
  layout: BucketLayout,
  rules: RecordRules,
  i: number,
  value: FeatureValue | undefined,
): void {
  const acc = bucket === null ? null : bucket.columns[i];
  if (value === null || value === undefined) {
    if (acc !== null) acc.missing++;
  } else if (rules.numeric[i] === 1) {
    // Ingest guarantees numbers here; anything else would be a mistyped value already counted.
    if (typeof value !== 'number') return;
    if (value < rules.rangeLow[i] || value > rules.rangeHigh[i]) violation(bucket, rules, i, RANGE);
    if (acc !== null) addNumber(acc, value, layout.features[i].binning);
  } else {
    const text = typeof value === 'string' ? value : String(value);
    const allowed = rules.allowed[i];
    if (allowed && !allowed.has(text)) violation(bucket, rules, i, UNSEEN);
    if (acc !== null) addCategory(acc, rules.tracker.fold(i, text));
  }
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
