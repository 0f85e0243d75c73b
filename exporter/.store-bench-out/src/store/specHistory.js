"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SpecHistory = void 0;
class SpecHistory {
    latest;
    insert;
    all;
    textOf;
    constructor(db) {
        this.latest = db.prepare('SELECT sha256 FROM spec_history ORDER BY id DESC LIMIT 1');
        this.insert = db.prepare('INSERT INTO spec_history (name, version, sha256, text, recorded_at) VALUES (?, ?, ?, ?, ?)');
        this.all = db.prepare('SELECT id, name, version, sha256, recorded_at AS recordedAt FROM spec_history ORDER BY id');
        this.textOf = db.prepare('SELECT text FROM spec_history WHERE sha256 = ? ORDER BY id DESC LIMIT 1');
    }
    /** Records the spec when its content differs from the last one recorded; returns whether it did. */
    record(spec) {
        const last = this.latest.get();
        if (last?.sha256 === spec.sha256)
            return false;
        this.insert.run(spec.name, spec.version, spec.sha256, spec.text, spec.at);
        return true;
    }
    /** Every recorded version, oldest first (without the text). */
    list() {
        return this.all.all();
    }
    /** The text of a recorded version, or null. */
    text(sha256) {
        const row = this.textOf.get(sha256);
        return row?.text ?? null;
    }
}
exports.SpecHistory = SpecHistory;
//# sourceMappingURL=specHistory.js.map