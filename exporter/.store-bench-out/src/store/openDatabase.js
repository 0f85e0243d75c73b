"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOCK_FILE = exports.STORE_FILE = void 0;
exports.openDatabase = openDatabase;
/**
 * Opening the SQLite file of a store and deciding whether it can be trusted, before anything is
 * written: the data directory must be usable, the file must be an SQLite database, ours, of a schema
 * this build knows, pass `quick_check`, and not be held by another process. Every refusal is a
 * `StoreError` naming the path and what to do; nothing is ever replaced.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const better_sqlite3_1 = __importDefault(require("better-sqlite3"));
const schema_1 = require("./schema");
const openErrors_1 = require("./openErrors");
const storeError_1 = require("./storeError");
/** The store's file inside the data directory. */
exports.STORE_FILE = 'mlhealth.db';
/** The lock beside it: held while an exporter has the store open. */
exports.LOCK_FILE = 'mlhealth.lock';
const SQLITE_HEADER = 'SQLite format 3\0';
function ensureDirectory(dir) {
    try {
        (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    }
    catch (err) {
        const code = (0, storeError_1.errorCode)(err);
        if (code === 'EEXIST' || code === 'ENOTDIR') {
            throw new storeError_1.StoreError('not_a_directory', dir, `openStore: data directory ${dir} exists and is not a directory; choose another --data-dir.`);
        }
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
            throw new storeError_1.StoreError('permission_denied', dir, `openStore: cannot create data directory ${dir} (${code}); create it writable for this user or choose another --data-dir.`);
        }
        throw new storeError_1.StoreError('unreadable', dir, `openStore: cannot create data directory ${dir}: ${(0, storeError_1.errorText)(err)}`);
    }
    if (!(0, node_fs_1.statSync)(dir).isDirectory()) {
        throw new storeError_1.StoreError('not_a_directory', dir, `openStore: data directory ${dir} is not a directory; choose another --data-dir.`);
    }
    try {
        // SQLite creates the -wal file beside the database: the directory itself must be writable.
        (0, node_fs_1.accessSync)(dir, node_fs_1.constants.R_OK | node_fs_1.constants.W_OK | node_fs_1.constants.X_OK);
    }
    catch (err) {
        throw (0, openErrors_1.accessError)(dir, err);
    }
}
/** Reads the first 16 bytes: an existing non-empty file must carry SQLite's magic header. */
function checkHeader(file) {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(file, 'r');
    }
    catch (err) {
        if ((0, storeError_1.errorCode)(err) === 'ENOENT')
            return;
        throw (0, openErrors_1.accessError)(file, err);
    }
    try {
        if (!(0, node_fs_1.statSync)(file).isFile()) {
            throw new storeError_1.StoreError('not_sqlite', file, `openStore: ${file} is not a regular file. ${openErrors_1.KEEP}`);
        }
        const header = Buffer.alloc(16);
        const read = (0, node_fs_1.readSync)(fd, header, 0, 16, 0);
        if (read > 0 && header.toString('latin1', 0, read) !== SQLITE_HEADER.slice(0, read)) {
            throw new storeError_1.StoreError('not_sqlite', file, `openStore: ${file} is not an SQLite database (its header is not "SQLite format 3"). ${openErrors_1.KEEP} Move it away to start an empty store, or point --data-dir elsewhere.`);
        }
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
/** Refuses a database that is not ours, is from a newer mlhealth, or fails SQLite's own check. */
function checkIdentity(db, file) {
    const appId = db.pragma('application_id', { simple: true });
    const version = db.pragma('user_version', { simple: true });
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get();
    if (appId !== schema_1.APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
        throw new storeError_1.StoreError('foreign_database', file, `openStore: ${file} is an SQLite database of another application (application_id ${appId}, expected ${schema_1.APPLICATION_ID}). ${openErrors_1.KEEP} Point --data-dir at a directory of its own.`);
    }
    if (version > schema_1.SCHEMA_VERSION) {
        throw new storeError_1.StoreError('future_schema', file, `openStore: ${file} has schema version ${version}, written by a newer mlhealth; this build knows versions up to ${schema_1.SCHEMA_VERSION}. ${openErrors_1.KEEP} Upgrade mlhealth, or choose another --data-dir.`);
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
        throw new storeError_1.StoreError('damaged', file, `openStore: ${file} is damaged (quick_check: ${check}). ${openErrors_1.KEEP} Restore it from a backup, or move it away to start an empty store.`);
    }
    return version;
}
/**
 * Takes the data directory's lock: `mlhealth.lock`, a tiny SQLite file held with an exclusive lock for
 * the life of the connection. The OS releases it with the process (kill -9 included), so there is no
 * stale lock to clean up; the store itself stays in normal locking mode, so `sqlite3 .backup` and
 * read-only inspection work while the exporter runs.
 */
function lockDirectory(dir) {
    const lockFile = (0, node_path_1.join)(dir, exports.LOCK_FILE);
    let lock;
    try {
        lock = new better_sqlite3_1.default(lockFile, { timeout: 250 });
        lock.pragma('locking_mode = EXCLUSIVE');
        lock.pragma('user_version = 1'); // a write: takes the exclusive lock, kept until close
        return lock;
    }
    catch (err) {
        lock?.close();
        if ((0, storeError_1.errorCode)(err) === 'SQLITE_BUSY') {
            throw new storeError_1.StoreError('in_use', dir, `openStore: data directory ${dir} is in use by another mlhealth process (it holds ${lockFile}); stop it or choose another --data-dir.`);
        }
        throw (0, openErrors_1.sqliteError)(lockFile, err);
    }
}
/**
 * Opens (creating when absent) `<dataDir>/mlhealth.db` in WAL mode, after taking the directory's lock,
 * checks it and migrates it to the current schema.
 *
 * @throws StoreError (never replaces or truncates a file it refuses).
 */
function openDatabase(dataDir, options = {}) {
    const dir = (0, node_path_1.resolve)(dataDir);
    ensureDirectory(dir);
    const file = (0, node_path_1.join)(dir, exports.STORE_FILE);
    checkHeader(file);
    const lock = lockDirectory(dir);
    let db;
    try {
        db = new better_sqlite3_1.default(file, { timeout: 1000 });
        const version = checkIdentity(db, file);
        if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
            throw new storeError_1.StoreError('unreadable', file, `openStore: ${file} cannot be put in WAL mode. ${openErrors_1.KEEP}`);
        }
        db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
        db.pragma('journal_size_limit = 67108864');
        (0, schema_1.migrate)(db, version, options.now ?? Date.now() / 1000);
        return { db, lock, file };
    }
    catch (err) {
        db?.close();
        lock.close();
        throw (0, openErrors_1.sqliteError)(file, err);
    }
}
//# sourceMappingURL=openDatabase.js.map