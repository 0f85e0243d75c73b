/**
 * Restart: a model's monitor is rebuilt from its checkpoint, then the log entries after it are applied
 * in order with the arrival times they were first applied with, so the monitor ends exactly where the
 * last acknowledged write left it.
 */
import type { LabelRecord, PredictionEvent } from '../signals/events';
import type { Store } from './store';
import type { LogEntry } from './types';

/** What replay needs from a model's monitor (signals' `ModelMonitor` and the engine's `MonitorPort` fit). */
export interface ReplayTarget {
  ingest(events: readonly PredictionEvent[], now: number): unknown;
  ingestLabels(labels: readonly LabelRecord[], now: number): unknown;
  recordPolicyViolation(now: number, count?: number): void;
  setModelFacts(facts: { version?: string; trainedAt?: number | null }): void;
}

export interface ReplayResult {
  entries: number;
  events: number;
  /** The last sequence number replayed (the checkpoint's when nothing was). */
  lastSeq: number;
  /** Entries the monitor refused, with why (they stay in the log; the rest was applied). */
  failures: string[];
}

/** Applies one logged operation to a monitor, at the time it was first applied. */
export function applyLogEntry(target: ReplayTarget, entry: LogEntry): void {
  switch (entry.kind) {
    case 'events':
      target.ingest(entry.events, entry.at);
      return;
    case 'labels':
      target.ingestLabels(entry.labels, entry.at);
      return;
    case 'violations':
      target.recordPolicyViolation(entry.at, entry.count);
      return;
    case 'facts':
      target.setModelFacts(entry.facts);
      return;
  }
}

/**
 * Applies the model's log entries after `afterSeq` to `target`. An entry the monitor throws on is
 * reported in `failures` and skipped, so one bad entry cannot keep the exporter from starting.
 * O(entries × events), decoding one entry at a time.
 */
export function replayModel(
  store: Store,
  model: string,
  target: ReplayTarget,
  afterSeq: number,
): ReplayResult {
  const result: ReplayResult = { entries: 0, events: 0, lastSeq: afterSeq, failures: [] };
  for (const entry of store.readLogSince(model, afterSeq)) {
    try {
      applyLogEntry(target, entry);
      result.entries++;
      if (entry.kind === 'events') result.events += entry.events.length;
    } catch (err) {
      result.failures.push(
        `replayModel: ${model} entry ${entry.seq} (${entry.kind}): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    result.lastSeq = entry.seq;
  }
  return result;
}
