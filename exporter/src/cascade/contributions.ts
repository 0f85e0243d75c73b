/**
 * Contributions: each child's share of its parent's score deficit (1 − score), for "why is this red?".
 *
 * Defined when the parent has a score below 1; shares are ≥ 0 and sum to 1 (up to rounding, ±1e-12).
 * A parent with score 1, or with no score, has no contributions (an empty list).
 *
 * - weighted_mean: shareᵢ = wᵢ(1 − sᵢ) / Σⱼ wⱼ(1 − sⱼ) — exactly each child's part of the deficit.
 * - worst_of:      the children tied at the minimum score share equally (one worst child: share 1).
 * - k_of_n:        the children at or below the k-th best score (the ones keeping the quorum from being
 *                  healthy, ties included) share in proportion to their deficits 1 − sᵢ; the others get 0.
 *                  With k = n this is worst_of's rule.
 *
 * Only rated children (after the unknown policy) can contribute: under `propagate` and `ignore` an
 * unknown child has share 0 (the parent's status names it instead); under `as_critical` it is a child
 * with score 0 and contributes like one. The decay of the parent itself is not a child: contributions
 * explain the rollup's deficit, and a deficit from decay alone shows in `decay` and the reason.
 */
import type { RollupSpec } from '../spec/types';
import { exactSum } from './exactSum';
import type { Contribution } from './types';
import type { RatedChild } from './unknown';

/**
 * Every child's share of the parent's deficit, in `childIds` order (children that did not contribute
 * get 0). Complexity O(n log n).
 *
 * @param rollupScore the parent's score from its rollup (before decay); null or 1 gives [].
 * @example contributions({ rule: 'weighted_mean' }, [{ id: 'a', score: 0.875, status: 'ok', weight: 2 },
 *   { id: 'b', score: 0.65, status: 'warning', weight: 1 }, { id: 'c', score: 0.3, status: 'critical', weight: 1 }],
 *   ['a', 'b', 'c'], 0.675)
 * // [{ child: 'a', share: 0.1923… }, { child: 'b', share: 0.2692… }, { child: 'c', share: 0.5384… }]
 */
export function contributions(
  spec: RollupSpec,
  rated: readonly RatedChild[],
  childIds: readonly string[],
  rollupScore: number | null,
): Contribution[] {
  if (rollupScore === null || rollupScore >= 1 || rated.length === 0) return [];
  const shares = sharesByRule(spec, rated);
  return childIds.map((child) => ({ child, share: shares.get(child) ?? 0 }));
}

function sharesByRule(spec: RollupSpec, rated: readonly RatedChild[]): Map<string, number> {
  switch (spec.rule) {
    case 'weighted_mean':
      return proportional(rated.map((c) => ({ id: c.id, deficit: c.weight * (1 - c.score) })));
    case 'worst_of':
      return atOrBelow(rated, Math.min(...rated.map((c) => c.score)));
    case 'k_of_n': {
      const sorted = rated.map((c) => c.score).sort((a, b) => b - a);
      return atOrBelow(rated, sorted[Math.min(spec.k, sorted.length) - 1]);
    }
  }
}

/** Children with score ≤ pivot share in proportion to their deficits. */
function atOrBelow(rated: readonly RatedChild[], pivot: number): Map<string, number> {
  return proportional(rated.filter((c) => c.score <= pivot).map((c) => ({ id: c.id, deficit: 1 - c.score })));
}

function proportional(parts: ReadonlyArray<{ id: string; deficit: number }>): Map<string, number> {
  const total = exactSum(parts.map((p) => p.deficit));
  const shares = new Map<string, number>();
  if (total <= 0) return shares;
  for (const p of parts) shares.set(p.id, p.deficit / total);
  return shares;
}
