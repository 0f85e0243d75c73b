/**
 * Raw (schema-valid) spec → typed `Spec` with every default filled, durations in seconds and timestamps
 * in Unix seconds. Nodes are converted in `convertNodes.ts`. Problems only visible while converting
 * (a base node without thresholds, a direction the kind cannot supply) are returned as issues.
 */
import { toNFC } from './nfc';
import type { PathSegment } from './issues';
import type { RawDefaults, RawModel, RawPolicy, RawSource, RawSpec, RawTeam, RawTimestamp } from './raw';
import { seconds, unixSeconds, type IssueSink } from './convertValues';
import type {
  EscalationPolicySpec,
  FeatureSpec,
  ModelSpec,
  PlatformSpec,
  ReceiverSpec,
  ReferenceSpec,
  SourceSpec,
  Spec,
  SpecDefaults,
  TeamSpec,
} from './types';
import { convertNode } from './convertNodes';

/** Defaults of `SpecDefaults`, as documented in types.ts and the schema. */
export const SPEC_DEFAULTS: SpecDefaults = {
  evaluation_interval: 15,
  stale_after: 300,
  unknown_policy: 'propagate',
  score_thresholds: { warning: 0.75, critical: 0.5 },
  max_children: 7,
  max_nodes_per_tier: 25,
  low_confidence_below: 0.6,
  type_mismatch: 'reject',
};

/** The sections whose elements the loader can drop when they fail the schema. */
export type Section = 'sources' | 'models' | 'nodes' | 'teams' | 'escalation_policies' | 'scenarios';

/** For each section, the index in the file of each element that was kept (elements with schema errors are left out). */
export type Origins = Record<Section, number[]>;

/** Origins when nothing was left out. */
export function identityOrigins(raw: RawSpec): Origins {
  const range = (list: unknown[] | undefined): number[] => (list ?? []).map((_, i) => i);
  return {
    sources: range(raw.sources),
    models: range(raw.models),
    nodes: range(raw.nodes),
    teams: range(raw.teams),
    escalation_policies: range(raw.escalation_policies),
    scenarios: range(raw.scenarios),
  };
}

/** Converts schema-valid raw data; `origins` maps each kept element back to its index in the file. */
export function convertSpec(raw: RawSpec, origins: Origins, sink: IssueSink): Spec {
  const at = (section: Section, i: number): PathSegment[] => [section, origins[section][i] ?? i];
  const defaults = convertDefaults(raw.defaults ?? {}, sink);
  const models = (raw.models ?? []).map((m, i) => convertModel(m, defaults, at('models', i), sink));
  const modelById = new Map(models.map((m) => [m.id, m]));
  return {
    api_version: 'mlhealth/v1',
    name: raw.name,
    version: String(raw.version),
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    currency: raw.currency ?? 'USD',
    defaults,
    sources: (raw.sources ?? []).map((s, i) => convertSource(s, at('sources', i), sink)),
    models,
    nodes: (raw.nodes ?? []).map((n, i) => convertNode(n, { defaults, modelById }, at('nodes', i), sink)),
    teams: (raw.teams ?? []).map(convertTeam),
    escalation_policies: (raw.escalation_policies ?? []).map((p, i) =>
      convertPolicy(p, at('escalation_policies', i), sink),
    ),
    scenarios: (raw.scenarios ?? []).map((s) => structuredClone(s)),
    links: { ...(raw.links ?? {}) },
    ...(raw.platform !== undefined ? { platform: convertPlatform(raw.platform, defaults, sink) } : {}),
  };
}

/** Default seconds before the exporter alerts about itself: a restart shorter than this sends nothing. */
export const EXPORTER_DOWN_AFTER = 120;

function convertPlatform(
  raw: NonNullable<RawSpec['platform']>,
  defaults: SpecDefaults,
  sink: IssueSink,
): PlatformSpec {
  const declared =
    raw.exporter_down_after === undefined
      ? EXPORTER_DOWN_AFTER
      : seconds(raw.exporter_down_after, ['platform', 'exporter_down_after'], sink);
  return {
    escalation: raw.escalation,
    exporter_down_after: Math.max(declared, 2 * defaults.evaluation_interval),
  };
}

