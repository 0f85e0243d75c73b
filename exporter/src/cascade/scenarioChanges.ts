/**
 * The scenario changes, one function each, applied to a draft copy of the spec and inputs
 * (`scenario.ts` makes the copies and documents each change's meaning). Every function throws a plain
 * message naming what is wrong; `applyScenario` prefixes it with the change's index.
 */
import type { ScenarioChange, Spec } from '../spec/types';
import { isLeaf } from '../spec/graph';
import { signalFeature } from './labels';
import { STATUSES } from '../spec/status';
import type { BaseObservation, NodeOverride } from './types';

/** Mutable copies a scenario is applied to; never the caller's objects. */
export interface Draft {
  spec: Spec;
  observations: Map<string, BaseObservation>;
  exposures: Map<string, number | null>;
  modelAges: Map<string, number>;
  referenceAges: Map<string, number>;
  overrides: Map<string, NodeOverride>;
  notes: string[];
  failure: 'unknown' | 'worst_case';
}

/** Applies one change to the draft. */
export function applyChange(d: Draft, change: ScenarioChange): void {
  if ('node' in change) return setNode(d, change);
  if ('fail_source' in change) return failSource(d, change.fail_source);
  if ('fail_feature' in change) return failFeature(d, change.fail_feature.model, change.fail_feature.feature);
  if ('age_model' in change) return ageModel(d, change.age_model.model, change.age_model.days);
  if ('scale_exposure' in change) {
    return scaleExposure(d, change.scale_exposure.node, change.scale_exposure.factor);
  }
  return setExposure(d, change.set_exposure.node, change.set_exposure.value);
}

function setNode(d: Draft, change: Extract<ScenarioChange, { node: string }>): void {
  const node = d.spec.nodes.find((n) => n.id === change.node);
  if (node === undefined) throw new Error(`unknown node ${change.node}`);
  if ('value' in change) {
    if (!isLeaf(node)) throw new Error(`node ${node.id} is not a base node, set its score or status instead`);
    if (!Number.isFinite(change.value)) throw new Error(`value ${change.value} is not a finite number`);
    d.overrides.set(node.id, { value: change.value });
  } else if ('score' in change) {
    if (!(change.score >= 0 && change.score <= 1)) throw new Error(`score ${change.score} is not in [0, 1]`);
    d.overrides.set(node.id, { score: change.score });
  } else {
    if (!STATUSES.includes(change.status)) throw new Error(`status ${String(change.status)} is not a status`);
    d.overrides.set(node.id, { status: change.status });
  }
}

function failNodes(d: Draft, ids: readonly string[], reason: string): void {
  for (const id of ids) {
    if (d.failure === 'worst_case') {
      d.overrides.set(id, { score: 0 });
      continue;
    }
    d.overrides.delete(id);
    d.observations.set(id, {
      node: id,
      value: null,
      observedAt: d.observations.get(id)?.observedAt ?? null,
      reason,
    });
  }
}

function failSource(d: Draft, source: string): void {
  if (!d.spec.sources.some((s) => s.id === source)) throw new Error(`unknown source ${source}`);
  const nodes = d.spec.nodes.filter((n) => n.signal?.kind === 'promql' && n.signal.source === source);
  failNodes(
    d,
    nodes.map((n) => n.id),
    `scenario: source ${source} failed`,
  );
  const exposed = d.spec.nodes.filter(
    (n) => n.impact !== undefined && 'source' in n.impact.exposure && n.impact.exposure.source === source,
  );
  if (d.failure === 'unknown') for (const n of exposed) d.exposures.set(n.id, null);
  if (nodes.length === 0 && exposed.length === 0) d.notes.push(`fail_source ${source}: no node reads it`);
}

function failFeature(d: Draft, model: string, feature: string): void {
  const m = d.spec.models.find((x) => x.id === model);
  if (m === undefined) throw new Error(`unknown model ${model}`);
  if (!m.features.some((f) => f.name === feature)) {
    throw new Error(`model ${model} has no feature ${feature}`);
  }
  const nodes = d.spec.nodes.filter((n) => n.model === model && signalFeature(n.signal) === feature);
  failNodes(
    d,
    nodes.map((n) => n.id),
    `scenario: feature ${feature} of ${model} failed`,
  );
  if (nodes.length === 0) d.notes.push(`fail_feature ${model}.${feature}: no node reads it`);
}

function ageModel(d: Draft, model: string, days: number): void {
  const m = d.spec.models.find((x) => x.id === model);
  if (m === undefined) throw new Error(`unknown model ${model}`);
  if (!(days >= 0 && Number.isFinite(days))) throw new Error(`days ${days} must be a non-negative number`);
  const seconds = days * 86400;
  const known = d.modelAges.has(model) || m.trained_at !== undefined;
  for (const ages of [d.modelAges, d.referenceAges]) {
    const age = ages.get(model);
    if (age !== undefined) ages.set(model, age + seconds);
  }
  if (m.trained_at !== undefined) m.trained_at -= seconds;
  if (m.reference_taken_at !== undefined) m.reference_taken_at -= seconds;
  for (const n of d.spec.nodes) {
    const kind = n.signal?.kind;
    const obs = d.observations.get(n.id);
    if (
      n.model !== model ||
      (kind !== 'model_age' && kind !== 'reference_age') ||
      obs === undefined ||
      obs.value === null
    )
      continue;
    d.observations.set(n.id, { ...obs, value: obs.value + seconds });
  }
  if (!known) d.notes.push(`age_model ${model}: its age is not known (no trained_at, no modelAges entry)`);
}

function impactNode(d: Draft, id: string) {
  const node = d.spec.nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`unknown node ${id}`);
  if (node.impact === undefined) throw new Error(`node ${id} has no impact model`);
  return node as typeof node & { impact: NonNullable<typeof node.impact> };
}

function scaleExposure(d: Draft, id: string | undefined, factor: number): void {
  if (!(factor >= 0 && Number.isFinite(factor))) {
    throw new Error(`factor ${factor} must be a non-negative number`);
  }
  const targets = id !== undefined ? [impactNode(d, id)] : d.spec.nodes.filter((n) => n.impact !== undefined);
  for (const n of targets) {
    const e = n.impact?.exposure;
    if (e !== undefined && 'constant' in e) e.constant *= factor;
    else {
      const read = d.exposures.get(n.id);
      if (read !== undefined && read !== null) d.exposures.set(n.id, read * factor);
    }
  }
  if (targets.length === 0) d.notes.push('scale_exposure: no node has an impact model');
}

function setExposure(d: Draft, id: string, value: number): void {
  if (!(value >= 0 && Number.isFinite(value))) {
    throw new Error(`exposure ${value} must be a non-negative number`);
  }
  impactNode(d, id).impact.exposure = { constant: value };
}
