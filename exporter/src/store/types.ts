/**
 * What the store keeps, as typed values. JSON documents owned by other layers (a monitor's state, a
 * reference profile, a cascade snapshot) pass through as `unknown` and are validated by their owner on
 * the way back (`ModelMonitor.fromJSON`, `referenceFromJSON`), so the store never needs their types.
 */
import type { LogOperation } from '../ingest/ports';

export type { LogOperation };

export type LogKind = LogOperation['kind'];

/** A logged operation with its sequence number and the arrival time (`now`) it was applied with. */
export type LogEntry = LogOperation & { seq: number; model: string; at: number };

/** A model's monitor state as of sequence number `seq` (every log entry ≤ seq of that model included). */
export interface Checkpoint {
  model: string;
  seq: number;
  at: number;
  state: unknown;
}

export interface StoredReference {
  model: string;
  takenAt: number;
  storedAt: number;
  profile: unknown;
}

/** One version of the spec the exporter ran with. */
export interface SpecRecord {
  id: number;
  name: string;
  version: string;
  sha256: string;
  recordedAt: number;
}

export interface StoredSnapshot {
  at: number;
  specSha256: string;
  snapshot: unknown;
}

/** The size of a model's log since its checkpoint, to decide when to take the next one. */
export interface LogBacklog {
  entries: number;
  bytes: number;
  events: number;
}
