/**
 * When to checkpoint a model, and doing it: a checkpoint writes the model's whole monitor state and
 * prunes the log it covers, so it bounds both the disk used and the time a restart spends replaying.
 *
 * Rule: a model is due when its log since the last checkpoint holds ≥ `maxEntries` entries or
 * ≥ `maxBytes` payload bytes (checked right after every write, so no ingest rate can overshoot them),
 * or, for a non-empty log, `maxAgeSeconds` after the last checkpoint (checked every second too).
 * A replay costs about a·entries + b·bytes (decoding and applying: a per entry, b per feature value,
 * and values are what the bytes count), so the two size limits bound the replay after `kill -9`;
 * the age limit only bounds how stale the checkpoint of a slow model gets.
 * Defaults, measured (docs/durability.md "Restart time", `npm run bench:restart`): 8 MiB ≈ 38,500
 * events of 20 features replay in ~0.4 s of CPU, 2,000 one-event entries in ~0.16 s, so a restart
 * after `kill -9` replays well under a second of CPU at any ingest rate; the checkpoints this takes
 * cost no measurable CPU on the write path (`bench/checkpointCost.ts`: within ±4 % of never).
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

/** 2,000 entries or 8 MiB of log, or a minute: after `kill -9` a restart replays at most that. */
export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = {
  maxEntries: 2000,
  maxBytes: 8 * 1024 * 1024,
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

  /** Checkpoints the model if its backlog is due (right after a write); returns whether it did. */
  checkpointIfDue(model: string, now: number): boolean {
    const b = this.backlogs.get(model);
    if (b === undefined || !checkpointDue(b, now, this.policy)) return false;
    this.checkpoint(model, now);
    return true;
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
