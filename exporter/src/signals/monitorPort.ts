/**
 * What the layers above see of a model's monitor: the write side (ingest) feeds it validated events,
 * labels, references and governance facts; the engine's schedule evaluates it. `ModelMonitor` is the
 * implementation; tests wire their own.
 */
import type { LabelRecord, PredictionEvent } from './events';
import type { ReferenceProfile } from './reference';
import type { IngestSummary, LabelSummary, ModelEvaluation } from './types';

/** One model's monitor (signals/ModelMonitor satisfies it). Every method is synchronous and pure in `now`. */
export interface MonitorPort {
  ingest(events: readonly PredictionEvent[], now: number): IngestSummary;
  ingestLabels(labels: readonly LabelRecord[], now: number): LabelSummary;
  recordPolicyViolation(now: number, count?: number): void;
  setReference(profile: ReferenceProfile, now: number): void;
  setModelFacts(facts: { version?: string; trainedAt?: number | null }): void;
  evaluate(now: number): ModelEvaluation;
  /** Categories tracked so far per feature, for ingest's category limit. */
  trackedCategories(feature: string): ReadonlySet<string>;
}
