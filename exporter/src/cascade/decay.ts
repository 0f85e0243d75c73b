/**
 * Aging: a node's score falls with the age of what it rests on (the model, its reference, its data).
 *
 *   factor = 1                                              for age ≤ grace
 *   factor = max(floor, 0.5 ^ ((age − grace) / half_life))   for age > grace
 *
 * The node's score is multiplied by the factor and its status becomes the worse of the status before
 * decay and the status of the decayed score: decay can worsen a node, never improve it. An unknown node
 * stays unknown (decay 1). When the age cannot be known the node becomes unknown: missing data is never green.
 *
 * Ages: `model` — `inputs.modelAges[model]`, else now − `trained_at`; `reference` —
 * `inputs.referenceAges[model]`, else now − `reference_taken_at`; `data` — now − observedAt for a base
 * node, the oldest data age among its known children for a parent. A node without a `model` (spanning
 * models) takes the oldest age among the models beneath it. Negative ages (clock skew) count as 0.
 */
import type { DecaySpec, Spec } from '../spec/types';
import { decayProblem } from '../spec/semantic/cascadeRules';
import { formatDuration, formatNumber } from './format';
import { worseStatus } from '../spec/status';
import { statusFromScore, type ScoreThresholds } from './thresholds';
import type { CascadeInputs, NodeResult } from './types';

/**
 * The decay factor for an age (seconds). Complexity O(1).
 *
 * @throws Error when the age is NaN or the decay spec is invalid.
 * @example decayFactor(60 * 86400, { of: 'model', grace: 30 * 86400, half_life: 30 * 86400, floor: 0.2 }) // 0.5
 * @example decayFactor(200 * 86400, { of: 'model', grace: 30 * 86400, half_life: 30 * 86400, floor: 0.2 }) // 0.2
 */
export function decayFactor(age: number, decay: DecaySpec): number {
  if (Number.isNaN(age)) throw new Error(`decayFactor: age ${age} is not a number`);
  const problem = decayProblem(decay);
  if (problem !== null) throw new Error(`decayFactor: ${problem}`);
  if (age <= decay.grace) return 1;
  return Math.max(decay.floor, Math.pow(0.5, (age - decay.grace) / decay.half_life));
}

/**
 * The age a node's decay reads, or null when it cannot be known.
 *
 * @param models the node's model, or every model beneath a node that spans models.
 * @param dataAge the node's data age (seconds), when `of` is `data`.
 */
export function decayAge(
  of: DecaySpec['of'],
  models: readonly string[],
  dataAge: number | null,
  spec: Spec,
  inputs: CascadeInputs,
  now: number,
): number | null {
  if (of === 'data') return dataAge === null ? null : Math.max(0, dataAge);
  const ages = models.map((id) => modelOrReferenceAge(of, id, spec, inputs, now));
  if (ages.length === 0 || ages.some((a) => a === null)) return null;
  return Math.max(0, ...(ages as number[]));
}

function modelOrReferenceAge(
  of: 'model' | 'reference',
  model: string,
  spec: Spec,
  inputs: CascadeInputs,
  now: number,
): number | null {
  const given = (of === 'model' ? inputs.modelAges : inputs.referenceAges).get(model);
  if (given !== undefined) return given;
  const m = spec.models.find((x) => x.id === model);
  const at = of === 'model' ? m?.trained_at : m?.reference_taken_at;
  return at === undefined ? null : now - at;
}

/**
 * A node result after decay: score × factor, status worsened if the decayed score says so, reason
 * extended. Unknown results pass through; an unknown age makes the node unknown.
 *
 * @example
 * // a result with score 0.875 (ok), model decay grace 30d, half-life 30d, floor 0.2, model age 60d:
 * applyDecay(result, decay, 5184000, { warning: 0.75, critical: 0.5 })
 * // → score 0.4375, status 'critical', decay 0.5, reason '…; decay ×0.5 (model age 60d, grace 30d)'
 */
export function applyDecay(
  result: NodeResult,
  decay: DecaySpec,
  age: number | null,
  t: ScoreThresholds,
): NodeResult {
  if (result.status === 'unknown' || result.score === null) return result;
  if (age === null) {
    return {
      ...result,
      score: null,
      status: 'unknown',
      reason: `${result.reason}; ${decay.of} age unknown, decay cannot be applied`,
    };
  }
  const factor = decayFactor(age, decay);
  if (factor === 1) return result;
  const score = result.score * factor;
  const status = worseStatus(result.status, statusFromScore(score, t));
  const why = `decay ×${formatNumber(factor)} (${decay.of} age ${formatDuration(age)}, grace ${formatDuration(decay.grace)})`;
  return { ...result, score, status, decay: factor, reason: `${result.reason}; ${why}` };
}
