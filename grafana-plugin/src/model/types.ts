/**
 * The panel's view model: what `buildCascadeModel` derives from data frames, and the only thing the
 * components render.
 */
import type { Status } from './status';
import type { SeriesSource } from './series';

export type Tier = 'business' | 'component' | 'base';

export const TIERS: readonly Tier[] = ['business', 'component', 'base'];

/** Why a node has the status it shows; `series` means the status series said so. */
export type StatusSource = 'series' | 'no-status-series' | 'no-current-sample';

export interface Thresholds {
  warning: number | null;
  critical: number | null;
}

export interface Impact {
  measure: string;
  /** Amount at risk at the model's time, null when the series has no current sample. */
  value: number | null;
  /** The total the impact is a share of, null when not exported. */
  exposure: number | null;
  /** What the amount counts (`mlhealth_business_unit_info{unit}`): a currency code (`USD`), a noun (`customers`), `''` when not exported. */
  unit: string;
  /** The period of a rate (`hour`), `''` for an amount or when not exported. */
  per: string;
}

export interface ContributionShare {
  child: string;
  /** Share of the parent's score deficit, 0..1. */
  share: number;
}

export interface CascadeNode {
  id: string;
  title: string;
  tier: Tier;
  /** True when no series carried a `tier` label and the tier was inferred from the edges. */
  tierInferred: boolean;
  /** Empty for nodes that span models. */
  model: string;
  /** The contract's unit label (`ratio`, `seconds`, …), empty when unknown. */
  unit: string;
  owner: string;
  /** The runbook URL as exported, shown as text; see `safeHttpUrl` before following it. */
  runbookUrl: string;
  status: Status;
  statusSource: StatusSource;
  score: number | null;
  value: number | null;
  thresholds: Thresholds;
  /** Unix seconds of the node's last evaluation. */
  lastUpdate: number | null;
  parents: string[];
  children: string[];
  /** Sorted by share, largest first. */
  contributions: ContributionShare[];
  impacts: Impact[];
  /** Score over the time range, for the sparkline (Unix ms). */
  scoreHistory: { times: number[]; values: Array<number | null> };
  /** Base nodes: the raw statistic over the time range (Unix ms), empty when not exported. */
  valueHistory: { times: number[]; values: Array<number | null> };
  /** What a base signal measures (`mlhealth_node_info{statistic}`, e.g. `PSI`, `domain-classifier AUC`); `''` when not exported. */
  statistic: string;
  /**
   * A multivariate classifier node's separating weight per feature at the model's time
   * (`mlhealth_multivariate_feature_share`), largest first; empty for other nodes or without a current sample.
   */
  featureShares: FeatureShare[];
  /** Where the node's score (or status) series was read, for Grafana data links. */
  linkSource: SeriesSource | null;
}

export interface FeatureShare {
  feature: string;
  /** 0..1; a node's shares sum to 1. */
  share: number;
}

export interface CascadeEdge {
  parent: string;
  child: string;
  /** The rollup weight; null when the series has no sample value. */
  weight: number | null;
  /** The child's share of the parent's deficit at the model's time, null when not exported. */
  contribution: number | null;
}

export interface ImpactTotal {
  measure: string;
  total: number;
  /** Business nodes whose impact for this measure had no current sample: the total is a lower bound. */
  missing: number;
  /** Business nodes whose impact had a current sample: with none, the total is unknown, not 0. */
  known: number;
  exposure: number | null;
  /** The measure's unit and period, as on its nodes (`Impact`); `''` when none exports one. */
  unit: string;
  per: string;
}

export interface DriftSeries {
  model: string;
  feature: string;
  method: string;
  times: number[];
  values: Array<number | null>;
}

export interface Notice {
  severity: 'info' | 'warning';
  text: string;
}

export interface CascadeModel {
  /** In id order. */
  nodes: CascadeNode[];
  byId: ReadonlyMap<string, CascadeNode>;
  edges: CascadeEdge[];
  /** Unix ms the statuses describe. */
  at: number;
  /** Distinct sample times of scores and statuses, ascending: the steps of the time cursor. */
  times: number[];
  impactTotals: ImpactTotal[];
  drift: DriftSeries[];
  notices: Notice[];
}
