/**
 * What the exposition layer reads at scrape time: the engine is a `MetricsState` as it is (the
 * composition root passes it straight in), the ingest service an `IngestTotalsSource`. `/metrics` never
 * computes a statistic, it copies what the last evaluation left here.
 */
import type { CascadeSnapshot } from '../cascade/types';
import type { ModelDetail } from '../signals/types';
import type { Spec } from '../spec/types';
import type { ScenarioImpactRow } from '../whatif/named';
import type { IngestTotals } from '../ingest/ports';

export type { IngestTotals };

export interface MetricsState {
  readonly spec: Spec;
  /** sha256 of the spec file's text, for `mlhealth_spec_info`. */
  readonly sha256: string;
  /** The last cascade snapshot; null before the first evaluation. A new object per evaluation. */
  snapshot(): CascadeSnapshot | null;
  /** node → robust z-score of its value against its own history (null: history too short). */
  anomalyScores(): ReadonlyMap<string, number | null>;
  /** Per-model totals and detail statistics; a new array per evaluation. */
  modelDetails(): readonly ModelDetail[];
  /** source id → whether its last query answered. */
  sourcesUp(): ReadonlyMap<string, boolean>;
  /** Whether the last evaluation of the cascade succeeded. */
  up(): boolean;
  /**
   * The impact of each named scenario per node (`whatif/evaluateNamedScenarios`), computed with each
   * evaluation; a new array per evaluation. No row where the impact is unknown.
   */
  scenarioImpacts(): readonly ScenarioImpactRow[];
}

/** Accepted and rejected event counts (the ingest service is one). */
export interface IngestTotalsSource {
  totals(): IngestTotals;
}

/** Whether the durable store takes writes, and its failed writes by cause (`store/storeHealth.ts` is one). */
export interface StoreHealthSource {
  up(): boolean;
  writeErrors(): ReadonlyMap<string, number>;
}
