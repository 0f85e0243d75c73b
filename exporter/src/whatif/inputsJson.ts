/**
 * Offline inputs from JSON (`mlhealth scenario --inputs FILE`): observations, exposures and ages laid
 * over the healthy baseline. Pure: the caller reads and parses the file. The shape:
 *
 *   { "observations": { "fraud.drift.amount": 0.31,
 *                       "fraud.serving.cpu": { "value": null, "reason": "prom down" },
 *                       "recs.serving.errors": { "value": 0.02, "observed_at": 1700000000 } },
 *     "exposures": { "revenue_assurance": 120000 },
 *     "model_ages": { "fraud": "30d" }, "reference_ages": { "recs": 864000 } }
 *
 * Base nodes the file does not mention keep their healthy baseline; they are listed in `assumedHealthy`.
 */
import type { Problem } from '../spec/problem';
import type { BaseObservation, CascadeInputs } from '../cascade/types';

import { parseDuration } from '../spec/duration';
import type { Spec } from '../spec/types';

import { healthyInputs, isBaseNode } from './baseline';
import { isObject, join, unknownKeys } from './requestChange';

export type ParsedInputs =
  { ok: true; inputs: CascadeInputs; assumedHealthy: string[] } | { ok: false; issues: Problem[] };

function observation(id: string, x: unknown, now: number, path: string, issues: Problem[]): BaseObservation {
  if (typeof x === 'number' && Number.isFinite(x)) return { node: id, value: x, observedAt: now };
  if (x === null) return { node: id, value: null, observedAt: now, reason: 'no value in the inputs file' };
  if (!isObject(x)) {
    issues.push({ path, message: `expected a number, null or {value, observed_at?, reason?}` });
    return { node: id, value: null, observedAt: null };
  }
  issues.push(...unknownKeys(x, ['value', 'observed_at', 'reason'], path));
  const value = x.value;
  if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
    issues.push({
      path: join(path, 'value'),
      message: `${JSON.stringify(value) ?? 'undefined'} is not a finite number or null`,
    });
  }
  const at = x.observed_at ?? now;
  if (at !== null && !(typeof at === 'number' && Number.isFinite(at))) {
    issues.push({
      path: join(path, 'observed_at'),
      message: `${JSON.stringify(at)} is not Unix seconds or null`,
    });
  }
  const obs: BaseObservation = { node: id, value: value as number | null, observedAt: at as number | null };
  if (typeof x.reason === 'string') obs.reason = x.reason;
  return obs;
}

function seconds(x: unknown, path: string, issues: Problem[]): number {
  if (typeof x === 'number' && Number.isFinite(x) && x >= 0) return x;
  if (typeof x === 'string') {
    try {
      return parseDuration(x);
    } catch {
      // reported below
    }
  }
  issues.push({ path, message: `${JSON.stringify(x)} is not a duration (seconds, or e.g. "30d")` });
  return 0;
}

function ages(spec: Spec, x: unknown, key: string, into: Map<string, number>, issues: Problem[]): void {
  if (x === undefined) return;
  if (!isObject(x)) return void issues.push({ path: key, message: 'expected an object {model id: age}' });
  for (const [model, v] of Object.entries(x)) {
    const path = join(key, model);
    if (!spec.models.some((m) => m.id === model))
      issues.push({ path, message: `no model '${model}' in spec ${spec.name}` });
    else into.set(model, seconds(v, path, issues));
  }
}

/** Observations of the file into `into`; returns the base nodes it gave. */
function readObservations(
  spec: Spec,
  x: unknown,
  now: number,
  into: Map<string, BaseObservation>,
  issues: Problem[],
): Set<string> {
  const given = new Set<string>();
  if (!isObject(x)) {
    issues.push({ path: 'observations', message: 'expected an object {base node id: value}' });
    return given;
  }
  for (const [id, value] of Object.entries(x)) {
    const path = join('observations', id);
    const node = spec.nodes.find((n) => n.id === id);
    if (node === undefined) issues.push({ path, message: `no node '${id}' in spec ${spec.name}` });
    else if (!isBaseNode(node)) issues.push({ path, message: `node '${id}' is not a base node` });
    else {
      into.set(id, observation(id, value, now, path, issues));
      given.add(id);
    }
  }
  return given;
}

/** Exposure readings of the file (null allowed: a reading that failed). */
function readExposures(spec: Spec, x: unknown, issues: Problem[]): Map<string, number | null> {
  const exposures = new Map<string, number | null>();
  if (!isObject(x)) {
    issues.push({ path: 'exposures', message: 'expected an object {node id: exposure}' });
    return exposures;
  }
  for (const [id, v] of Object.entries(x)) {
    const path = join('exposures', id);
    if (!spec.nodes.some((n) => n.id === id && n.impact !== undefined))
      issues.push({ path, message: `no node '${id}' with an impact model in spec ${spec.name}` });
    else if (v !== null && !(typeof v === 'number' && Number.isFinite(v) && v >= 0))
      issues.push({ path, message: `${JSON.stringify(v)} is not a non-negative number or null` });
    else exposures.set(id, v);
  }
  return exposures;
}

/**
 * Reads offline inputs over the healthy baseline at `now`, listing every problem with its path.
 * Complexity O(entries × nodes).
 * @example inputsFromJson(spec, { observations: { 'fraud.drift.amount': 0.31 } }, now).ok // true
 */
export function inputsFromJson(spec: Spec, json: unknown, now: number): ParsedInputs {
  if (!isObject(json)) {
    const message = 'expected a JSON object with observations, exposures, model_ages, reference_ages';
    return { ok: false, issues: [{ path: '', message }] };
  }
  const issues = unknownKeys(json, ['observations', 'exposures', 'model_ages', 'reference_ages'], '');
  const base = healthyInputs(spec, now);
  const observations = new Map(base.observations);
  const given = readObservations(spec, json.observations ?? {}, now, observations, issues);
  const exposures = readExposures(spec, json.exposures ?? {}, issues);
  const modelAges = new Map(base.modelAges);
  const referenceAges = new Map(base.referenceAges);
  ages(spec, json.model_ages, 'model_ages', modelAges, issues);
  ages(spec, json.reference_ages, 'reference_ages', referenceAges, issues);
  if (issues.length > 0) return { ok: false, issues };
  const assumedHealthy = [...observations.keys()].filter((id) => !given.has(id));
  return { ok: true, inputs: { observations, exposures, modelAges, referenceAges }, assumedHealthy };
}
