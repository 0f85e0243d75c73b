"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A store that cannot be trusted stops start-up with a message naming the file and what to do, and is
 * left exactly as it was: every case below checks the file's bytes before and after.
 */
const node_child_process_1 = require("node:child_process");
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const better_sqlite3_1 = __importDefault(require("better-sqlite3"));
const events_1 = require("./__fixtures__/events");
const tempDir_1 = require("./__fixtures__/tempDir");
const openDatabase_1 = require("./openDatabase");
const store_1 = require("./store");
const storeError_1 = require("./storeError");
afterEach(tempDir_1.removeTempDirs);
function digest(file) {
    return (0, node_crypto_1.createHash)('sha256').update((0, node_fs_1.readFileSync)(file)).digest('hex');
}
/** openStore's StoreError on `dir`, asserting the store file was not modified. */
function refusal(dir) {
    const file = (0, node_path_1.join)(dir, openDatabase_1.STORE_FILE);
    const before = digest(file);
    let caught;
    try {
        (0, store_1.openStore)(dir).close();
    }
    catch (err) {
        caught = err;
    }
    expect(caught).toBeInstanceOf(storeError_1.StoreError);
    expect(digest(file)).toBe(before);
    return caught;
}
/** A closed store with some data, its directory returned. */
function populated() {
    const dir = (0, tempDir_1.tempDir)();
    const store = (0, store_1.openStore)(dir);
    for (let i = 1; i <= 60; i++)
        store.appendIngestBatch('fraud', (0, events_1.batchOf)(i), i);
    store.close();
    return dir;
}
describe('openStore refuses', () => {
    it('a file that is not an SQLite database, naming it', () => {
        const dir = (0, tempDir_1.tempDir)();
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, openDatabase_1.STORE_FILE), 'timestamp,amount\n1,2\n');
        const err = refusal(dir);
        expect(err.problem).toBe('not_sqlite');
        expect(err.message).toContain(`${(0, node_path_1.join)(dir, openDatabase_1.STORE_FILE)} is not an SQLite database`);
        expect(err.message).toContain('never replaces a store');
    });
    it('an SQLite database of another application', () => {
        const dir = (0, tempDir_1.tempDir)();
        const other = new better_sqlite3_1.default((0, node_path_1.join)(dir, openDatabase_1.STORE_FILE));
        other.exec('CREATE TABLE grafana_dashboards (id INTEGER PRIMARY KEY)');
        other.close();
        const err = refusal(dir);
        expect(err.problem).toBe('foreign_database');
        expect(err.message).toContain('is an SQLite database of another application');
    });
    it('a store written by a newer mlhealth (schema from the future)', () => {
        const dir = populated();
        const db = new better_sqlite3_1.default((0, node_path_1.join)(dir, openDatabase_1.STORE_FILE));
        db.pragma('user_version = 99');
        db.close();
        const err = refusal(dir);
        expect(err.problem).toBe('future_schema');
        expect(err.message).toContain('has schema version 99, written by a newer mlhealth; this build knows versions up to 1');
    });
    it('a damaged store (pages overwritten), telling to restore a backup', () => {
        const dir = populated();
        const file = (0, node_path_1.join)(dir, openDatabase_1.STORE_FILE);
        const fd = (0, node_fs_1.openSync)(file, 'r+');
        (0, node_fs_1.writeSync)(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
        (0, node_fs_1.closeSync)(fd);
        const err = refusal(dir);
        expect(err.problem).toBe('damaged');
        expect(err.message).toContain(`${file} is damaged`);
        expect(err.message).toContain('Restore it from a backup');
    });
    it('a store held by another open store (another exporter on the same directory)', () => {
        const dir = populated();
        const first = (0, store_1.openStore)(dir);
        try {
            const err = refusal(dir);
            expect(err.problem).toBe('in_use');
            expect(err.message).toBe(`openStore: data directory ${dir} is in use by another mlhealth process (it holds ${(0, node_path_1.join)(dir, 'mlhealth.lock')}); stop it or choose another --data-dir.`);
            expect(first.appendIngestBatch('fraud', (0, events_1.batchOf)(61), 61)).toBeGreaterThan(0);
        }
        finally {
            first.close();
        }
        expect(() => (0, store_1.openStore)(dir).close()).not.toThrow();
    });
    it('a data directory that is a file', () => {
        const dir = (0, tempDir_1.tempDir)();
        const notDir = (0, node_path_1.join)(dir, 'data');
        (0, node_fs_1.writeFileSync)(notDir, 'x');
        expect(() => (0, store_1.openStore)(notDir)).toThrow(`openStore: data directory ${notDir} exists and is not a directory`);
        expect((0, node_fs_1.readFileSync)(notDir, 'utf8')).toBe('x');
    });
});
describe('openStore without permission', () => {
    /** Runs openStore in a child as `nobody` when we are root (root ignores modes), else as ourselves. */
    function openAsUnprivileged(dir) {
        const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
        const child = (0, node_child_process_1.spawnSync)(process.execPath, ['--require', require.resolve('tsx/cjs'), (0, node_path_1.join)(__dirname, '__fixtures__', 'openInChild.ts'), dir], {
            encoding: 'utf8',
            timeout: 30_000,
            ...asNobody,
        });
        expect(child.stderr).toBe('');
        return JSON.parse(child.stdout);
    }
    it('on the store file: permission denied, naming the file', () => {
        const dir = populated();
        (0, node_fs_1.chmodSync)(dir, 0o777);
        (0, node_fs_1.chmodSync)((0, node_path_1.join)(dir, openDatabase_1.STORE_FILE), 0o000);
        const outcome = openAsUnprivileged(dir);
        expect(outcome).toMatchObject({ ok: false, problem: 'permission_denied' });
        expect(outcome.message).toContain(`permission denied on ${(0, node_path_1.join)(dir, openDatabase_1.STORE_FILE)}`);
    });
    it('on the data directory: permission denied, naming it', () => {
        const dir = populated();
        (0, node_fs_1.chmodSync)(dir, 0o000);
        const outcome = openAsUnprivileged(dir);
        expect(outcome).toMatchObject({ ok: false, problem: 'permission_denied' });
        expect(outcome.message).toContain(`permission denied on ${dir} (EACCES)`);
        (0, node_fs_1.chmodSync)(dir, 0o700);
    });
});
//# sourceMappingURL=openStore.errors.test.js.map