"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCHEMA_VERSION = exports.MIGRATIONS = exports.APPLICATION_ID = void 0;
exports.migrate = migrate;
/** `PRAGMA application_id` of an mlhealth store: "MLHS" in ASCII, so `file` and sqlite3 can tell it apart. */
exports.APPLICATION_ID = 0x4d4c4853;
const V1 = `
CREATE TABLE schema_migrations (
  version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at REAL NOT NULL);
-- AUTOINCREMENT: a sequence number is never reused, even after every row below a checkpoint is pruned.
CREATE TABLE ingest_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, model TEXT NOT NULL, kind TEXT NOT NULL,
  at REAL NOT NULL, count INTEGER NOT NULL, payload BLOB NOT NULL);
CREATE INDEX ingest_log_model_seq ON ingest_log (model, seq);
CREATE TABLE checkpoints (
  model TEXT PRIMARY KEY, seq INTEGER NOT NULL, at REAL NOT NULL, state TEXT NOT NULL);
CREATE TABLE counters (
  model TEXT NOT NULL, name TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (model, name)) WITHOUT ROWID;
CREATE TABLE reference_profiles (
  model TEXT PRIMARY KEY, taken_at REAL NOT NULL, stored_at REAL NOT NULL, profile TEXT NOT NULL);
CREATE TABLE spec_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL,
  text TEXT NOT NULL, recorded_at REAL NOT NULL);
CREATE TABLE cascade_snapshot (
  id INTEGER PRIMARY KEY CHECK (id = 1), at REAL NOT NULL, spec_sha256 TEXT NOT NULL, snapshot TEXT NOT NULL);
CREATE TABLE annotations (
  id INTEGER PRIMARY KEY AUTOINCREMENT, time REAL NOT NULL, time_end REAL, text TEXT NOT NULL,
  tags TEXT NOT NULL, nodes TEXT NOT NULL, source TEXT NOT NULL CHECK (source IN ('user', 'auto')),
  created_at REAL NOT NULL,
  grafana_state TEXT CHECK (grafana_state IN ('pending', 'pushed', 'failed')),
  grafana_id INTEGER, grafana_attempts INTEGER NOT NULL DEFAULT 0, grafana_error TEXT);
CREATE INDEX annotations_time ON annotations (time);
CREATE INDEX annotations_pending ON annotations (id) WHERE grafana_state = 'pending';
`;
/** Every migration, in order; the last version is the schema this build writes. */
exports.MIGRATIONS = [
    {
        version: 1,
        description: 'ingest log, checkpoints, counters, references, spec history, snapshot, annotations',
        sql: V1,
    },
];
exports.SCHEMA_VERSION = exports.MIGRATIONS[exports.MIGRATIONS.length - 1].version;
/**
 * Brings a store from `current` to `SCHEMA_VERSION`, one transaction per migration. `current` must not be
 * newer (the caller refuses those). Returns the versions applied.
 */
function migrate(db, current, now) {
    const applied = [];
    for (const m of exports.MIGRATIONS) {
        if (m.version <= current)
            continue;
        db.transaction(() => {
            db.exec(m.sql);
            db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(m.version, m.description, now);
            db.pragma(`application_id = ${exports.APPLICATION_ID}`);
            db.pragma(`user_version = ${m.version}`);
        })();
        applied.push(m.version);
    }
    return applied;
}
//# sourceMappingURL=schema.js.map