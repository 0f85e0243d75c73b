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
