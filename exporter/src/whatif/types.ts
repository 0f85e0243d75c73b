/**
 * What-if requests and outcomes: the shapes shared by the scenario engine adapter (`run.ts`), the
 * `POST /api/v1/scenarios` router and `mlhealth scenario`. Semantics: `docs/whatif.md`.
 */
import type { CascadeSnapshot } from '../cascade/types';
import type { ScenarioChange } from '../spec/types';
import type { Status } from '../spec/status';

/** Market conditions of a scenario: the same degradation priced under other exposures. */
export interface MarketConditions {
  /** Every impact node's exposure × this factor (peak season ×3). Applied after `exposures`. */
  scale_exposure?: number;
  /** Node id → exposure that replaces the node's constant or reading (a price change). */
  exposures?: Record<string, number>;
}

/** A validated what-if request (the body of `POST /api/v1/scenarios`). */
export interface ScenarioRequest {
  /** Id of a scenario declared in the spec whose changes come first. */
  named?: string;
  changes: ScenarioChange[];
  failure: 'unknown' | 'worst_case';
  market: MarketConditions;
}

/** Live versus scenario impact of one node with an impact model. Amounts are null when unknown. */
export interface ImpactDelta {
  node: string;
  title: string;
  measure: string;
  unit: string;
  live: number | null;
  scenario: number | null;
  /** scenario − live; null when either is unknown (never priced as zero). */
  difference: number | null;
  live_status: Status;
  scenario_status: Status;
  /** Why an amount is missing, when one is (e.g. "exposure is unknown"). */
  live_unknown_reason?: string;
  scenario_unknown_reason?: string;
}

/** A scenario run: both cascades, the changes actually applied, and the impact deltas. */
export interface ScenarioOutcome {
  at: number;
  /** Every change applied, in order: the named scenario's, the request's, then the market's. */
  changes: ScenarioChange[];
  failure: 'unknown' | 'worst_case';
  /** Changes that applied but affected nothing (from `applyScenario`). */
  notes: string[];
  live: CascadeSnapshot;
  scenario: CascadeSnapshot;
  impacts: ImpactDelta[];
}
