/**
 * Every spec version the exporter has run with: a row per change of content (by SHA-256), with the text,
 * so an audit can say which thresholds held when and diff two versions.
 */
import type Database from 'better-sqlite3';
import type { SpecRecord } from './types';

export interface SpecVersion {
  name: string;
  version: string;
  sha256: string;
  text: string;
  /** Unix seconds. */
  at: number;
}

export class SpecHistory {
  private readonly latest;
  private readonly insert;
  private readonly all;
  private readonly textOf;

  constructor(db: Database.Database) {
    this.latest = db.prepare('SELECT sha256 FROM spec_history ORDER BY id DESC LIMIT 1');
    this.insert = db.prepare(
      'INSERT INTO spec_history (name, version, sha256, text, recorded_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.all = db.prepare(
      'SELECT id, name, version, sha256, recorded_at AS recordedAt FROM spec_history ORDER BY id',
    );
    this.textOf = db.prepare('SELECT text FROM spec_history WHERE sha256 = ? ORDER BY id DESC LIMIT 1');
  }

  /** Records the spec when its content differs from the last one recorded; returns whether it did. */
  record(spec: SpecVersion): boolean {
    const last = this.latest.get() as { sha256: string } | undefined;
    if (last?.sha256 === spec.sha256) return false;
    this.insert.run(spec.name, spec.version, spec.sha256, spec.text, spec.at);
    return true;
  }

  /** Every recorded version, oldest first (without the text). */
  list(): SpecRecord[] {
    return this.all.all() as SpecRecord[];
  }

  /** The text of a recorded version, or null. */
  text(sha256: string): string | null {
    const row = this.textOf.get(sha256) as { text: string } | undefined;
    return row?.text ?? null;
  }
}
