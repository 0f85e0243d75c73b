/**
 * Opening the SQLite file of a store and deciding whether it can be trusted, before anything is
 * written: the data directory must be usable, the file must be an SQLite database, ours, of a schema
 * this build knows, pass `quick_check`, and not be held by another process. Every refusal is a
 * `StoreError` naming the path and what to do; nothing is ever replaced.
 */
import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, SCHEMA_VERSION, migrate } from './schema';
import { KEEP, accessError, sqliteError } from './openErrors';
import { StoreError, errorCode, errorText } from './storeError';

/** The store's file inside the data directory. */
export const STORE_FILE = 'mlhealth.db';
/** The lock beside it: held while an exporter has the store open. */
export const LOCK_FILE = 'mlhealth.lock';

const SQLITE_HEADER = 'SQLite format 3\0';

/** How commits reach the disk (see docs/durability.md). */
export type SyncMode = 'full' | 'normal';

export interface OpenOptions {
  synchronous?: SyncMode;
  /**
   * A cap on the store file's size (`PRAGMA max_page_count`): past it a write fails as on a full disk
   * (`SQLITE_FULL`), which the exporter answers with 507 and `mlhealth_store_up 0`.
   */
  maxBytes?: number;
  /** Unix seconds, recorded with applied migrations. */
  now?: number;
}

function ensureDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = errorCode(err);
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new StoreError(
        'not_a_directory',
        dir,
        `openStore: data directory ${dir} exists and is not a directory; choose another --data-dir.`,
      );
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new StoreError(
        'permission_denied',
        dir,
        `openStore: cannot create data directory ${dir} (${code}); create it writable for this user or choose another --data-dir.`,
      );
    }
    throw new StoreError(
      'unreadable',
      dir,
      `openStore: cannot create data directory ${dir}: ${errorText(err)}`,
    );
  }
  if (!statSync(dir).isDirectory()) {
    throw new StoreError(
      'not_a_directory',
      dir,
      `openStore: data directory ${dir} is not a directory; choose another --data-dir.`,
    );
  }
  try {
    // SQLite creates the -wal file beside the database: the directory itself must be writable.
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (err) {
    throw accessError(dir, err);
  }
}

/** Reads the first 16 bytes: an existing non-empty file must carry SQLite's magic header. */
function checkHeader(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    throw accessError(file, err);
  }
  try {
    if (!statSync(file).isFile()) {
      throw new StoreError('not_sqlite', file, `openStore: ${file} is not a regular file. ${KEEP}`);
    }
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read > 0 && header.toString('latin1', 0, read) !== SQLITE_HEADER.slice(0, read)) {
      throw new StoreError(
        'not_sqlite',
        file,
        `openStore: ${file} is not an SQLite database (its header is not "SQLite format 3"). ${KEEP} Move it away to start an empty store, or point --data-dir elsewhere.`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

/** Refuses a database that is not ours, is from a newer mlhealth, or fails SQLite's own check. */
function checkIdentity(db: Database.Database, file: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
    n: number;
  };
  if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
    throw new StoreError(
      'foreign_database',
      file,
      `openStore: ${file} is an SQLite database of another application (application_id ${appId}, expected ${APPLICATION_ID}). ${KEEP} Point --data-dir at a directory of its own.`,
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      'future_schema',
      file,
      `openStore: ${file} has schema version ${version}, written by a newer mlhealth; this build knows versions up to ${SCHEMA_VERSION}. ${KEEP} Upgrade mlhealth, or choose another --data-dir.`,
    );
  }
  const check = db.pragma('quick_check', { simple: true }) as string;
  if (check !== 'ok') {
    throw new StoreError(
      'damaged',
      file,
      `openStore: ${file} is damaged (quick_check: ${check}). ${KEEP} Restore it from a backup, or move it away to start an empty store.`,
    );
  }
  return version;
}

/**
 * Takes the data directory's lock: `mlhealth.lock`, a tiny SQLite file held with an exclusive lock for
 * the life of the connection. The OS releases it with the process (kill -9 included), so there is no
 * stale lock to clean up; the store itself stays in normal locking mode, so `sqlite3 .backup` and
 * read-only inspection work while the exporter runs.
 */
function lockDirectory(dir: string): Database.Database {
  const lockFile = join(dir, LOCK_FILE);
  let lock: Database.Database | undefined;
  try {
    lock = new Database(lockFile, { timeout: 250 });
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.pragma('journal_mode = MEMORY'); // no -journal file beside it
    lock.pragma('user_version = 1'); // a write: takes the exclusive lock, kept until close
    return lock;
  } catch (err) {
    lock?.close();
    if (errorCode(err) === 'SQLITE_BUSY') {
      throw new StoreError(
        'in_use',
        dir,
        `openStore: data directory ${dir} is in use by another mlhealth process (it holds ${lockFile}); stop it or choose another --data-dir.`,
      );
    }
    throw sqliteError(lockFile, err);
  }
}

/**
 * Opens (creating when absent) `<dataDir>/mlhealth.db` in WAL mode, after taking the directory's lock,
 * checks it and migrates it to the current schema.
 *
 * @throws StoreError (never replaces or truncates a file it refuses).
 */
export function openDatabase(
  dataDir: string,
  options: OpenOptions = {},
): { db: Database.Database; lock: Database.Database; file: string } {
  const dir = resolve(dataDir);
  ensureDirectory(dir);
  const file = join(dir, STORE_FILE);
  checkHeader(file);
  const lock = lockDirectory(dir);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: 1000 });
    const version = checkIdentity(db, file);
    if ((db.pragma('journal_mode = WAL', { simple: true }) as string) !== 'wal') {
      throw new StoreError('unreadable', file, `openStore: ${file} cannot be put in WAL mode. ${KEEP}`);
    }
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.pragma('journal_size_limit = 67108864');
    if (options.maxBytes !== undefined) {
      const page = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / page))}`);
    }
    migrate(db, version, options.now ?? Date.now() / 1000);
    return { db, lock, file };
  } catch (err) {
    db?.close();
    lock.close();
    throw sqliteError(file, err);
  }
}
