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
 * - `max_unknown_share` (share s in [0, 1]): unknown children are left out, as with `ignore`, while
 *   u / n ≤ s (u unknown children of n, the division done in floating point exactly as the generated
 *   recording rules do it); when u / n > s the parent is `unknown`, as with `propagate` (advisory score
 *   from the known children). s = 0 is `propagate`; s = 1 is `ignore`. Example: 1,000 children, s = 0.05,
 *   20 unknown (0.02) → rated on the 980 known; 51 unknown (0.051) → unknown.
 *
 * Causality: under every policy, a lower score or a worse known status of a child never improves the
 * parent. A known child turning unknown makes the parent unknown (`propagate`), critical-leaning
 * (`as_critical`), or drops the child from the rating (`ignore`: the parent can then look better — that
 * is what ignoring means, and why it is never the default). Under `propagate` the advisory score of the
 * now-unknown parent can rise when a bad child drops out; its status cannot improve.
 */
import type { Status } from '../spec/status';
import type { NodeSpec, SpecDefaults, UnknownPolicy } from '../spec/types';

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

/** A node's effective unknown policy, with the share `max_unknown_share` tolerates. */
export interface UnknownRule {
  policy: UnknownPolicy;
  /** Set for `max_unknown_share` only. */
  maxUnknownShare?: number;
}

/**
 * The unknown policy a parent uses: its own, else `defaults.unknown_policy`; for `max_unknown_share`
 * the node's share, else `defaults.max_unknown_share`.
 *
 * @throws Error naming the node when the policy is `max_unknown_share` and no share in [0, 1] is given.
 * @example unknownRuleOf({ id: 'p', tier: 'business', title: 'p', unknown_policy: 'max_unknown_share', max_unknown_share: 0.05 }, defaults)
 * // { policy: 'max_unknown_share', maxUnknownShare: 0.05 }
 */
export function unknownRuleOf(node: NodeSpec, defaults: SpecDefaults): UnknownRule {
  const policy = node.unknown_policy ?? defaults.unknown_policy;
  if (policy !== 'max_unknown_share') return { policy };
  const share = node.max_unknown_share ?? defaults.max_unknown_share;
  if (share === undefined || !(share >= 0 && share <= 1)) {
    throw new Error(
      `unknownRuleOf: node ${node.id} has unknown_policy max_unknown_share but share ${share} is not in [0, 1]`,
    );
  }
  return { policy, maxUnknownShare: share };
}

export interface PolicyOutcome {
  /** Children that enter the rollup, after the policy (as_critical turns unknown into score 0, critical). */
  rated: RatedChild[];
  /** Ids of the unknown children, sorted. */
  unknown: string[];
  /**
   * The parent's status must be `unknown` whatever the rollup says: propagate with an unknown child, or
   * more unknown children than `max_unknown_share` tolerates.
   */
  forcesUnknown: boolean;
}

/**
 * Applies an unknown policy to a parent's children. Complexity O(n log n) (the unknown ids are sorted).
 *
 * @throws Error when a child that is not unknown has no score (an engine invariant).
 * @example applyUnknownPolicy([{ id: 'a', score: 0.9, status: 'ok', weight: 1 }, { id: 'b', score: null, status: 'unknown', weight: 1 }], 'as_critical').rated
 * // [{ id: 'a', score: 0.9, status: 'ok', weight: 1 }, { id: 'b', score: 0, status: 'critical', weight: 1 }]
 */
export function applyUnknownPolicy(
  children: readonly ChildState[],
  policy: UnknownPolicy | UnknownRule,
): PolicyOutcome {
  const rule = typeof policy === 'string' ? { policy } : policy;
  const rated: RatedChild[] = [];
  const unknown: string[] = [];
  for (const child of children) {
    if (child.status === 'unknown') {
      unknown.push(child.id);
      if (rule.policy === 'as_critical') {
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
  return { rated, unknown, forcesUnknown: forcesUnknown(rule, unknown.length, children.length) };
}

function forcesUnknown(rule: UnknownRule, unknown: number, total: number): boolean {
  if (unknown === 0) return false;
  if (rule.policy === 'propagate') return true;
  if (rule.policy !== 'max_unknown_share') return false;
  const share = rule.maxUnknownShare;
  if (share === undefined) throw new Error('applyUnknownPolicy: max_unknown_share without a share');
  return unknown / total > share;
}
