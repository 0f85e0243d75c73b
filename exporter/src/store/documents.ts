/**
 * Single JSON documents the exporter needs back after a restart: each model's reference profile (when it
 * came through the API rather than a file) and the last computed cascade snapshot.
 */
import type Database from 'better-sqlite3';
import type { StoredReference, StoredSnapshot } from './types';

export class Documents {
  private readonly putRef;
  private readonly getRef;
  private readonly putSnap;
  private readonly getSnap;

  constructor(db: Database.Database) {
    this.putRef = db.prepare(
      'INSERT INTO reference_profiles (model, taken_at, stored_at, profile) VALUES (?, ?, ?, ?) ON CONFLICT (model) DO UPDATE SET taken_at = excluded.taken_at, stored_at = excluded.stored_at, profile = excluded.profile',
    );
    this.getRef = db.prepare(
      'SELECT model, taken_at AS takenAt, stored_at AS storedAt, profile FROM reference_profiles WHERE model = ?',
    );
    this.putSnap = db.prepare(
      'INSERT INTO cascade_snapshot (id, at, spec_sha256, snapshot) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at, spec_sha256 = excluded.spec_sha256, snapshot = excluded.snapshot',
    );
    this.getSnap = db.prepare(
      'SELECT at, spec_sha256 AS specSha256, snapshot FROM cascade_snapshot WHERE id = 1',
    );
  }

  putReference(model: string, profile: unknown, takenAt: number, storedAt: number): void {
    this.putRef.run(model, takenAt, storedAt, JSON.stringify(profile));
  }

  getReference(model: string): StoredReference | null {
    const row = this.getRef.get(model) as
      (Omit<StoredReference, 'profile'> & { profile: string }) | undefined;
    return row === undefined ? null : { ...row, profile: JSON.parse(row.profile) as unknown };
  }

  saveSnapshot(snapshot: unknown, at: number, specSha256: string): void {
    this.putSnap.run(at, specSha256, JSON.stringify(snapshot));
  }

  loadSnapshot(): StoredSnapshot | null {
    const row = this.getSnap.get() as (Omit<StoredSnapshot, 'snapshot'> & { snapshot: string }) | undefined;
    return row === undefined ? null : { ...row, snapshot: JSON.parse(row.snapshot) as unknown };
  }
}
