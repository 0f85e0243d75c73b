/**
 * JSON form of one window bucket: histograms as sparse [bin, count] pairs, non-finite times as null,
 * per-feature data keyed by feature name (so a restore after a spec edit keeps what still matches).
 */
import type { FeatureValue } from './events';
import type { ColumnAcc, WindowBucket } from './windowBucket';
import { VIOLATION_SLOTS } from './windowBucket';

type AccJSON =
  | {
      kind: 'numeric';
      present: number;
      missing: number;
      sum: number;
      sumSq: number;
      min: number | null;
      max: number | null;
      bins: number;
      hist: number[] | null;
    }
  | { kind: 'categorical'; present: number; missing: number; counts: Array<[string, number]> };

export interface BucketJSON {
  index: number;
  events: number;
  firstAt: number | null;
  lastAt: number | null;
  columns: Record<string, AccJSON>;
  violations: Record<string, number[]>;
  prediction: AccJSON;
  confidenceCount: number;
  confidenceSum: number;
  lowConfidence: Array<[number, number]>;
  expected: { n: number; tp: number; fp: number; tn: number; fn: number };
  latency: { count: number; sum: number; sumSq: number; sketch: number[] | null };
  errors: number;
  attributionSum: Record<string, number>;
  attributionEvents: number;
  policyViolations: number;
  /** Rows kept for multivariate_drift: feature names, events offered, the rows (absent without such nodes). */
  rows?: { features: string[]; seen: number; rows: FeatureValue[][] };
}

/** JSON has no Infinity: non-finite numbers (empty min/max, times) are stored as null. */
export const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function sparse(a: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) out.push(i, a[i]);
  return out;
}

function unsparse(pairs: readonly number[], into: Uint32Array): void {
  for (let i = 0; i + 1 < pairs.length; i += 2) if (pairs[i] < into.length) into[pairs[i]] = pairs[i + 1];
}

function accToJSON(acc: ColumnAcc): AccJSON {
  if (acc.kind === 'categorical')
    return { kind: 'categorical', present: acc.present, missing: acc.missing, counts: [...acc.counts] };
  const { present, missing, sum, sumSq } = acc;
  return {
    kind: 'numeric',
    present,
    missing,
    sum,
    sumSq,
    min: finiteOrNull(acc.min),
    max: finiteOrNull(acc.max),
    bins: acc.hist?.length ?? 0,
    hist: acc.hist ? sparse(acc.hist) : null,
  };
}

/** Restores an accumulator when its kind and binning still match; returns false (left empty) otherwise. */
function accFromJSON(json: AccJSON | undefined, acc: ColumnAcc): boolean {
  if (json === undefined || json.kind !== acc.kind) return false;
  if (json.kind === 'categorical' && acc.kind === 'categorical') {
    for (const [k, c] of json.counts) acc.counts.set(k, c);
  } else if (json.kind === 'numeric' && acc.kind === 'numeric') {
    if ((acc.hist?.length ?? 0) !== json.bins || (json.hist === null) !== (acc.hist === null)) return false;
    if (acc.hist && json.hist) unsparse(json.hist, acc.hist);
    Object.assign(acc, {
      sum: json.sum,
      sumSq: json.sumSq,
      min: json.min ?? Infinity,
      max: json.max ?? -Infinity,
    });
  }
  acc.present = json.present;
  acc.missing = json.missing;
  return true;
}

/** The JSON form of a bucket. O(features × bins). Throws nothing. */
export function bucketToJSON(b: WindowBucket): BucketJSON {
  const names = b.layout.features.map((f) => f.name);
  return {
    index: b.index,
    events: b.events,
    firstAt: finiteOrNull(b.firstAt),
    lastAt: finiteOrNull(b.lastAt),
    columns: Object.fromEntries(names.map((n, i) => [n, accToJSON(b.columns[i])])),
    violations: Object.fromEntries(
      names.map((n, i) => [
        n,
        Array.from(b.violations.subarray(i * VIOLATION_SLOTS, (i + 1) * VIOLATION_SLOTS)),
      ]),
    ),
    prediction: accToJSON(b.prediction),
    confidenceCount: b.confidenceCount,
    confidenceSum: b.confidenceSum,
    lowConfidence: b.layout.confidenceCuts.map((cut, i) => [cut, b.lowConfidence[i]]),
    expected: { ...b.expected },
    latency: {
      count: b.latencyCount,
      sum: b.latencySum,
      sumSq: b.latencySumSq,
      sketch: b.latencySketch ? sparse(b.latencySketch) : null,
    },
    errors: b.errors,
    attributionSum: Object.fromEntries(names.map((n, i) => [n, b.attributionSum[i]])),
    attributionEvents: b.attributionEvents,
    policyViolations: b.policyViolations,
    ...(b.rows === null ? {} : { rows: { features: names, seen: b.rows.seen, rows: b.rows.rows } }),
  };
}

/**
 * Loads a bucket's JSON form into `b` (same layout or a compatible one: columns whose kind or binning
 * changed stay empty). Throws nothing.
 */
export function bucketFromJSON(json: BucketJSON, b: WindowBucket): void {
  b.reset(json.index);
  Object.assign(b, {
    events: json.events,
    firstAt: json.firstAt ?? Infinity,
    lastAt: json.lastAt ?? -Infinity,
    confidenceCount: json.confidenceCount,
    confidenceSum: json.confidenceSum,
    latencyCount: json.latency.count,
    latencySum: json.latency.sum,
    latencySumSq: json.latency.sumSq,
    errors: json.errors,
    attributionEvents: json.attributionEvents,
    policyViolations: json.policyViolations,
  });
  b.layout.features.forEach((f, i) => {
    accFromJSON(json.columns[f.name], b.columns[i]);
    (json.violations[f.name] ?? []).forEach((c, k) => (b.violations[i * VIOLATION_SLOTS + k] = c));
    b.attributionSum[i] = json.attributionSum[f.name] ?? 0;
  });
  accFromJSON(json.prediction, b.prediction);
  for (const [cut, count] of json.lowConfidence) {
    const i = b.layout.confidenceCuts.indexOf(cut);
    if (i >= 0) b.lowConfidence[i] = count;
  }
  Object.assign(b.expected, json.expected);
  if (json.latency.sketch) unsparse(json.latency.sketch, b.ensureLatencySketch());
  restoreRows(json.rows, b);
}

/**
 * Restores the kept rows when the bucket keeps rows and the features are the same, in the same order
 * (a spec edit that changes them starts the sample afresh); at most the reservoir's capacity.
 */
function restoreRows(json: BucketJSON['rows'], b: WindowBucket): void {
  if (json === undefined || b.rows === null) return;
  const names = b.layout.features.map((f) => f.name);
  if (json.features.length !== names.length || json.features.some((n, i) => n !== names[i])) return;
  b.rows.rows = json.rows.slice(0, b.rows.capacity);
  b.rows.seen = Math.max(json.seen, b.rows.rows.length);
}
