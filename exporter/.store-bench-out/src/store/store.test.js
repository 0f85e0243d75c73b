"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const better_sqlite3_1 = __importDefault(require("better-sqlite3"));
const events_1 = require("./__fixtures__/events");
const tempDir_1 = require("./__fixtures__/tempDir");
const schema_1 = require("./schema");
const store_1 = require("./store");
const NOW = 1_700_000_000;
let open = [];
function fresh(dir = (0, tempDir_1.tempDir)()) {
    const store = (0, store_1.openStore)(dir, { now: NOW });
    open.push(store);
    return store;
}
function reopen(store) {
    store.close();
    return fresh(store.file.replace(/\/mlhealth\.db$/, ''));
}
afterEach(() => {
    for (const s of open)
        s.close();
    open = [];
    (0, tempDir_1.removeTempDirs)();
});
describe('openStore on an empty directory', () => {
    it('creates a WAL store, synced on every commit, at the current schema', () => {
        const store = fresh();
        expect(store.durability()).toEqual({ journalMode: 'wal', synchronous: 'full', lockingMode: 'normal' });
        store.close();
        const normal = (0, store_1.openStore)((0, tempDir_1.tempDir)(), { synchronous: 'normal' });
        open.push(normal);
        expect(normal.durability().synchronous).toBe('normal');
        const db = new better_sqlite3_1.default(store.file, { readonly: true });
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(db.pragma('user_version', { simple: true })).toBe(schema_1.SCHEMA_VERSION);
        expect(db.pragma('application_id', { simple: true })).toBe(schema_1.APPLICATION_ID);
        expect(db.prepare('SELECT version, applied_at AS at FROM schema_migrations').all()).toEqual([
            { version: 1, at: NOW },
        ]);
        db.close();
    });
    it('can be read and backed up by another connection while open (sqlite3 .backup works online)', async () => {
        const store = fresh();
        store.appendIngestBatch('fraud', (0, events_1.batchOf)(1), NOW);
        const reader = new better_sqlite3_1.default(store.file, { readonly: true });
        const copy = `${(0, tempDir_1.tempDir)()}/backup.db`;
        await reader.backup(copy);
        reader.close();
        const backup = new better_sqlite3_1.default(copy, { readonly: true });
        expect(backup.prepare('SELECT count(*) AS n FROM ingest_log').get()).toEqual({ n: 1 });
        backup.close();
    });
    it('creates missing parent directories', () => {
        const store = fresh(`${(0, tempDir_1.tempDir)()}/a/b/data`);
        expect(store.file).toMatch(/\/a\/b\/data\/mlhealth\.db$/);
    });
});
describe('the ingest log', () => {
    it('gives increasing sequence numbers and reads back every operation in order, equal to what was written', () => {
        const store = fresh();
        const s1 = store.appendIngestBatch('fraud', (0, events_1.batchOf)(1), NOW + 1);
        const s2 = store.appendLabels('fraud', [{ id: 'b1-0', label: '1' }], NOW + 2);
        const s3 = store.append('fraud', { kind: 'violations', count: 3 }, NOW + 3);
        const s4 = store.append('fraud', { kind: 'facts', facts: { version: 'v7', trainedAt: NOW - 86400 } }, NOW + 4);
        store.appendIngestBatch('recs', (0, events_1.batchOf)(2), NOW + 5);
        expect([s1, s2, s3, s4]).toEqual([1, 2, 3, 4]);
        const entries = [...store.readLogSince('fraud', 0)];
        expect(entries).toEqual([
            { seq: 1, model: 'fraud', at: NOW + 1, kind: 'events', events: (0, events_1.batchOf)(1) },
            { seq: 2, model: 'fraud', at: NOW + 2, kind: 'labels', labels: [{ id: 'b1-0', label: '1' }] },
            { seq: 3, model: 'fraud', at: NOW + 3, kind: 'violations', count: 3 },
            {
                seq: 4,
                model: 'fraud',
                at: NOW + 4,
                kind: 'facts',
                facts: { version: 'v7', trainedAt: NOW - 86400 },
            },
        ]);
        expect([...store.readLogSince('fraud', 2)].map((e) => e.seq)).toEqual([3, 4]);
        expect([...store.readLogSince('recs', 0)].map((e) => e.seq)).toEqual([5]);
    });
    it('keeps every committed operation across a reopen', () => {
        let store = fresh();
        for (let i = 1; i <= 20; i++)
            store.appendIngestBatch('fraud', (0, events_1.batchOf)(i), NOW + i);
        store = reopen(store);
        const entries = [...store.readLogSince('fraud', 0)];
        expect(entries).toHaveLength(20);
        entries.forEach((e, k) => expect(e).toEqual({
            seq: k + 1,
            model: 'fraud',
            at: NOW + k + 1,
            kind: 'events',
            events: (0, events_1.batchOf)(k + 1),
        }));
    });
    it('counts events, labels and violations per model in the same commit as the row', () => {
        const store = fresh();
        store.appendIngestBatch('fraud', (0, events_1.batchOf)(1), NOW);
        store.appendIngestBatch('fraud', (0, events_1.batchOf)(2), NOW);
        store.appendLabels('fraud', [
            { id: 'x', label: 1 },
            { id: 'y', label: 0 },
        ], NOW);
        store.append('recs', { kind: 'violations', count: 4 }, NOW);
        const counters = reopen(store).counters();
        expect(counters.get('fraud')?.get('events')).toBe((0, events_1.batchOf)(1).length + (0, events_1.batchOf)(2).length);
        expect(counters.get('fraud')?.get('labels')).toBe(2);
        expect(counters.get('recs')?.get('violations')).toBe(4);
    });
});
describe('checkpoints', () => {
    it('store the state, prune the entries they cover, and leave the rest to replay', () => {
        const store = fresh();
        for (let i = 1; i <= 5; i++)
            store.appendIngestBatch('fraud', (0, events_1.batchOf)(i), NOW + i);
        store.appendIngestBatch('recs', (0, events_1.batchOf)(9), NOW);
        store.checkpoint('fraud', { through: 3 }, 3, NOW + 10);
        expect(store.readCheckpoint('fraud')).toEqual({
            model: 'fraud',
            seq: 3,
            at: NOW + 10,
            state: { through: 3 },
        });
        expect([...store.readLogSince('fraud', 0)].map((e) => e.seq)).toEqual([4, 5]);
        expect([...store.readLogSince('recs', 0)].map((e) => e.seq)).toEqual([6]);
        expect(store.backlog('fraud')).toEqual({
            entries: 2,
            bytes: expect.any(Number),
            events: (0, events_1.batchOf)(4).length + (0, events_1.batchOf)(5).length,
        });
        expect(store.readCheckpoint('recs')).toBeNull();
    });
    it('never reuses a sequence number after the whole log was pruned', () => {
        let store = fresh();
        const last = store.appendIngestBatch('fraud', (0, events_1.batchOf)(1), NOW);
        store.checkpoint('fraud', { n: 1 }, last, NOW);
        store = reopen(store);
        const next = store.appendIngestBatch('fraud', (0, events_1.batchOf)(2), NOW);
        expect(next).toBeGreaterThan(last);
        expect([...store.readLogSince('fraud', store.readCheckpoint('fraud')?.seq ?? 0)].map((e) => e.seq)).toEqual([next]);
    });
    it('refuses to go back to an older sequence number', () => {
        const store = fresh();
        store.appendIngestBatch('fraud', (0, events_1.batchOf)(1), NOW);
        store.appendIngestBatch('fraud', (0, events_1.batchOf)(2), NOW);
        store.checkpoint('fraud', { n: 2 }, 2, NOW);
        expect(() => store.checkpoint('fraud', { n: 1 }, 1, NOW)).toThrow('checkpoint: sequence 1 of model fraud is older than the stored checkpoint 2');
        expect(store.readCheckpoint('fraud')?.state).toEqual({ n: 2 });
    });
    it('commits a reference swap and its checkpoint together or not at all', () => {
        const store = fresh();
        store.appendIngestBatch('fraud', (0, events_1.batchOf)(1), NOW);
        expect(() => store.atomically(() => {
            store.putReference('fraud', { format: 'x', rows: 10 }, NOW, NOW);
            store.checkpoint('fraud', { n: 1 }, 1, NOW);
            throw new Error('crash in the middle');
        })).toThrow('crash in the middle');
        expect(store.getReference('fraud')).toBeNull();
        expect(store.readCheckpoint('fraud')).toBeNull();
        expect([...store.readLogSince('fraud', 0)]).toHaveLength(1);
    });
});
describe('documents and spec history', () => {
    it('keep the latest reference per model and the last cascade snapshot across a reopen', () => {
        let store = fresh();
        store.putReference('fraud', { rows: 1 }, NOW - 100, NOW);
        store.putReference('fraud', { rows: 2 }, NOW - 50, NOW + 1);
        store.saveSnapshot({ at: NOW, nodes: [{ id: 'a', status: 'ok' }] }, NOW, 'abc');
        store.saveSnapshot({ at: NOW + 60, nodes: [{ id: 'a', status: 'critical' }] }, NOW + 60, 'abc');
        store = reopen(store);
        expect(store.getReference('fraud')).toEqual({
            model: 'fraud',
            takenAt: NOW - 50,
            storedAt: NOW + 1,
            profile: { rows: 2 },
        });
        expect(store.getReference('recs')).toBeNull();
        expect(store.loadSnapshot()).toEqual({
            at: NOW + 60,
            specSha256: 'abc',
            snapshot: { at: NOW + 60, nodes: [{ id: 'a', status: 'critical' }] },
        });
    });
    it('records a spec version only when its content changed', () => {
        let store = fresh();
        const spec = { name: 'fraud', version: '1', sha256: 'aaa', text: 'name: fraud\n', at: NOW };
        expect(store.recordSpec(spec)).toBe(true);
        expect(store.recordSpec({ ...spec, at: NOW + 5 })).toBe(false);
        store = reopen(store);
        expect(store.recordSpec({ ...spec, at: NOW + 9 })).toBe(false);
        expect(store.recordSpec({
            ...spec,
            version: '2',
            sha256: 'bbb',
            text: 'name: fraud\nversion: 2\n',
            at: NOW + 10,
        })).toBe(true);
        expect(store.recordSpec({ ...spec, at: NOW + 20 })).toBe(true);
        expect(store.listSpecs()).toEqual([
            { id: 1, name: 'fraud', version: '1', sha256: 'aaa', recordedAt: NOW },
            { id: 2, name: 'fraud', version: '2', sha256: 'bbb', recordedAt: NOW + 10 },
            { id: 3, name: 'fraud', version: '1', sha256: 'aaa', recordedAt: NOW + 20 },
        ]);
        expect(store.specText('bbb')).toBe('name: fraud\nversion: 2\n');
        expect(store.specText('ccc')).toBeNull();
    });
});
//# sourceMappingURL=store.test.js.map