function convertDefaults(raw: RawDefaults, sink: IssueSink): SpecDefaults {
  const d = SPEC_DEFAULTS;
  return {
    evaluation_interval:
      raw.evaluation_interval === undefined
        ? d.evaluation_interval
        : seconds(raw.evaluation_interval, ['defaults', 'evaluation_interval'], sink),
    stale_after:
      raw.stale_after === undefined
        ? d.stale_after
        : seconds(raw.stale_after, ['defaults', 'stale_after'], sink),
    unknown_policy: raw.unknown_policy ?? d.unknown_policy,
    ...(raw.max_unknown_share !== undefined ? { max_unknown_share: raw.max_unknown_share } : {}),
    score_thresholds: {
      warning: raw.score_thresholds?.warning ?? d.score_thresholds.warning,
      critical: raw.score_thresholds?.critical ?? d.score_thresholds.critical,
    },
    max_children: raw.max_children ?? d.max_children,
    max_nodes_per_tier: raw.max_nodes_per_tier ?? d.max_nodes_per_tier,
    low_confidence_below: raw.low_confidence_below ?? d.low_confidence_below,
    type_mismatch: raw.type_mismatch ?? d.type_mismatch,
  };
}

function convertSource(raw: RawSource, path: PathSegment[], sink: IssueSink): SourceSpec {
  return {
    id: raw.id,
    type: raw.type,
    url: raw.url,
    timeout: raw.timeout === undefined ? 5 : seconds(raw.timeout, [...path, 'timeout'], sink),
    ...(raw.auth !== undefined ? { auth: raw.auth } : {}),
  };
}

function convertModel(
  raw: RawModel,
  defaults: SpecDefaults,
  path: PathSegment[],
  sink: IssueSink,
): ModelSpec {
  // Names and categories in NFC (nfc.ts): events and reference rows are normalised the same way.
  const features: FeatureSpec[] = raw.features.map(({ categories, ...f }) => ({
    ...f,
    name: toNFC(f.name),
    ...(categories !== undefined ? { categories: categories.map((c) => toNFC(String(c))) } : {}),
    importance: f.importance ?? 1,
  }));
  const duration = raw.window?.duration;
  const window =
    raw.window?.count !== undefined
      ? { count: raw.window.count }
      : { duration: duration === undefined ? 900 : seconds(duration, [...path, 'window', 'duration'], sink) };
  return {
    id: raw.id,
    version: String(raw.version),
    task: raw.task,
    features,
    window,
    evaluation_interval:
      raw.evaluation_interval === undefined
        ? defaults.evaluation_interval
        : seconds(raw.evaluation_interval, [...path, 'evaluation_interval'], sink),
    sample_size: raw.sample_size ?? 5000,
    bins: raw.bins ?? 10,
    correction: raw.correction ?? 'bh',
    type_mismatch: raw.type_mismatch ?? defaults.type_mismatch ?? 'reject',
    ...optionalModelFields(raw, path, sink),
  };
}

function optionalModelFields(raw: RawModel, path: PathSegment[], sink: IssueSink): Partial<ModelSpec> {
  const out: Partial<ModelSpec> = {};
  if (raw.title !== undefined) out.title = raw.title;
  if (raw.owner !== undefined) out.owner = raw.owner;
  if (raw.trained_at !== undefined)
    out.trained_at = unixSeconds(raw.trained_at, [...path, 'trained_at'], sink);
  if (raw.reference !== undefined)
    out.reference = convertReference(raw.reference, [...path, 'reference'], sink);
  if (raw.reference_taken_at !== undefined) {
    out.reference_taken_at = unixSeconds(raw.reference_taken_at, [...path, 'reference_taken_at'], sink);
  }
  if (raw.positive_class !== undefined) out.positive_class = String(raw.positive_class);
  if (raw.kserve !== undefined) out.kserve = { ...raw.kserve };
  return out;
}

function convertReference(
  raw: NonNullable<RawModel['reference']>,
  path: PathSegment[],
  sink: IssueSink,
): ReferenceSpec {
  if (raw.file !== undefined) return { file: raw.file };
  const window = raw.window as { start: RawTimestamp; end: RawTimestamp };
  return {
    window: {
      start: unixSeconds(window.start, [...path, 'window', 'start'], sink),
      end: unixSeconds(window.end, [...path, 'window', 'end'], sink),
    },
  };
}

function convertTeam(raw: RawTeam): TeamSpec {
  return {
    id: raw.id,
    ...(raw.title !== undefined ? { title: raw.title } : {}),
    receivers: raw.receivers.map((r) => ({ ...r }) as ReceiverSpec),
    ...(raw.business_hours !== undefined ? { business_hours: { ...raw.business_hours } } : {}),
  };
}

function convertPolicy(raw: RawPolicy, path: PathSegment[], sink: IssueSink): EscalationPolicySpec {
  return {
    id: raw.id,
    team: raw.team,
    levels: raw.levels.map((level, i) => ({
      ...level,
      respond_within: seconds(level.respond_within, [...path, 'levels', i, 'respond_within'], sink),
    })),
  };
}
