/**
 * When to checkpoint a model, and doing it: a checkpoint writes the model's whole monitor state and
 * prunes the log it covers, so it bounds both the disk used and the time a restart spends replaying.
 * It is taken when the log since the last one grows past a number of entries or bytes, or gets old.
 */
import type { Store } from './store';

export interface CheckpointPolicy {
  /** Log entries (batches) since the last checkpoint that trigger one. */
  maxEntries: number;
  /** Payload bytes since the last checkpoint that trigger one. */
  maxBytes: number;
  /** Seconds since the last checkpoint after which any new entry triggers one. */
  maxAgeSeconds: number;
}

/** About 32 MB or 2,000 batches of log, or a minute: a restart replays at most that. */
export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = {
  maxEntries: 2000,
  maxBytes: 32 * 1024 * 1024,
  maxAgeSeconds: 60,
};

export interface Backlog {
  entries: number;
  bytes: number;
  /** Unix seconds of the last checkpoint (or of start-up). */
  since: number;
}

/**
 * Whether a model's backlog calls for a checkpoint at `now`: never for an empty backlog; always past
 * the entry or byte limits; otherwise once `maxAgeSeconds` have passed.
 *
 * @example checkpointDue({ entries: 1, bytes: 10, since: 0 }, 61, DEFAULT_CHECKPOINT_POLICY) // true
 */
export function checkpointDue(backlog: Backlog, now: number, policy: CheckpointPolicy): boolean {
  if (backlog.entries === 0) return false;
  if (backlog.entries >= policy.maxEntries || backlog.bytes >= policy.maxBytes) return true;
  return now - backlog.since >= policy.maxAgeSeconds;
}

/** Tracks what each model applied since its checkpoint and writes checkpoints when due. */
export class Checkpointer {
  private readonly backlogs = new Map<string, Backlog & { lastSeq: number }>();

  constructor(
    private readonly store: Store,
    /** The model's state to store (`monitor.toJSON()`), read at checkpoint time. */
    private readonly stateOf: (model: string) => unknown,
    private readonly policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY,
  ) {}

  /** Starts tracking a model restored up to `lastSeq` with `entries`/`bytes` of log left to prune. */
  track(
    model: string,
    lastSeq: number,
    now: number,
    backlog: { entries: number; bytes: number } = { entries: 0, bytes: 0 },
  ): void {
    this.backlogs.set(model, { ...backlog, since: now, lastSeq });
  }

  /** Records that log entry `seq` (of `bytes` payload) was applied to the model's monitor. */
  applied(model: string, seq: number, bytes = 0): void {
    const b = this.backlogs.get(model) ?? { entries: 0, bytes: 0, since: -Infinity, lastSeq: 0 };
    b.entries++;
    b.bytes += bytes;
    b.lastSeq = Math.max(b.lastSeq, seq);
    this.backlogs.set(model, b);
  }

  /** The last sequence number applied to the model (what a checkpoint now would cover). */
  lastSeq(model: string): number {
    return this.backlogs.get(model)?.lastSeq ?? 0;
  }

  /** Checkpoints the model now, whatever its backlog (after a reference swap, at shutdown). */
  checkpoint(model: string, now: number): void {
    const b = this.backlogs.get(model) ?? { entries: 0, bytes: 0, since: now, lastSeq: 0 };
    this.store.checkpoint(model, this.stateOf(model), b.lastSeq, now);
    this.backlogs.set(model, { entries: 0, bytes: 0, since: now, lastSeq: b.lastSeq });
  }

  /** Checkpoints every model whose backlog is due; returns them. */
  checkpointDue(now: number): string[] {
    const due = [...this.backlogs].filter(([, b]) => checkpointDue(b, now, this.policy)).map(([m]) => m);
    for (const model of due) this.checkpoint(model, now);
    return due;
  }

  /** Checkpoints every model with a backlog (clean shutdown: the next start replays nothing). */
  checkpointAll(now: number): string[] {
    const due = [...this.backlogs].filter(([, b]) => b.entries > 0).map(([m]) => m);
    for (const model of due) this.checkpoint(model, now);
    return due;
  }
}
