"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Store = exports.MAX_AUTOMATIC_ANNOTATIONS = void 0;
exports.openStore = openStore;
exports.openMemoryStore = openMemoryStore;
/**
 * The durable store of one exporter: an SQLite file in the data directory (WAL, a directory lock, every
 * commit synced by default). `openStore` refuses a file it cannot trust with a `StoreError`; the `Store`
 * is synchronous, so a caller that awaits nothing between `append…` and its 2xx answer has the batch on
 * disk when it answers. docs/durability.md gives the guarantees and the restart sequence.
 */
const better_sqlite3_1 = __importDefault(require("better-sqlite3"));
const annotationTable_1 = require("./annotationTable");
const documents_1 = require("./documents");
const ingestLog_1 = require("./ingestLog");
const openDatabase_1 = require("./openDatabase");
const schema_1 = require("./schema");
const specHistory_1 = require("./specHistory");
/** Automatic annotations kept (the oldest beyond are deleted); user annotations are never deleted by the store. */
exports.MAX_AUTOMATIC_ANNOTATIONS = 100_000;
class Store {
    db;
    file;
    lock;
    log;
    documents;
    specs;
    notes;
    closed = false;
    constructor(db, 
    /** The SQLite file (`:memory:` for a store that keeps nothing). */
    file, 
    /** The data directory's lock, released on close. */
    lock = null) {
        this.db = db;
        this.file = file;
        this.lock = lock;
        this.log = new ingestLog_1.IngestLog(db);
        this.documents = new documents_1.Documents(db);
        this.specs = new specHistory_1.SpecHistory(db);
        this.notes = new annotationTable_1.AnnotationTable(db);
    }
    /** Runs `fn` in one transaction (nested store calls join it): all of it is on disk, or none. */
    atomically(fn) {
        return this.db.transaction(fn)();
    }
    // ——— ingest log and checkpoints ———
    /** Appends any logged operation; returns its sequence number once committed. */
    append(model, op, at) {
        return this.log.append(model, op, at).seq;
    }
    /** `append`, also returning the row's payload size in bytes (for checkpoint policies). */
    appendSized(model, op, at) {
        return this.log.append(model, op, at);
    }
    /** An accepted event batch, as one row; returns its sequence number once committed. */
    appendIngestBatch(model, events, at) {
        return this.append(model, { kind: 'events', events: [...events] }, at);
    }
    /** Late labels, replayed in order with the events they join. */
    appendLabels(model, labels, at) {
        return this.append(model, { kind: 'labels', labels: [...labels] }, at);
    }
    /** The model's log entries after `seq`, oldest first (a lazy iterator: do not write to the store while iterating). */
    readLogSince(model, seq) {
        return this.log.entriesSince(model, seq);
    }
    /** Stores the model's monitor state as of `uptoSeq` and prunes the log entries it covers. */
    checkpoint(model, state, uptoSeq, at) {
        this.log.checkpoint(model, state, uptoSeq, at);
    }
    readCheckpoint(model) {
        return this.log.readCheckpoint(model);
    }
    /** What a restart would replay for the model (entries, payload bytes, events). */
    backlog(model) {
        return this.log.backlog(model);
    }
    /** Everything ever acknowledged, per model and kind (events, labels, violations, facts). */
    counters() {
        return this.log.counters();
    }
    // ——— documents ———
    putReference(model, profile, takenAt, storedAt) {
        this.documents.putReference(model, profile, takenAt, storedAt);
    }
    getReference(model) {
        return this.documents.getReference(model);
    }
    saveSnapshot(snapshot, at, specSha256) {
        this.documents.saveSnapshot(snapshot, at, specSha256);
    }
    loadSnapshot() {
        return this.documents.loadSnapshot();
    }
    /** Records the spec when it differs from the last recorded one; returns whether it did. */
    recordSpec(spec) {
        return this.specs.record(spec);
    }
    listSpecs() {
        return this.specs.list();
    }
    specText(sha256) {
        return this.specs.text(sha256);
    }
    // ——— annotations ———
    addAnnotation(draft, createdAt, pushToGrafana = false) {
        return this.notes.add(draft, createdAt, pushToGrafana);
    }
    /** Several annotations in one commit; automatic ones beyond `MAX_AUTOMATIC_ANNOTATIONS` are trimmed. */
    addAnnotations(drafts, createdAt, pushToGrafana = false) {
        return this.atomically(() => {
            const added = this.notes.addAll(drafts, createdAt, pushToGrafana);
            if (drafts.some((d) => d.source === 'auto'))
                this.notes.trimAutomatic(exports.MAX_AUTOMATIC_ANNOTATIONS);
            return added;
        });
    }
    getAnnotation(id) {
        return this.notes.get(id);
    }
    deleteAnnotation(id) {
        return this.notes.delete(id);
    }
    queryAnnotations(query) {
        return this.notes.query(query);
    }
    pendingGrafanaPushes(limit) {
        return this.notes.pendingPushes(limit);
    }
    markGrafanaPushed(id, grafanaId) {
        this.notes.markPushed(id, grafanaId);
    }
    markGrafanaPushFailed(id, error, final) {
        this.notes.markPushFailed(id, error, final);
    }
    // ——— life cycle ———
    /** The settings in force, read back from SQLite: journal mode, sync level, locking mode. */
    durability() {
        const levels = ['off', 'normal', 'full', 'extra'];
        return {
            journalMode: this.db.pragma('journal_mode', { simple: true }),
            synchronous: levels[this.db.pragma('synchronous', { simple: true })],
            lockingMode: this.db.pragma('locking_mode', { simple: true }),
        };
    }
    get isOpen() {
        return !this.closed;
    }
    /** Checkpoints the WAL into the main file and releases the directory's lock. Idempotent. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.db.close();
        this.lock?.close();
    }
}
exports.Store = Store;
/**
 * Opens the store in `dataDir` (created when absent), checked and migrated.
 *
 * @throws StoreError naming the path and what to do when the directory or file cannot be used.
 * @example const store = openStore('./data'); store.appendIngestBatch('fraud', events, now); // → 1
 */
function openStore(dataDir, options = {}) {
    const { db, lock, file } = (0, openDatabase_1.openDatabase)(dataDir, options);
    return new Store(db, file, lock);
}
/**
 * A store in memory, same schema and API, for an exporter without a data directory (the demo, tests):
 * everything works, nothing survives the process.
 */
function openMemoryStore(now = Date.now() / 1000) {
    const db = new better_sqlite3_1.default(':memory:');
    (0, schema_1.migrate)(db, 0, now);
    return new Store(db, ':memory:');
}
//# sourceMappingURL=store.js.map