/**
 * Raw node → `NodeSpec` with defaults: title = id; base nodes get the unit and direction of their signal
 * kind, `score_mapping: linear`; parents get unit `score`, the spec's score thresholds (lower_is_worse)
 * and unknown policy; children written as bare ids get weight 1; cadence comes from the model or the
 * spec defaults. Tier rules themselves are checked later (semantic/tiers.ts), so this converts whatever
 * the node declares.
 */
import { toNFC } from './nfc';
import { convertThresholds } from './convertThresholds';
import { seconds, type IssueSink } from './convertValues';
import type { PathSegment } from './issues';
import type { RawNode } from './raw';
import { MULTIVARIATE_RESERVOIR, signalUnit } from './signalRules';
import type { ModelSpec, NodeSpec, SignalSpec, SpecDefaults } from './types';

export interface NodeContext {
  defaults: SpecDefaults;
  modelById: ReadonlyMap<string, ModelSpec>;
}

export function convertNode(raw: RawNode, ctx: NodeContext, path: PathSegment[], sink: IssueSink): NodeSpec {
  const model = raw.model === undefined ? undefined : ctx.modelById.get(raw.model);
  const isBase = raw.tier === 'base';
  const signal = raw.signal === undefined ? undefined : fillSignal(raw.signal, ctx.defaults);
  const node: NodeSpec = {
    ...copyOptional(raw),
    id: raw.id,
    tier: raw.tier,
    title: raw.title ?? raw.id,
    cadence:
      raw.cadence !== undefined
        ? seconds(raw.cadence, [...path, 'cadence'], sink)
        : (model?.evaluation_interval ?? ctx.defaults.evaluation_interval),
    unit: raw.unit ?? (isBase && signal !== undefined ? signalUnit(signal) : isBase ? 'none' : 'score'),
  };
  if (signal !== undefined) node.signal = signal;
  if (isBase) node.score_mapping = raw.score_mapping ?? 'linear';
  else node.unknown_policy = raw.unknown_policy ?? ctx.defaults.unknown_policy;
  // A declared share is kept whatever the policy, so the semantic check can say it has no effect.
  const share =
    raw.max_unknown_share ??
    (node.unknown_policy === 'max_unknown_share' ? ctx.defaults.max_unknown_share : undefined);
  if (share !== undefined) node.max_unknown_share = share;
  const thresholds = convertThresholds(
    raw,
    node,
    { model, defaults: ctx.defaults },
    [...path, 'thresholds'],
    sink,
  );
  if (thresholds !== undefined) node.thresholds = thresholds;
  if (raw.children !== undefined) {
    node.children = raw.children.map((c) =>
      typeof c === 'string' ? { node: c, weight: 1 } : { node: c.node, weight: c.weight ?? 1 },
    );
  }
  Object.assign(node, convertTimings(raw, path, sink));
  return node;
}

/** objective, decay and retrain_trigger, with their durations in seconds and defaults filled. */
function convertTimings(raw: RawNode, path: PathSegment[], sink: IssueSink): Partial<NodeSpec> {
  const out: Partial<NodeSpec> = {};
  if (raw.objective !== undefined) {
    const { target, period, latency_below } = raw.objective;
    out.objective = {
      target,
      period: period === undefined ? 30 * 86400 : seconds(period, [...path, 'objective', 'period'], sink),
      ...(latency_below !== undefined ? { latency_below } : {}),
    };
  }
  if (raw.decay !== undefined) {
    const d = raw.decay;
    out.decay = {
      of: d.of,
      grace: d.grace === undefined ? 0 : seconds(d.grace, [...path, 'decay', 'grace'], sink),
      half_life: seconds(d.half_life, [...path, 'decay', 'half_life'], sink),
      floor: d.floor ?? 0,
    };
  }
  if (raw.retrain_trigger !== undefined) {
    const t = raw.retrain_trigger;
    out.retrain_trigger = {
      status: t.status,
      ...(t.for !== undefined ? { for: seconds(t.for, [...path, 'retrain_trigger', 'for'], sink) } : {}),
    };
  }
  return out;
}

function copyOptional(raw: RawNode): Partial<NodeSpec> {
  const out: Partial<NodeSpec> = {};
  for (const key of ['description', 'model', 'owner', 'provenance', 'playbook', 'escalation'] as const) {
    if (raw[key] !== undefined) out[key] = raw[key];
  }
  if (raw.page !== undefined) out.page = raw.page;
  if (raw.rollup !== undefined) out.rollup = { ...raw.rollup };
  if (raw.impact !== undefined) out.impact = structuredClone(raw.impact);
  return out;
}

function fillSignal(raw: SignalSpec, defaults: SpecDefaults): SignalSpec {
  const signal = nfcFeatures(raw);
  if (signal.kind === 'feature_drift') return { ...signal, measure: signal.measure ?? 'statistic' };
  if (signal.kind === 'multivariate_drift') {
    return {
      ...signal,
      method: signal.method ?? 'pca_reconstruction',
      reservoir: signal.reservoir ?? MULTIVARIATE_RESERVOIR,
    };
  }
  if (signal.kind === 'low_confidence_share')
    return { ...signal, below: signal.below ?? defaults.low_confidence_below };
  return { ...signal };
}

/** The signal with the feature names it reads in NFC, like the model's declared names (nfc.ts). */
function nfcFeatures(signal: SignalSpec): SignalSpec {
  if ('feature' in signal && typeof signal.feature === 'string') {
    return { ...signal, feature: toNFC(signal.feature) } as SignalSpec;
  }
  if ('features' in signal && Array.isArray(signal.features)) {
    return { ...signal, features: signal.features.map(toNFC) } as SignalSpec;
  }
  return signal;
}
