/**
 * Group commit: operations submitted in the same turn of the event loop are logged in one transaction,
 * so concurrent ingest requests share one fsync instead of paying one each. After the commit, each
 * operation's `apply` runs synchronously, in sequence order, before anything else can run; only then
 * does its promise resolve, so a caller that answers 2xx after `await submit(...)` answers for a batch
 * that is both on disk and in memory, and a checkpoint taken between two event-loop turns is consistent.
 */
import type { Store } from './store';
import type { LogOperation } from './types';

interface Pending {
  model: string;
  op: LogOperation;
  at: number;
  apply: (seq: number, bytes: number) => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private commits = 0;
  private operations = 0;

  constructor(
    private readonly store: Store,
    /** When the queue is flushed; default: after the current I/O phase (`setImmediate`). */
    private readonly schedule: (flush: () => void) => void = (flush) => void setImmediate(flush),
  ) {}

  /**
   * Logs `op` for `model`; once committed, runs `apply(seq, bytes)` and resolves with its result. Rejects with
   * the store's error when the commit fails (then nothing of the group is logged or applied), or with
   * `apply`'s error (the operation stays logged: a restart replays it).
   */
  submit<T>(
    model: string,
    op: LogOperation,
    at: number,
    apply: (seq: number, bytes: number) => T,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ model, op, at, apply, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => this.flush());
      }
    });
  }

  /** Commits and applies everything queued now (also called by the scheduler). */
  flush(): void {
    this.scheduled = false;
    const group = this.queue;
    this.queue = [];
    if (group.length === 0) return;
    let rows: Array<{ seq: number; bytes: number }>;
    try {
      rows = this.store.atomically(() => group.map((p) => this.store.appendSized(p.model, p.op, p.at)));
    } catch (err) {
      for (const p of group) p.reject(err);
      return;
    }
    this.commits++;
    this.operations += group.length;
    group.forEach((p, i) => {
      try {
        p.resolve(p.apply(rows[i].seq, rows[i].bytes));
      } catch (err) {
        p.reject(err);
      }
    });
  }

  /** Commits so far and operations in them (operations / commits = the mean group size). */
  stats(): { commits: number; operations: number } {
    return { commits: this.commits, operations: this.operations };
  }
}
