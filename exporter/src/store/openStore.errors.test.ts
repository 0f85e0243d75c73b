/**
 * A store that cannot be trusted stops start-up with a message naming the file and what to do, and is
 * left exactly as it was: every case below checks the file's bytes before and after.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { batchOf } from './__fixtures__/events';
import { removeTempDirs, tempDir } from './__fixtures__/tempDir';
import { STORE_FILE } from './openDatabase';
import { openStore } from './store';
import { StoreError } from './storeError';

afterEach(removeTempDirs);

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** openStore's StoreError on `dir`, asserting the store file was not modified. */
function refusal(dir: string): StoreError {
  const file = join(dir, STORE_FILE);
  const before = digest(file);
  let caught: unknown;
  try {
    openStore(dir).close();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(StoreError);
  expect(digest(file)).toBe(before);
  return caught as StoreError;
}

/** A closed store with some data, its directory returned. */
function populated(): string {
  const dir = tempDir();
  const store = openStore(dir);
  for (let i = 1; i <= 60; i++) store.appendIngestBatch('fraud', batchOf(i), i);
  store.close();
  return dir;
}

describe('openStore refuses', () => {
  it('a file that is not an SQLite database, naming it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, STORE_FILE), 'timestamp,amount\n1,2\n');
    const err = refusal(dir);
    expect(err.problem).toBe('not_sqlite');
    expect(err.message).toContain(`${join(dir, STORE_FILE)} is not an SQLite database`);
    expect(err.message).toContain('never replaces a store');
  });

  it('an SQLite database of another application', () => {
    const dir = tempDir();
    const other = new Database(join(dir, STORE_FILE));
    other.exec('CREATE TABLE grafana_dashboards (id INTEGER PRIMARY KEY)');
    other.close();
    const err = refusal(dir);
    expect(err.problem).toBe('foreign_database');
    expect(err.message).toContain('is an SQLite database of another application');
  });

  it('a store written by a newer mlhealth (schema from the future)', () => {
    const dir = populated();
    const db = new Database(join(dir, STORE_FILE));
    db.pragma('user_version = 99');
    db.close();
    const err = refusal(dir);
    expect(err.problem).toBe('future_schema');
    expect(err.message).toContain(
      'has schema version 99, written by a newer mlhealth; this build knows versions up to 1',
    );
  });

  it('a damaged store (pages overwritten), telling to restore a backup', () => {
    const dir = populated();
    const file = join(dir, STORE_FILE);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
    closeSync(fd);
    const err = refusal(dir);
    expect(err.problem).toBe('damaged');
    expect(err.message).toContain(`${file} is damaged`);
    expect(err.message).toContain('Restore it from a backup');
  });

  it('a store held by another open store (another exporter on the same directory)', () => {
    const dir = populated();
    const first = openStore(dir);
    try {
      const err = refusal(dir);
      expect(err.problem).toBe('in_use');
      expect(err.message).toBe(
        `openStore: data directory ${dir} is in use by another mlhealth process (it holds ${join(dir, 'mlhealth.lock')}); stop it or choose another --data-dir.`,
      );
      expect(first.appendIngestBatch('fraud', batchOf(61), 61)).toBeGreaterThan(0);
    } finally {
      first.close();
    }
    expect(() => openStore(dir).close()).not.toThrow();
  });

  it('a data directory that is a file', () => {
    const dir = tempDir();
    const notDir = join(dir, 'data');
    writeFileSync(notDir, 'x');
    expect(() => openStore(notDir)).toThrow(
      `openStore: data directory ${notDir} exists and is not a directory`,
    );
    expect(readFileSync(notDir, 'utf8')).toBe('x');
  });
});

describe('openStore without permission', () => {
  /** Runs openStore in a child as `nobody` when we are root (root ignores modes), else as ourselves. */
  function openAsUnprivileged(dir: string): { ok: boolean; problem?: string; message?: string } {
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const child = spawnSync(
      process.execPath,
      ['--require', require.resolve('tsx/cjs'), join(__dirname, '__fixtures__', 'openInChild.ts'), dir],
      {
        encoding: 'utf8',
        timeout: 30_000,
        ...asNobody,
      },
    );
    expect(child.stderr).toBe('');
    return JSON.parse(child.stdout) as { ok: boolean; problem?: string; message?: string };
  }

  it('on the store file: permission denied, naming the file', () => {
    const dir = populated();
    chmodSync(dir, 0o777);
    chmodSync(join(dir, STORE_FILE), 0o000);
    const outcome = openAsUnprivileged(dir);
    expect(outcome).toMatchObject({ ok: false, problem: 'permission_denied' });
    expect(outcome.message).toContain(`permission denied on ${join(dir, STORE_FILE)}`);
  });

  it('on the data directory: permission denied, naming it', () => {
    const dir = populated();
    chmodSync(dir, 0o000);
    const outcome = openAsUnprivileged(dir);
    expect(outcome).toMatchObject({ ok: false, problem: 'permission_denied' });
    expect(outcome.message).toContain(`permission denied on ${dir} (EACCES)`);
    chmodSync(dir, 0o700);
  });
});
