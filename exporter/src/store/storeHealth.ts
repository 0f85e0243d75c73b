/**
 * Whether the store is taking writes: up until a write fails, up again after one succeeds, and the failed
 * writes counted by cause. The exposition reads it (`mlhealth_store_up`, `mlhealth_store_write_errors_total`),
 * `/readyz` fails while it is down, and the failed write becomes a `StoreWriteError` the HTTP layer answers
 * with 507 (disk full) or 503.
 */
import {
  StoreWriteError,
  WRITE_FAILURES,
  writeFailureMessage,
  writeFailureOf,
  type WriteFailure,
} from './storeError';

export class StoreHealth {
  private ok = true;
  private readonly errors = new Map<WriteFailure, number>(WRITE_FAILURES.map((f) => [f, 0]));

  /** A write reached the disk. */
  wrote(): void {
    this.ok = true;
  }

  /** A write failed: counts it and returns the error to throw (a `StoreWriteError` naming the cause). */
  failed(err: unknown, file: string): StoreWriteError {
    const failure = err instanceof StoreWriteError ? err.failure : writeFailureOf(err);
    this.ok = false;
    this.errors.set(failure, (this.errors.get(failure) ?? 0) + 1);
    return err instanceof StoreWriteError
      ? err
      : new StoreWriteError(failure, writeFailureMessage(failure, file));
  }

  up(): boolean {
    return this.ok;
  }

  /** Failed writes since start, by cause (every cause present, 0 included, so `rate()` works). */
  writeErrors(): ReadonlyMap<WriteFailure, number> {
    return this.errors;
  }
}
