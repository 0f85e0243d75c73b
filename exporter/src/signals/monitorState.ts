/**
 * JSON form of a monitor's state, for the durable store. Histograms are stored sparsely ([bin, count]
 * pairs), non-finite times as null, and per-feature data by feature name, so a restore after a spec
 * edit keeps every feature whose name, type and binning still match and starts the others empty.
 */
import type { LabelBucket } from './labels';
import type { MonitorCore, MonitorTotals } from './monitorCore';
import type { PinnedState } from './pinnedReference';
import type { BucketJSON } from './bucketJson';
import { bucketFromJSON, bucketToJSON, finiteOrNull } from './bucketJson';
import { VIOLATION_SLOTS } from './windowBucket';

export const MONITOR_STATE_FORMAT = 'mlhealth-monitor/1';

type LabelBucketJSON = Omit<LabelBucket, 'reset' | 'add' | 'mergeFrom' | 'lastAt'> & {
  lastAt: number | null;
};

/** The JSON-safe state of a monitor (`ModelMonitor.toJSON`). */
export interface MonitorState {
  format: typeof MONITOR_STATE_FORMAT;
  model: string;
  windowStartedAt: number;
  lastEventAt: number | null;
  version: string;
  trainedAt: number | null;
  totals: MonitorTotals;
  violationTotals: Record<string, number[]>;
  ringSequence: number;
  buckets: BucketJSON[];
  labelSequence: number;
  labelBuckets: LabelBucketJSON[];
  pending: Array<[string, number | string, number]>;
  categories: string[][];
  anomaly: { lastRecordedAt: number | null; values: Array<[string, number[]]> };
  pinned: PinnedState | null;
}

/** The JSON-safe state of a core. O(state size). */
export function serializeCore(core: MonitorCore): MonitorState {
  const names = core.config.model.features.map((f) => f.name);
  const v = core.rules.violationTotals;
  return {
    format: MONITOR_STATE_FORMAT,
    model: core.config.model.id,
    windowStartedAt: core.windowStartedAt,
    lastEventAt: core.lastEventAt,
    version: core.version,
    trainedAt: core.trainedAt,
    totals: { ...core.totals, latencyCounts: [...core.totals.latencyCounts] },
    violationTotals: Object.fromEntries(
      names.map((n, i) => [n, Array.from(v.subarray(i * VIOLATION_SLOTS, (i + 1) * VIOLATION_SLOTS))]),
    ),
    ringSequence: core.ring.sequence,
    buckets: core.ring.allocated().map(bucketToJSON),
    labelSequence: core.labelRing.sequence,
    labelBuckets: core.labelRing.allocated().map((b) => ({ ...b, lastAt: finiteOrNull(b.lastAt) })),
    pending: core.pending.entries(),
    categories: core.rules.tracker.toJSON(),
    anomaly: core.anomaly.toJSON(),
    pinned: core.pinned ? core.pinned.toJSON() : null,
  };
}

/**
 * Loads `state` into a fresh core of the same model. Throws when the format or the model differs, so a
 * store is never silently misread.
 */
export function restoreCore(core: MonitorCore, state: MonitorState): void {
  if (state?.format !== MONITOR_STATE_FORMAT)
    throw new Error(
      `ModelMonitor.fromJSON: format is ${String(state?.format)}, expected ${MONITOR_STATE_FORMAT}`,
    );
  if (state.model !== core.config.model.id)
    throw new Error(
      `ModelMonitor.fromJSON: state is for model ${state.model}, expected ${core.config.model.id}`,
    );
  Object.assign(core, {
    windowStartedAt: state.windowStartedAt,
    lastEventAt: state.lastEventAt,
    version: state.version,
    trainedAt: state.trainedAt,
  });
  core.totals = { ...state.totals, latencyCounts: [...state.totals.latencyCounts] };
  core.config.model.features.forEach((f, i) =>
    (state.violationTotals[f.name] ?? []).forEach(
      (c, k) => (core.rules.violationTotals[i * VIOLATION_SLOTS + k] = c),
    ),
  );
  core.rules.tracker.restore(state.categories);
  core.ring.sequence = state.ringSequence;
  for (const json of state.buckets) {
    const bucket = core.ring.bucketAt(json.index);
    if (bucket) bucketFromJSON(json, bucket);
  }
  core.labelRing.sequence = state.labelSequence;
  for (const json of state.labelBuckets) {
    const bucket = core.labelRing.bucketAt(json.index);
    if (bucket) Object.assign(bucket, json, { lastAt: json.lastAt ?? -Infinity });
  }
  for (const [id, prediction, at] of state.pending) core.pending.remember(id, prediction, at);
  core.anomaly.restore(state.anomaly);
  if (core.pinned && state.pinned) core.pinned.restore(state.pinned);
}
