/**
 * One bucket of a model's window ring: everything the base signals need about the events that fell into
 * it, in space fixed by the layout (features × bins), never by the number of events. Buckets merge by
 * addition, so the window is the sum of its live buckets.
 */
import type { BucketLayout } from './layout';
import { LATENCY_SKETCH_BINS } from './latencySketch';
import { RowReservoir } from './rowReservoir';

export interface NumericAcc {
  kind: 'numeric';
  /** Counts per fine bin (layout.binning), null for a column without reference binning. */
  hist: Uint32Array | null;
  present: number;
  missing: number;
  sum: number;
  sumSq: number;
  min: number;
  max: number;
}

export interface CategoricalAcc {
  kind: 'categorical';
  counts: Map<string, number>;
  present: number;
  missing: number;
}

export type ColumnAcc = NumericAcc | CategoricalAcc;

/** Schema violation kinds, in the order of the per-feature `violations` slots. */
export const VIOLATION_SLOTS = 3;

export class WindowBucket {
  /** Ring index: the time bucket (floor(t / width)) or the count chunk; −1 when empty. */
  index = -1;
  events = 0;
  firstAt = Infinity;
  lastAt = -Infinity;
  readonly columns: ColumnAcc[];
  /** features × 3 counts: [type, range, unseen_category] per feature. */
  readonly violations: Uint32Array;
  readonly prediction: ColumnAcc;
  confidenceCount = 0;
  confidenceSum = 0;
  /** Events with confidence below each `layout.confidenceCuts[i]`. */
  readonly lowConfidence: Uint32Array;
  /** CBPE expected confusion counts (events with both prediction and confidence, positive class set). */
  readonly expected = { n: 0, tp: 0, fp: 0, tn: 0, fn: 0 };
  latencyCount = 0;
  latencySum = 0;
  latencySumSq = 0;
  latencySketch: Uint32Array | null = null;
  errors = 0;
  readonly attributionSum: Float64Array;
  attributionEvents = 0;
  policyViolations = 0;
  /** Rows kept for multivariate_drift (not merged: the window's sample is drawn from every bucket's). */
  readonly rows: RowReservoir | null;

  constructor(readonly layout: BucketLayout) {
    this.rows = layout.rowsPerBucket > 0 ? new RowReservoir(layout.rowsPerBucket) : null;
    this.columns = layout.features.map((c) => emptyAcc(c.type, c.binning?.binCount ?? null));
    this.violations = new Uint32Array(layout.features.length * VIOLATION_SLOTS);
    this.prediction = emptyAcc(layout.prediction.type, layout.prediction.binning?.binCount ?? null);
    this.lowConfidence = new Uint32Array(layout.confidenceCuts.length);
    this.attributionSum = new Float64Array(layout.features.length);
  }

  /** Empties the bucket for reuse under a new ring index (no reallocation). */
  reset(index: number): void {
    this.index = index;
    this.events = 0;
    this.firstAt = Infinity;
    this.lastAt = -Infinity;
    for (const acc of this.columns) resetAcc(acc);
    this.violations.fill(0);
    resetAcc(this.prediction);
    this.confidenceCount = 0;
    this.confidenceSum = 0;
    this.lowConfidence.fill(0);
    Object.assign(this.expected, { n: 0, tp: 0, fp: 0, tn: 0, fn: 0 });
    this.latencyCount = 0;
    this.latencySum = 0;
    this.latencySumSq = 0;
    this.latencySketch?.fill(0);
    this.errors = 0;
    this.attributionSum.fill(0);
    this.attributionEvents = 0;
    this.policyViolations = 0;
    this.rows?.reset();
  }

  /** Adds another bucket's counts into this one (same layout). O(features × bins). */
  mergeFrom(other: WindowBucket): void {
    this.events += other.events;
    this.firstAt = Math.min(this.firstAt, other.firstAt);
    this.lastAt = Math.max(this.lastAt, other.lastAt);
    this.columns.forEach((acc, i) => mergeAcc(acc, other.columns[i]));
    addInto(this.violations, other.violations);
    mergeAcc(this.prediction, other.prediction);
    this.confidenceCount += other.confidenceCount;
    this.confidenceSum += other.confidenceSum;
    addInto(this.lowConfidence, other.lowConfidence);
    for (const k of ['n', 'tp', 'fp', 'tn', 'fn'] as const) this.expected[k] += other.expected[k];
    this.latencyCount += other.latencyCount;
    this.latencySum += other.latencySum;
    this.latencySumSq += other.latencySumSq;
    if (other.latencySketch) addInto(this.ensureLatencySketch(), other.latencySketch);
    this.errors += other.errors;
    addInto(this.attributionSum, other.attributionSum);
    this.attributionEvents += other.attributionEvents;
    this.policyViolations += other.policyViolations;
  }

  ensureLatencySketch(): Uint32Array {
    if (!this.latencySketch) this.latencySketch = new Uint32Array(LATENCY_SKETCH_BINS);
    return this.latencySketch;
  }
}

function emptyAcc(type: string, bins: number | null): ColumnAcc {
  if (type === 'numeric') {
    const hist = bins === null ? null : new Uint32Array(bins);
    return { kind: 'numeric', hist, present: 0, missing: 0, sum: 0, sumSq: 0, min: Infinity, max: -Infinity };
  }
  return { kind: 'categorical', counts: new Map(), present: 0, missing: 0 };
}

function resetAcc(acc: ColumnAcc): void {
  acc.present = 0;
  acc.missing = 0;
  if (acc.kind === 'categorical') {
    acc.counts.clear();
    return;
  }
  acc.hist?.fill(0);
  acc.sum = 0;
  acc.sumSq = 0;
  acc.min = Infinity;
  acc.max = -Infinity;
}

function mergeAcc(into: ColumnAcc, from: ColumnAcc): void {
  into.present += from.present;
  into.missing += from.missing;
  if (into.kind === 'categorical' && from.kind === 'categorical') {
    for (const [k, c] of from.counts) into.counts.set(k, (into.counts.get(k) ?? 0) + c);
    return;
  }
  if (into.kind === 'numeric' && from.kind === 'numeric') {
    if (into.hist && from.hist) addInto(into.hist, from.hist);
    into.sum += from.sum;
    into.sumSq += from.sumSq;
    into.min = Math.min(into.min, from.min);
    into.max = Math.max(into.max, from.max);
  }
}

function addInto(into: Uint32Array | Float64Array, from: Uint32Array | Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] += from[i];
}
