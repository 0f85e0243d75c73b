/**
 * The one error a store raises when it cannot be opened or trusted: it names the file, what is wrong and
 * what to do, because the operator reading it is deciding whether to restore a backup or move a file.
 */

/** Why a store could not be opened. */
export type StoreProblem =
  | 'not_a_directory'
  | 'permission_denied'
  | 'not_sqlite'
  | 'foreign_database'
  | 'future_schema'
  | 'damaged'
  | 'in_use'
  | 'unreadable';

/** A store that cannot be opened; nothing was modified or replaced. */
export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The SQLite error code of a better-sqlite3 error (`SQLITE_BUSY` …), or the Node errno code (`EACCES`). */
export function errorCode(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** The message of anything thrown. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Why a write to the store failed: the disk (or the store's size cap) is full, an I/O error, read-only. */
export type WriteFailure = 'disk_full' | 'io' | 'read_only' | 'other';

export const WRITE_FAILURES: readonly WriteFailure[] = ['disk_full', 'io', 'read_only', 'other'];

/** A write the store could not make durable: nothing was applied; the cause says what the operator fixes. */
export class StoreWriteError extends Error {
  constructor(
    readonly failure: WriteFailure,
    message: string,
  ) {
    super(message);
    this.name = 'StoreWriteError';
  }
}

/**
 * The failure behind a write error, from its SQLite code.
 * @example writeFailureOf({ code: 'SQLITE_FULL' }) // 'disk_full'
 */
export function writeFailureOf(err: unknown): WriteFailure {
  const code = errorCode(err) ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk_full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read_only';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  return 'other';
}

/** The sentence for a failed write, naming the cause and the file, never the data. */
export function writeFailureMessage(failure: WriteFailure, file: string): string {
  const what: Record<WriteFailure, string> = {
    disk_full: `the disk holding the store ${file} is full (or the store reached its size cap)`,
    io: `the store ${file} had an I/O error`,
    read_only: `the store ${file} is read-only`,
    other: `the store ${file} could not commit the write`,
  };
  return `${what[failure]}: nothing was applied`;
}
