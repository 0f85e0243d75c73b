/**
 * The spec as users write it (after YAML, before the loader fills defaults): durations are strings or
 * seconds, timestamps strings or numbers, most keys optional. Only schema-valid data is read as these
 * types, so the casts at the boundary are checked by `SPEC_SCHEMA`.
 */
import type {
  DecaySpec,
  Direction,
  DriftMethod,
  EscalationLevelSpec,
  FeatureType,
  ImpactSpec,
  NodeUnit,
  RollupSpec,
  ScenarioChange,
  ScoreMapping,
  SignalSpec,
  Tier,
  TypeMismatchPolicy,
  UnknownPolicy,
} from './types';

export type RawDuration = string | number;
export type RawTimestamp = string | number;
export type RawScalar = string | number | boolean;

export interface RawSpec {
  api_version: 'mlhealth/v1';
  name: string;
  version: string | number;
  description?: string;
  currency?: string;
  defaults?: RawDefaults;
  sources?: RawSource[];
  models?: RawModel[];
  nodes?: RawNode[];
  teams?: RawTeam[];
  escalation_policies?: RawPolicy[];
  scenarios?: Array<{ id: string; title: string; description?: string; changes: ScenarioChange[] }>;
  links?: { grafana_url?: string; exporter_url?: string };
  platform?: { escalation: string; exporter_down_after?: RawDuration };
}

export interface RawDefaults {
  evaluation_interval?: RawDuration;
  stale_after?: RawDuration;
  unknown_policy?: UnknownPolicy;
  max_unknown_share?: number;
  score_thresholds?: { warning?: number; critical?: number };
  max_children?: number;
  max_nodes_per_tier?: number;
  low_confidence_below?: number;
  type_mismatch?: TypeMismatchPolicy;
}

export interface RawSource {
  id: string;
  type: 'prometheus';
  url: string;
  timeout?: RawDuration;
  auth?: {
    bearer_token_file?: string;
    bearer_token_env?: string;
    basic_auth?: { username: string; password_file?: string; password_env?: string };
  };
}

export interface RawFeature {
  name: string;
  type: FeatureType;
  range?: [number, number];
  categories?: RawScalar[];
  drift_method?: DriftMethod;
  importance?: number;
}

export interface RawModel {
  id: string;
  title?: string;
  version: string | number;
  trained_at?: RawTimestamp;
  task: 'classification' | 'regression';
  owner?: string;
  features: RawFeature[];
  reference?: { file?: string; window?: { start: RawTimestamp; end: RawTimestamp } };
  reference_taken_at?: RawTimestamp;
  window?: { duration?: RawDuration; count?: number };
  evaluation_interval?: RawDuration;
  sample_size?: number;
  bins?: number;
  correction?: 'none' | 'bonferroni' | 'bh';
  positive_class?: RawScalar;
  type_mismatch?: TypeMismatchPolicy;
  kserve?: { name?: string; prediction?: string; confidence?: string };
}

export interface RawThresholds {
  /** A number, or a duration string for nodes measured in seconds. */
  warning?: number | string;
  critical?: number | string;
  direction?: Direction;
  baseline?: number | string;
  derive?: {
    method: 'reference_chunks' | 'history_quantile';
    k?: number;
    critical_k?: number;
    chunks?: number;
    quantile?: number;
    critical_quantile?: number;
  };
  derived?: {
    method: 'reference_chunks' | 'history_quantile';
    at: RawTimestamp;
    k?: number;
    critical_k?: number;
    quantile?: number;
    critical_quantile?: number;
    chunks?: number;
    mean?: number;
    std?: number;
    samples?: number;
  };
}

export interface RawNode {
  id: string;
  tier: Tier;
  title?: string;
  description?: string;
  model?: string;
  owner?: string;
  provenance?: string;
  playbook?: string;
  cadence?: RawDuration;
  escalation?: string;
  page?: boolean;
  signal?: SignalSpec;
  unit?: NodeUnit;
  thresholds?: RawThresholds;
  score_mapping?: ScoreMapping;
  objective?: { target: number; period?: RawDuration; latency_below?: number };
  children?: Array<string | { node: string; weight?: number }>;
  rollup?: RollupSpec;
  unknown_policy?: UnknownPolicy;
  max_unknown_share?: number;
  impact?: ImpactSpec;
  decay?: Omit<DecaySpec, 'grace' | 'half_life' | 'floor'> & {
    grace?: RawDuration;
    half_life: RawDuration;
    floor?: number;
  };
  retrain_trigger?: { status: 'warning' | 'critical'; for?: RawDuration };
}

export interface RawTeam {
  id: string;
  title?: string;
  receivers: Array<{ type: string; name: string; [key: string]: unknown }>;
  business_hours?: { weekdays: string[]; start: string; end: string; location: string };
}

export interface RawPolicy {
  id: string;
  team: string;
  levels: Array<Omit<EscalationLevelSpec, 'respond_within'> & { respond_within: RawDuration }>;
}
