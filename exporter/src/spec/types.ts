/**
 * The cascade spec: one versioned YAML file declaring models, reference data, windows, every node of
 * every tier, impact models, escalation and sources. This file is the typed shape that the loader
 * (`spec/load.ts`) produces after validation; everything downstream (signals, cascade engine, server,
 * `mlhealth generate`, the catalogue) receives a `Spec` and never re-validates.
 *
 * Field names here are the YAML keys (snake_case), so the JSON Schema in `exporter/schema/` and these
 * types describe the same document. Durations are already parsed to seconds by the loader
 * (YAML accepts Prometheus-style `30s`, `5m`, `2h`, `7d`); timestamps to Unix seconds.
 *
 * Optional fields are filled with their defaults by the loader, except where the type keeps them optional
 * because "absent" has a meaning of its own (documented on the field).
 */
import type { ModelSpec, SourceSpec } from './modelTypes';
import type { NodeSpec } from './nodeTypes';
import type { EscalationPolicySpec, ScenarioSpec, TeamSpec } from './teamTypes';

export type * from './modelTypes';
export type * from './nodeTypes';
export type * from './teamTypes';

export type Tier = 'base' | 'component' | 'business';

export interface Spec {
  /** Always `mlhealth/v1` for this version of the format. */
  api_version: 'mlhealth/v1';
  /** Spec name, exported as `mlhealth_spec_info{name}`. */
  name: string;
  /** Spec version, bumped on every change of meaning (calibrate bumps it); `mlhealth_spec_info{version}`. */
  version: string;
  description?: string;
  /** ISO 4217 code of the currency impact models are expressed in, e.g. `USD`. */
  currency: string;
  defaults: SpecDefaults;
  sources: SourceSpec[];
  models: ModelSpec[];
  nodes: NodeSpec[];
  teams: TeamSpec[];
  escalation_policies: EscalationPolicySpec[];
  /** Named what-if scenarios whose impact is exported beside live impact. */
  scenarios: ScenarioSpec[];
  /** Where the exporter and dashboards live, for links in alerts (`dashboard_url`). */
  links: { grafana_url?: string; exporter_url?: string };
  /**
   * Who owns the exporter itself: its alerts (down, absent, evaluation or store failing) go to this
   * escalation policy's critical levels only. Absent: they go to every team's critical receivers.
   */
  platform?: PlatformSpec;
}

export interface PlatformSpec {
  /** The escalation policy (and through it the team) the exporter's own alerts route to. */
  escalation: string;
  /**
   * Seconds the exporter must be unreachable or failing before it alerts: a restart shorter than this
   * sends nothing. Default 120, and never less than two default evaluation intervals.
   */
  exporter_down_after: number;
}

export interface SpecDefaults {
  /** How often nodes are evaluated when neither node nor model says (seconds). Default 15. */
  evaluation_interval: number;
  /** A base node whose input is older than this is `unknown` (seconds). Default 300. */
  stale_after: number;
  /** Unknown policy for parents that do not declare one. Default `propagate`. */
  unknown_policy: UnknownPolicy;
  /**
   * The share of unknown children a `max_unknown_share` parent tolerates when it does not declare its own
   * (0..1). No default: the policy needs a share from the node or from here.
   */
  max_unknown_share?: number;
  /** Score thresholds that turn a parent's score into a status. Default warning 0.75, critical 0.5. */
  score_thresholds: { warning: number; critical: number };
  /** Metric-fatigue limits: validation warns past them. Default 7 children, 25 nodes per tier. */
  max_children: number;
  max_nodes_per_tier: number;
  /** Confidence below which a prediction counts as low-confidence. Default 0.6. */
  low_confidence_below: number;
  /**
   * What ingest does with a declared feature whose value has the wrong JSON type, for models that do
   * not say. Default `reject`; the loader always fills it (optional only so hand-built specs compile).
   */
  type_mismatch?: TypeMismatchPolicy;
}

/**
 * A declared feature given a value of the wrong JSON type (text for a numeric feature, an object for a
 * categorical one):
 * - `reject` (default): the whole batch is refused with 422, the detail naming `[i].features.<name>`,
 *   the expected and the given type; the event counts under reason `type`.
 * - `count`: the event is accepted, the value treated as missing and counted as a `type` schema
 *   violation (`mlhealth_feature_violations_total{kind="type"}`).
 * Out-of-range numbers and unseen categories are always accepted and counted (data quality, not
 * malformed input).
 */
export type TypeMismatchPolicy = 'reject' | 'count';

/**
 * How a parent treats a child whose status is `unknown`:
 * - `propagate` (default): the parent is at best `unknown`; it is never `ok` with an unknown child.
 * - `ignore`: unknown children are left out of the rollup; if all are unknown the parent is unknown.
 * - `as_critical`: an unknown child counts as score 0, status critical.
 * - `max_unknown_share`: unknown children are left out while at most `max_unknown_share` of the children
 *   are unknown (unknown/children ≤ share); past that the parent is `unknown`, as with `propagate`. For
 *   fleet-wide outcomes over hundreds of children, where one unknown child in a thousand is the norm.
 */
export type UnknownPolicy = 'propagate' | 'ignore' | 'as_critical' | 'max_unknown_share';

/** Every unknown policy, in the order the docs list them. */
export const UNKNOWN_POLICIES: readonly UnknownPolicy[] = [
  'propagate',
  'ignore',
  'as_critical',
  'max_unknown_share',
];
