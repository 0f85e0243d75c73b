/**
 * The write side's contracts with the layers around it, as narrow interfaces the composition root
 * wires: the target a write lands in (`IngestTarget`: the engine), the durable log in front of it
 * (`DurabilityPort`: the store) and the port the HTTP routes call (`IngestPort`: `IngestService`).
 */
import type { LabelRecord, PredictionEvent } from '../signals/events';
import type { MonitorPort } from '../signals/monitorPort';
import type { ReferenceProfile } from '../signals/reference';
import type { ReferenceRow } from '../signals/reference';
import type { ModelSpec, Spec } from '../spec/types';

/** One write to a model's state that a restart must replay, in the order it was acknowledged. */
export type LogOperation =
  | { kind: 'events'; events: PredictionEvent[] }
  | { kind: 'labels'; labels: LabelRecord[] }
  | { kind: 'violations'; count: number }
  | { kind: 'facts'; facts: { version?: string; trainedAt?: number | null } };

/** Where accepted writes land: the live spec, each model's monitor, and a flag that state changed. */
export interface IngestTarget {
  readonly spec: Spec;
  monitor(model: string): MonitorPort | undefined;
  /** Something changed: the next tick re-evaluates the cascade. */
  markDirty(): void;
}

/**
 * The durable store's side of ingest (store/DurableState satisfies it): each acknowledged write is
 * logged and committed before `apply` runs and before the caller answers; a reference swap is saved
 * with a checkpoint of the monitor. Absent (no data directory): nothing survives a restart.
 */
export interface DurabilityPort {
  commit<T>(model: string, op: LogOperation, at: number, apply: () => T): Promise<T>;
  referenceChanged(model: string, profile: ReferenceProfile, at: number): void;
}

/** The JSON answer of an accepted write. */
export type IngestAnswer = Record<string, unknown>;

/**
 * The write side. Each method validates the body (already parsed JSON or NDJSON), applies it whole or
 * not at all, and resolves with the answer; it rejects with `IngestError` (unknown model, malformed,
 * invalid or too large) naming every problem.
 */
export interface IngestPort {
  events(model: string, body: unknown): Promise<IngestAnswer>;
  labels(model: string, body: unknown): Promise<IngestAnswer>;
  reference(model: string, body: unknown): Promise<IngestAnswer>;
  governance(model: string, body: unknown): Promise<IngestAnswer>;
  policyViolations(model: string, body: unknown): Promise<IngestAnswer>;
  /**
   * Throws the `IngestError` a write for `model` would meet before its body is read: `unknown_model`
   * for a model the spec does not declare, `misdirected` for one another exporter shard serves.
   * Receivers that hold a half of a write (KServe) ask before keeping it.
   */
  route?(model: string): void;
}

/** Why a model the spec declares is not ingested here (another shard's), or null when it is. */
export type ModelRouter = (model: string) => string | null;

/** Accepted and rejected events since start, for the self series. */
export interface IngestTotals {
  /** model → events accepted since start. */
  accepted: ReadonlyMap<string, number>;
  /** model → reason → events rejected since start. */
  rejected: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Told the validated rows of every accepted reference upload (calibration keeps them). */
export type ReferenceListener = (model: ModelSpec, rows: readonly ReferenceRow[]) => void;
