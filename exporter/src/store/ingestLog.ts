/**
 * The write-ahead part of the store: each acknowledged operation on a model (an event batch, labels,
 * policy violations, governance facts) is one row, committed before the caller answers 2xx. A checkpoint
 * stores a model's whole monitor state as of a sequence number and prunes the rows it covers, so the log
 * holds only what a restart must replay and the disk stays bounded.
 */
import type Database from 'better-sqlite3';
import type { LabelRecord } from '../signals/events';
import { decodeEventBatch, encodeEventBatch } from './batchCodec';
import type { Checkpoint, LogBacklog, LogEntry, LogKind, LogOperation } from './types';

interface LogRow {
  seq: number;
  model: string;
  kind: LogKind;
  at: number;
  payload: Buffer | string;
}

function encode(op: LogOperation): { payload: Buffer | string; count: number } {
  switch (op.kind) {
    case 'events':
      return { payload: encodeEventBatch(op.events), count: op.events.length };
    case 'labels':
      return { payload: JSON.stringify(op.labels), count: op.labels.length };
    case 'violations':
      return { payload: JSON.stringify(op.count), count: op.count };
    case 'facts':
      return { payload: JSON.stringify(op.facts), count: 1 };
  }
}

function decode(row: LogRow): LogEntry {
  const head = { seq: row.seq, model: row.model, at: row.at };
  switch (row.kind) {
    case 'events':
      return {
        ...head,
        kind: 'events',
        events: decodeEventBatch(Buffer.isBuffer(row.payload) ? row.payload : Buffer.from(row.payload)),
      };
    case 'labels':
      return { ...head, kind: 'labels', labels: JSON.parse(String(row.payload)) as LabelRecord[] };
    case 'violations':
      return { ...head, kind: 'violations', count: JSON.parse(String(row.payload)) as number };
    case 'facts':
      return {
        ...head,
        kind: 'facts',
        facts: JSON.parse(String(row.payload)) as { version?: string; trainedAt?: number | null },
      };
    default:
      throw new Error(
        `readLogSince: row ${row.seq} has kind '${String(row.kind)}', expected events, labels, violations or facts`,
      );
  }
}

/** Prepared statements of the log, checkpoints and counters. */
export class IngestLog {
  private readonly insert;
  private readonly bump;
  private readonly since;
  private readonly upsertCheckpoint;
  private readonly prune;
  private readonly selectCheckpoint;
  private readonly backlogOf;
  private readonly countersOf;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      'INSERT INTO ingest_log (model, kind, at, count, payload) VALUES (?, ?, ?, ?, ?)',
    );
    this.bump = db.prepare(
      'INSERT INTO counters (model, name, value) VALUES (?, ?, ?) ON CONFLICT (model, name) DO UPDATE SET value = value + excluded.value',
    );
    this.since = db.prepare(
      'SELECT seq, model, kind, at, payload FROM ingest_log WHERE model = ? AND seq > ? ORDER BY seq',
    );
    this.upsertCheckpoint = db.prepare(
      'INSERT INTO checkpoints (model, seq, at, state) VALUES (?, ?, ?, ?) ON CONFLICT (model) DO UPDATE SET seq = excluded.seq, at = excluded.at, state = excluded.state',
    );
    this.prune = db.prepare('DELETE FROM ingest_log WHERE model = ? AND seq <= ?');
    this.selectCheckpoint = db.prepare('SELECT model, seq, at, state FROM checkpoints WHERE model = ?');
    this.backlogOf = db.prepare(
      "SELECT count(*) AS entries, coalesce(sum(length(payload)), 0) AS bytes, coalesce(sum(CASE kind WHEN 'events' THEN count ELSE 0 END), 0) AS events FROM ingest_log WHERE model = @model AND seq > coalesce((SELECT seq FROM checkpoints WHERE model = @model), 0)",
    );
    this.countersOf = db.prepare('SELECT model, name, value FROM counters');
  }

  /** Appends one operation in its own transaction (with the model's counters); returns its sequence number and size. */
  append(model: string, op: LogOperation, at: number): { seq: number; bytes: number } {
    const { payload, count } = encode(op);
    return this.db.transaction(() => {
      const seq = Number(this.insert.run(model, op.kind, at, count, payload).lastInsertRowid);
      this.bump.run(model, op.kind, count);
      return { seq, bytes: payload.length };
    })();
  }

  /** The model's entries after `seq`, oldest first, decoded one at a time (the log may be large). */
  *entriesSince(model: string, seq: number): Generator<LogEntry> {
    for (const row of this.since.iterate(model, seq)) yield decode(row as LogRow);
  }

  /** Stores the model's state as of `seq` and deletes the log entries it covers, atomically. */
  checkpoint(model: string, state: unknown, seq: number, at: number): void {
    const text = JSON.stringify(state);
    this.db.transaction(() => {
      const previous = this.selectCheckpoint.get(model) as { seq: number } | undefined;
      if (previous !== undefined && seq < previous.seq) {
        throw new Error(
          `checkpoint: sequence ${seq} of model ${model} is older than the stored checkpoint ${previous.seq}`,
        );
      }
      this.upsertCheckpoint.run(model, seq, at, text);
      this.prune.run(model, seq);
    })();
  }

  readCheckpoint(model: string): Checkpoint | null {
    const row = this.selectCheckpoint.get(model) as
      { model: string; seq: number; at: number; state: string } | undefined;
    return row === undefined
      ? null
      : { model: row.model, seq: row.seq, at: row.at, state: JSON.parse(row.state) as unknown };
  }

  /** What a restart would replay for the model now. O(backlog rows). */
  backlog(model: string): LogBacklog {
    return this.backlogOf.get({ model }) as LogBacklog;
  }

  /** Running totals per model and kind: events, labels, violations (counts) and facts (operations). */
  counters(): Map<string, Map<LogKind, number>> {
    const out = new Map<string, Map<LogKind, number>>();
    for (const row of this.countersOf.iterate() as Iterable<{
      model: string;
      name: LogKind;
      value: number;
    }>) {
      let byKind = out.get(row.model);
      if (byKind === undefined) out.set(row.model, (byKind = new Map()));
      byKind.set(row.name, row.value);
    }
    return out;
  }
}
