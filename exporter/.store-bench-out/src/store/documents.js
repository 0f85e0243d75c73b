"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Documents = void 0;
class Documents {
    putRef;
    getRef;
    putSnap;
    getSnap;
    constructor(db) {
        this.putRef = db.prepare('INSERT INTO reference_profiles (model, taken_at, stored_at, profile) VALUES (?, ?, ?, ?) ON CONFLICT (model) DO UPDATE SET taken_at = excluded.taken_at, stored_at = excluded.stored_at, profile = excluded.profile');
        this.getRef = db.prepare('SELECT model, taken_at AS takenAt, stored_at AS storedAt, profile FROM reference_profiles WHERE model = ?');
        this.putSnap = db.prepare('INSERT INTO cascade_snapshot (id, at, spec_sha256, snapshot) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at, spec_sha256 = excluded.spec_sha256, snapshot = excluded.snapshot');
        this.getSnap = db.prepare('SELECT at, spec_sha256 AS specSha256, snapshot FROM cascade_snapshot WHERE id = 1');
    }
    putReference(model, profile, takenAt, storedAt) {
        this.putRef.run(model, takenAt, storedAt, JSON.stringify(profile));
    }
    getReference(model) {
        const row = this.getRef.get(model);
        return row === undefined ? null : { ...row, profile: JSON.parse(row.profile) };
    }
    saveSnapshot(snapshot, at, specSha256) {
        this.putSnap.run(at, specSha256, JSON.stringify(snapshot));
    }
    loadSnapshot() {
        const row = this.getSnap.get();
        return row === undefined ? null : { ...row, snapshot: JSON.parse(row.snapshot) };
    }
}
exports.Documents = Documents;
//# sourceMappingURL=documents.js.map