/**
 * Rollup rules: a parent's score and the least severe status its children allow.
 *
 * The parent's status is the worse of `statusFromScore(score)` (its score thresholds) and the rule's
 * `floor` below; unknown children were already handled by the unknown policy (`unknown.ts`).
 *
 * - worst_of:      score = min sᵢ;   floor = the worst child status.
 * - weighted_mean: score = Σ wᵢ·sᵢ / Σ wᵢ (computed as 1 − Σ wᵢ(1 − sᵢ) / Σ wᵢ with exact sums);
 *                  floor = warning when a child is critical, else ok: averaging may soften a critical
 *                  child to warning, never hide it as ok (`critical_floor: false` opts out: the score
 *                  thresholds alone decide).
 * - k_of_n:        healthy when at least k children are healthy: score = the k-th best child score,
 *                  floor = the k-th best child status (k = n is worst_of, k = 1 is best_of). Fewer than
 *                  k rated children: no rating (the parent is unknown).
 *
 * Weights only matter to weighted_mean; the other rules ignore them (they still appear as edges).
 * Every rule is monotone (a lower child score or worse child status never raises the score nor improves
 * the floor) and symmetric (child order does not matter: sums are exact, order statistics are sorted).
 */
import type { RollupSpec } from '../spec/types';
import { exactSum } from './exactSum';
import { severity, worstStatus } from '../spec/status';
import type { RatedChild } from './unknown';

export interface RollupOutcome {
  score: number;
  floor: RatedChild['status'];
}

/**
 * Rolls rated children up by the node's rule. Complexity O(n log n).
 *
 * @returns null when there is nothing to rate: no child, or fewer than k for k_of_n.
 * @throws Error when k is not an integer ≥ 1 or a weight is not a positive finite number.
 * @example rollup({ rule: 'weighted_mean' }, [{ id: 'a', score: 0.875, status: 'ok', weight: 2 },
 *   { id: 'b', score: 0.65, status: 'warning', weight: 1 }, { id: 'c', score: 0.3, status: 'critical', weight: 1 }])
 * // { score: 0.675, floor: 'warning' }
 */
export function rollup(spec: RollupSpec, rated: readonly RatedChild[]): RollupOutcome | null {
  if (rated.length === 0) return null;
  switch (spec.rule) {
    case 'worst_of':
      return rollupWorstOf(rated);
    case 'weighted_mean':
      return rollupWeightedMean(rated, spec.critical_floor !== false);
    case 'k_of_n':
      return rollupKOfN(rated, spec.k);
  }
}

/** worst_of: the minimum score and the worst status. */
export function rollupWorstOf(rated: readonly RatedChild[]): RollupOutcome {
  const score = Math.min(...rated.map((c) => c.score));
  return { score, floor: worstStatus(rated.map((c) => c.status)) as RollupOutcome['floor'] };
}

/** weighted_mean: Σw·s/Σw, with a critical child forcing at least warning unless `criticalFloor` is false. */
export function rollupWeightedMean(rated: readonly RatedChild[], criticalFloor = true): RollupOutcome {
  for (const c of rated) {
    if (!(c.weight > 0 && Number.isFinite(c.weight))) {
      throw new Error(
        `rollupWeightedMean: weight ${c.weight} of child ${c.id} is not a positive finite number`,
      );
    }
  }
  const deficit = exactSum(rated.map((c) => c.weight * (1 - c.score))) / exactSum(rated.map((c) => c.weight));
  const score = Math.min(1, Math.max(0, 1 - deficit));
  return { score, floor: criticalFloor && rated.some((c) => c.status === 'critical') ? 'warning' : 'ok' };
}

/** k_of_n: the k-th best score and the k-th best status; null with fewer than k children. */
export function rollupKOfN(rated: readonly RatedChild[], k: number): RollupOutcome | null {
  if (!Number.isInteger(k) || k < 1) throw new Error(`rollupKOfN: k ${k} is not an integer ≥ 1`);
  if (rated.length < k) return null;
  const scores = rated.map((c) => c.score).sort((a, b) => b - a);
  const statuses = rated.map((c) => c.status).sort((a, b) => severity(a) - severity(b));
  return { score: scores[k - 1], floor: statuses[k - 1] };
}
