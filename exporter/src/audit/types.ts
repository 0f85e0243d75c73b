/**
 * The audit report (`mlhealth audit`): what the spec declares about every node, and — when Prometheus
 * is given — what happened over the period. `audit.json` is this shape; `audit.md` renders it.
 * Semantics: `docs/audit.md`.
 */
import type { Direction, ThresholdDerivation, ThresholdDeriveSpec, Tier } from '../spec/types';

/** A series from the Prometheus HTTP API: its labels and (time, value) points, Unix seconds. */
export interface PromSeries {
  labels: Record<string, string>;
  points: Array<[number, number]>;
}

/** One query's answer, or why there is none. */
export type QueryResult =
  { query: string; ok: true; series: PromSeries[] } | { query: string; ok: false; error: string };

/** Everything the report reads from Prometheus (fetched by `prometheus.ts`, or fixtures in tests). */
export interface PromAuditData {
  url: string;
  /** Resolution of the range queries, seconds: durations are counted in steps of this size. */
  step: number;
  /** Range query `mlhealth_node_status` over the period. */
  nodeStatus: QueryResult;
  /** Instant query `mlhealth_node_last_update_timestamp_seconds` at the end of the period. */
  lastUpdate: QueryResult;
  /** Instant `avg_over_time(up{job="…"}[period])`: the scrape target's uptime. */
  exporterUp: QueryResult;
  /** Instant `avg_over_time(mlhealth_up[period])`. */
  mlhealthUp: QueryResult;
  /** Instant `avg_over_time(mlhealth_source_up[period])`, one series per source. */
  sourceUp: QueryResult;
  /** Range query `mlhealth_spec_info` over the period: one series per (name, version, sha256). */
  specInfo: QueryResult;
}

export interface AuditPeriod {
  start: number;
  end: number;
  seconds: number;
}

export interface AuditLineage {
  children: string[];
  /** Base nodes: what the statistic is, e.g. "PSI of feature amount". */
  signal: string | null;
  /** Raw inputs beneath the node: `events:fraud`, `reference:fraud`, `promql:prom`, `feature:fraud.amount`… */
  inputs: Array<{ id: string; label: string }>;
}

export interface AuditNode {
  id: string;
  tier: Tier;
  title: string;
  description: string | null;
  model: string | null;
  definition: string;
  owner: string | null;
  /** `node` when the node declares its owner, `model` when inherited from its model. */
  /** Where the owner comes from: `node`, `model`, or the id of the ancestor that declares it. */
  owner_from: string | null;
  cadence_seconds: number;
  cadence_from: 'node' | 'model' | 'defaults';
  provenance: string | null;
  /** The effective playbook (the node's own or the nearest ancestor's), and where it comes from. */
  playbook: string | null;
  playbook_from: string | null;
  /** The effective escalation policy id, and where it comes from. */
  escalation: string | null;
  escalation_from: string | null;
  lineage: AuditLineage;
}

export interface AuditThreshold {
  node: string;
  unit: string;
  warning: number;
  critical: number;
  direction: Direction;
  baseline: number | null;
  /**
   * `derived` by calibration, `awaiting_calibration` (a rule but no derivation yet), `score_defaults`
   * (a parent reading its score with `defaults.score_thresholds`), or `declared` in the spec.
   */
  origin: 'derived' | 'awaiting_calibration' | 'score_defaults' | 'declared';
  rule: ThresholdDeriveSpec | null;
  derivation: ThresholdDerivation | null;
}

/** A section that needs Prometheus says so instead of inventing numbers. */
export type Needs = { available: false; reason: string; queries: string[] };

export interface NodeAvailability {
  node: string;
  /** Seconds of the period with a status sample (steps × step). */
  observed_seconds: number;
  unknown_seconds: number;
  longest_unknown_seconds: number;
  /** Start of the unknown streak still running at the end of the period, else null. */
  unknown_since: number | null;
  last_update: number | null;
  /** end − last_update; stale when over `defaults.stale_after`. */
  last_update_age_seconds: number | null;
  stale: boolean;
}

export interface UptimeEntry {
  labels: Record<string, string>;
  /** Mean of the series' samples over the period, 0..1. */
  ratio: number;
}

export interface SpecVersionSeen {
  /** The exporter instance that exported it (`instance` label). */
  instance: string;
  name: string;
  version: string;
  sha256: string;
  first_seen: number;
  last_seen: number;
}

export interface SpecVersionChange {
  at: number;
  instance: string;
  from: { version: string; sha256: string };
  to: { version: string; sha256: string };
  /** True when the content changed but the version did not: a change of meaning without a bump. */
  content_changed_without_version_bump: boolean;
}

export type Availability =
  Needs | { available: true; step: number; nodes: NodeAvailability[]; errors: string[] };
export type Uptime =
  | Needs
  | {
      available: true;
      exporter: UptimeEntry[];
      mlhealth_up: UptimeEntry[];
      sources: UptimeEntry[];
      sources_without_data: string[];
      errors: string[];
    };
export type SpecVersions =
  | Needs
  | {
      available: true;
      versions: SpecVersionSeen[];
      changes: SpecVersionChange[];
      audited_file_ran_last: boolean | null;
      errors: string[];
    };

export interface AuditReport {
  generated_at: number;
  spec: { name: string; version: string; sha256: string; file: string; description: string | null };
  period: AuditPeriod;
  prometheus: string | null;
  nodes: AuditNode[];
  gaps: { no_owner: string[]; no_playbook: string[] };
  score_thresholds: { warning: number; critical: number };
  thresholds: AuditThreshold[];
  availability: Availability;
  uptime: Uptime;
  spec_versions: SpecVersions;
}
