/**
 * What the store keeps, as typed values. JSON documents owned by other layers (a monitor's state, a
 * reference profile, a cascade snapshot) pass through as `unknown` and are validated by their owner on
 * the way back (`ModelMonitor.fromJSON`, `referenceFromJSON`), so the store never needs their types.
 */
import type { LabelRecord, PredictionEvent } from '../ingest/types';

/** One write to a model's state that a restart must replay, in the order it was acknowledged. */
export type LogOperation =
  | { kind: 'events'; events: PredictionEvent[] }
  | { kind: 'labels'; labels: LabelRecord[] }
  | { kind: 'violations'; count: number }
  | { kind: 'facts'; facts: { version?: string; trainedAt?: number | null } };

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
