/**
 * The unknown policy: how a parent treats children whose status is `unknown`.
 *
 * - `propagate` (default): unknown children are left out of the score, and the parent's status is
 *   `unknown` whenever one child is unknown — it is never ok (nor warning, nor critical) with a hole in
 *   its evidence. Its score is still computed from the known children (null if none), so score-based
 *   views keep a number; that score is advisory: a grandparent never reads the score of an unknown child.
 * - `ignore`: unknown children are left out; the parent is rated on the known ones and is unknown only
 *   when none is known (or, for k_of_n, fewer than k are known).
 * - `as_critical`: an unknown child counts as score 0, status critical (fail closed).
 *
 * Causality: under every policy, a lower score or a worse known status of a child never improves the
 * parent. A known child turning unknown makes the parent unknown (`propagate`), critical-leaning
 * (`as_critical`), or drops the child from the rating (`ignore`: the parent can then look better — that
 * is what ignoring means, and why it is never the default). Under `propagate` the advisory score of the
 * now-unknown parent can rise when a bad child drops out; its status cannot improve.
 */
import type { Status } from '../spec/status';
import type { UnknownPolicy } from '../spec/types';

/** A child as its parent sees it: the child's result and the edge weight. */
export interface ChildState {
  id: string;
  score: number | null;
  status: Status;
  weight: number;
}

/** A child that enters the rollup: known score and status. */
export interface RatedChild {
  id: string;
  score: number;
  status: Exclude<Status, 'unknown'>;
  weight: number;
}

export interface PolicyOutcome {
  /** Children that enter the rollup, after the policy (as_critical turns unknown into score 0, critical). */
  rated: RatedChild[];
  /** Ids of the unknown children, sorted. */
  unknown: string[];
  /** The parent's status must be `unknown` whatever the rollup says (propagate with an unknown child). */
  forcesUnknown: boolean;
}

/**
 * Applies an unknown policy to a parent's children. Complexity O(n log n) (the unknown ids are sorted).
 *
 * @throws Error when a child that is not unknown has no score (an engine invariant).
 * @example applyUnknownPolicy([{ id: 'a', score: 0.9, status: 'ok', weight: 1 }, { id: 'b', score: null, status: 'unknown', weight: 1 }], 'as_critical').rated
 * // [{ id: 'a', score: 0.9, status: 'ok', weight: 1 }, { id: 'b', score: 0, status: 'critical', weight: 1 }]
 */
export function applyUnknownPolicy(children: readonly ChildState[], policy: UnknownPolicy): PolicyOutcome {
  const rated: RatedChild[] = [];
  const unknown: string[] = [];
  for (const child of children) {
    if (child.status === 'unknown') {
      unknown.push(child.id);
      if (policy === 'as_critical') {
        rated.push({ id: child.id, score: 0, status: 'critical', weight: child.weight });
      }
      continue;
    }
    if (child.score === null) {
      throw new Error(`applyUnknownPolicy: child ${child.id} is ${child.status} but has no score`);
    }
    rated.push({ id: child.id, score: child.score, status: child.status, weight: child.weight });
  }
  unknown.sort();
  return { rated, unknown, forcesUnknown: policy === 'propagate' && unknown.length > 0 };
}
