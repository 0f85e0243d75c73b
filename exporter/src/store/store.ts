/**
 * The durable store of one exporter: an SQLite file in the data directory (WAL, a directory lock, every
 * commit synced by default). `openStore` refuses a file it cannot trust with a `StoreError`; the `Store`
 * is synchronous, so a caller that awaits nothing between `append…` and its 2xx answer has the batch on
 * disk when it answers. docs/durability.md gives the guarantees and the restart sequence.
 */
import Database from 'better-sqlite3';
import type { Annotation, AnnotationDraft, AnnotationQuery, PendingPush } from '../annotations/types';
import type { LabelRecord, PredictionEvent } from '../signals/events';
import { AnnotationTable } from './annotationTable';
import { Documents } from './documents';
import { IngestLog } from './ingestLog';
import { openDatabase, type OpenOptions } from './openDatabase';
import { migrate } from './schema';
import { SpecHistory, type SpecVersion } from './specHistory';
import type {
  Checkpoint,
  LogBacklog,
  LogEntry,
  LogKind,
  LogOperation,
  SpecRecord,
  StoredReference,
  StoredSnapshot,
} from './types';

/** Automatic annotations kept (the oldest beyond are deleted); user annotations are never deleted by the store. */
export const MAX_AUTOMATIC_ANNOTATIONS = 100_000;

export class Store {
  private readonly log: IngestLog;
  private readonly documents: Documents;
  private readonly specs: SpecHistory;
  private readonly notes: AnnotationTable;
  private closed = false;

  constructor(
    private readonly db: Database.Database,
    /** The SQLite file (`:memory:` for a store that keeps nothing). */
    readonly file: string,
    /** The data directory's lock, released on close. */
    private readonly lock: Database.Database | null = null,
  ) {
    this.log = new IngestLog(db);
    this.documents = new Documents(db);
    this.specs = new SpecHistory(db);
    this.notes = new AnnotationTable(db);
  }

  /** Runs `fn` in one transaction (nested store calls join it): all of it is on disk, or none. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ——— ingest log and checkpoints ———

  /** Appends any logged operation; returns its sequence number once committed. */
  append(model: string, op: LogOperation, at: number): number {
    return this.log.append(model, op, at).seq;
  }

  /** `append`, also returning the row's payload size in bytes (for checkpoint policies). */
  appendSized(model: string, op: LogOperation, at: number): { seq: number; bytes: number } {
    return this.log.append(model, op, at);
  }

  /** An accepted event batch, as one row; returns its sequence number once committed. */
  appendIngestBatch(model: string, events: readonly PredictionEvent[], at: number): number {
    return this.append(model, { kind: 'events', events: [...events] }, at);
  }

  /** Late labels, replayed in order with the events they join. */
  appendLabels(model: string, labels: readonly LabelRecord[], at: number): number {
    return this.append(model, { kind: 'labels', labels: [...labels] }, at);
  }

  /** The model's log entries after `seq`, oldest first (a lazy iterator: do not write to the store while iterating). */
  readLogSince(model: string, seq: number): Iterable<LogEntry> {
    return this.log.entriesSince(model, seq);
  }

  /** Stores the model's monitor state as of `uptoSeq` and prunes the log entries it covers. */
  checkpoint(model: string, state: unknown, uptoSeq: number, at: number): void {
    this.log.checkpoint(model, state, uptoSeq, at);
  }

  readCheckpoint(model: string): Checkpoint | null {
    return this.log.readCheckpoint(model);
  }

  /** What a restart would replay for the model (entries, payload bytes, events). */
  backlog(model: string): LogBacklog {
    return this.log.backlog(model);
  }

  /** Everything ever acknowledged, per model and kind (events, labels, violations, facts). */
  counters(): Map<string, Map<LogKind, number>> {
    return this.log.counters();
  }

  // ——— documents ———

  putReference(model: string, profile: unknown, takenAt: number, storedAt: number): void {
    this.documents.putReference(model, profile, takenAt, storedAt);
  }

  getReference(model: string): StoredReference | null {
    return this.documents.getReference(model);
  }

  saveSnapshot(snapshot: unknown, at: number, specSha256: string): void {
    this.documents.saveSnapshot(snapshot, at, specSha256);
  }

  loadSnapshot(): StoredSnapshot | null {
    return this.documents.loadSnapshot();
  }

  /** Records the spec when it differs from the last recorded one; returns whether it did. */
  recordSpec(spec: SpecVersion): boolean {
    return this.specs.record(spec);
  }

  listSpecs(): SpecRecord[] {
    return this.specs.list();
  }

  specText(sha256: string): string | null {
    return this.specs.text(sha256);
  }

  // ——— annotations ———

  addAnnotation(draft: AnnotationDraft, createdAt: number, pushToGrafana = false): Annotation {
    return this.notes.add(draft, createdAt, pushToGrafana);
  }

  /** Several annotations in one commit; automatic ones beyond `MAX_AUTOMATIC_ANNOTATIONS` are trimmed. */
  addAnnotations(drafts: readonly AnnotationDraft[], createdAt: number, pushToGrafana = false): Annotation[] {
    return this.atomically(() => {
      const added = this.notes.addAll(drafts, createdAt, pushToGrafana);
      if (drafts.some((d) => d.source === 'auto')) this.notes.trimAutomatic(MAX_AUTOMATIC_ANNOTATIONS);
      return added;
    });
  }

  getAnnotation(id: number): Annotation | null {
    return this.notes.get(id);
  }

  deleteAnnotation(id: number): boolean {
    return this.notes.delete(id);
  }

  queryAnnotations(query: AnnotationQuery): Annotation[] {
    return this.notes.query(query);
  }

  pendingGrafanaPushes(limit: number): PendingPush[] {
    return this.notes.pendingPushes(limit);
  }

  markGrafanaPushed(id: number, grafanaId: number | null): void {
    this.notes.markPushed(id, grafanaId);
  }

  markGrafanaPushFailed(id: number, error: string, final: boolean): void {
    this.notes.markPushFailed(id, error, final);
  }

  // ——— life cycle ———

  /** The settings in force, read back from SQLite: journal mode, sync level, locking mode. */
  durability(): {
    journalMode: string;
    synchronous: 'off' | 'normal' | 'full' | 'extra';
    lockingMode: string;
  } {
    const levels = ['off', 'normal', 'full', 'extra'] as const;
    return {
      journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
      synchronous: levels[this.db.pragma('synchronous', { simple: true }) as number],
      lockingMode: this.db.pragma('locking_mode', { simple: true }) as string,
    };
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Checkpoints the WAL into the main file and releases the directory's lock. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    this.lock?.close();
  }
}

/**
 * Opens the store in `dataDir` (created when absent), checked and migrated.
 *
 * @throws StoreError naming the path and what to do when the directory or file cannot be used.
 * @example const store = openStore('./data'); store.appendIngestBatch('fraud', events, now); // → 1
 */
export function openStore(dataDir: string, options: OpenOptions = {}): Store {
  const { db, lock, file } = openDatabase(dataDir, options);
  return new Store(db, file, lock);
}

/**
 * A store in memory, same schema and API, for an exporter without a data directory (the demo, tests):
 * everything works, nothing survives the process.
 */
export function openMemoryStore(now = Date.now() / 1000): Store {
  const db = new Database(':memory:');
  migrate(db, 0, now);
  return new Store(db, ':memory:');
}
