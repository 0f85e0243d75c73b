/**
 * What the engine needs from the layers it ties together, as narrow interfaces: the composition root
 * (`main.ts`) passes the real signals `ModelMonitor`, the PromQL `SourceManager` adapter and the pure
 * cascade functions; tests may pass small hand-written ones. Nothing here does I/O by itself.
 */
import type { BaseObservation, CascadeInputs, CascadeSnapshot } from '../cascade/types';
import type { Spec } from '../spec/types';
import type { ScenarioImpactRow } from '../whatif/named';

/**
 * Readings of the spec's PromQL sources: observations of `promql` base nodes, exposures of impact models
 * that read a series, and each source's up flag. `refresh` queries the sources that are due and never
 * rejects: a failing source marks itself down and its nodes unknown.
 */
export interface SourcesPort {
  refresh(now: number): Promise<void>;
  observations(now: number): ReadonlyMap<string, BaseObservation>;
  exposures(now: number): ReadonlyMap<string, number | null>;
  /** Robust z-scores of the promql nodes as of the last `observations` call. */
  anomalyScores?(): ReadonlyMap<string, number | null>;
  up(): ReadonlyMap<string, boolean>;
  close?(): void;
}

/** The pure cascade engine (cascade/index.ts). */
export interface CascadePort {
  evaluate(spec: Spec, inputs: CascadeInputs, now: number): CascadeSnapshot;
  /**
   * The business impacts of each scenario declared in the spec under the live inputs (optional; the
   * composition root passes `whatif/evaluateNamedScenarios`): no row where an impact is unknown.
   */
  scenarioImpacts?(spec: Spec, inputs: CascadeInputs, now: number): readonly ScenarioImpactRow[];
}
