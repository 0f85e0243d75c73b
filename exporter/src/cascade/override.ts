/**
 * What-if overrides (`inputs.overrides`, set by `applyScenario`) as the evaluator applies them:
 *
 * - `{value}` on a base node: the observation is replaced by that value, observed now (fresh), and the
 *   node is evaluated normally (thresholds, mapping, decay). Not allowed on a parent.
 * - `{score}` on any node: the node's score is that score, its status `statusFromScore(score)`.
 * - `{status}` on any node: the node's status is that status, its score the status's step score
 *   (ok 1, warning → warning score, critical → critical score, unknown → null).
 * A score or status override fixes the node: no rollup, decay or contributions; its parents read it.
 */
import type { NodeSpec, Spec } from '../spec/types';
import { formatNumber } from './format';
import { isLeaf } from '../spec/graph';
import { STATUSES } from '../spec/status';
import { scoreOfStatus, statusFromScore, type ScoreThresholds } from './thresholds';
import type { BaseObservation, NodeOverride, NodeResult } from './types';

/** Why these overrides cannot apply to the spec: unknown nodes, values on parents, scores outside [0, 1]. */
export function overridesProblems(
  spec: Spec,
  overrides: ReadonlyMap<string, NodeOverride> | undefined,
): string[] {
  if (overrides === undefined) return [];
  const byId = new Map(spec.nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  for (const [id, o] of overrides) {
    const problem = overrideProblem(id, byId.get(id), o);
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

function overrideProblem(id: string, node: NodeSpec | undefined, o: NodeOverride): string | null {
  if (node === undefined) return `override of unknown node ${id}`;
  if ('value' in o) {
    if (!isLeaf(node)) return `node ${id} is not a base node, its value cannot be set`;
    return Number.isFinite(o.value) ? null : `value ${o.value} for ${id} is not finite`;
  }
  if ('score' in o) {
    return o.score >= 0 && o.score <= 1 ? null : `score ${o.score} for ${id} is not in [0, 1]`;
  }
  return STATUSES.includes(o.status) ? null : `status ${String(o.status)} for ${id} is not a status`;
}

/** The observation a base node is evaluated from: the override's value observed now, or the real one. */
export function effectiveObservation(
  node: NodeSpec,
  observation: BaseObservation | undefined,
  override: NodeOverride | undefined,
  now: number,
): BaseObservation | undefined {
  if (override === undefined || !('value' in override)) return observation;
  return { node: node.id, value: override.value, observedAt: now, reason: 'scenario value' };
}

/**
 * A result fixed by a score or status override.
 *
 * @example forcedResult(result, { status: 'critical' }, { warning: 0.75, critical: 0.5 })
 * // { …result, score: 0.5, status: 'critical', contributions: [], decay: 1, reason: 'scenario: status set to critical' }
 */
export function forcedResult(
  result: NodeResult,
  override: { score: number } | { status: NodeResult['status'] },
  t: ScoreThresholds,
): NodeResult {
  const fixed = { ...result, contributions: [], decay: 1 };
  if ('score' in override) {
    const status = statusFromScore(override.score, t);
    return {
      ...fixed,
      score: override.score,
      status,
      reason: `scenario: score set to ${formatNumber(override.score)}`,
    };
  }
  const score = scoreOfStatus(override.status, t);
  return { ...fixed, score, status: override.status, reason: `scenario: status set to ${override.status}` };
}
