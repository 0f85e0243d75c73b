/**
 * A parent node's result from its children's results: unknown policy, rollup, status, contributions,
 * reason. Status = the worse of `statusFromScore(score)` and the rule's floor (`rollup.ts`), or
 * `unknown` when the policy says so or nothing could be rated.
 *
 * A parent without a `rollup` uses worst_of (the conservative rule). Its score thresholds are its own
 * `thresholds` (read in score units, lower is worse) when declared, else `spec.defaults.score_thresholds`.
 */
import type { NodeSpec, RollupSpec, Spec } from '../spec/types';
import { contributions } from './contributions';
import { formatNumber, formatShare } from './format';
import { rollup, type RollupOutcome } from './rollup';
import { severity, worseStatus } from '../spec/status';
import { statusFromScore, type ScoreThresholds } from './thresholds';
import type { Contribution, NodeResult } from './types';
import {
  applyUnknownPolicy,
  unknownRuleOf,
  type ChildState,
  type PolicyOutcome,
  type RatedChild,
  type UnknownRule,
} from './unknown';

/** The score thresholds a node's own status is read with. */
export function scoreThresholdsOf(node: NodeSpec, spec: Spec): ScoreThresholds {
  const isParent = node.children !== undefined && node.children.length > 0;
  if (isParent && node.thresholds !== undefined) {
    return { warning: node.thresholds.warning, critical: node.thresholds.critical };
  }
  return spec.defaults.score_thresholds;
}

/**
 * Evaluates one parent node from its children's states (in declaration order). Complexity O(n log n).
 *
 * @example
 * // worst_of over a 0.875 (ok), b 0.65 (warning), c 0.3 (critical):
 * evaluateParent(node, children, spec, now)
 * // { score: 0.3, status: 'critical', contributions: [a 0, b 0, c 1], reason: 'worst child c (critical)', … }
 */
export function evaluateParent(
  node: NodeSpec,
  children: readonly ChildState[],
  spec: Spec,
  now: number,
): NodeResult {
  const rule: RollupSpec = node.rollup ?? { rule: 'worst_of' };
  const t = scoreThresholdsOf(node, spec);
  const unknownRule = unknownRuleOf(node, spec.defaults);
  const policy = applyUnknownPolicy(children, unknownRule);
  const outcome = rollup(rule, policy.rated);
  const base: NodeResult = {
    id: node.id,
    tier: node.tier,
    model: node.model ?? '',
    score: outcome?.score ?? null,
    status: 'unknown',
    value: null,
    thresholds: { warning: t.warning, critical: t.critical },
    contributions: contributions(
      rule,
      policy.rated,
      children.map((c) => c.id),
      outcome?.score ?? null,
    ),
    impact: null,
    decay: 1,
    reason: '',
    updatedAt: now,
  };
  if (outcome === null || policy.forcesUnknown) {
    return { ...base, reason: unknownReason(rule, unknownRule, policy, children.length) };
  }
  const byScore = statusFromScore(outcome.score, t);
  const status = worseStatus(byScore, outcome.floor);
  return { ...base, status, reason: ruleReason(rule, policy.rated, outcome, byScore, base.contributions) };
}

function unknownReason(rule: RollupSpec, unknownRule: UnknownRule, policy: PolicyOutcome, n: number): string {
  const u = policy.unknown;
  if (policy.forcesUnknown && unknownRule.maxUnknownShare !== undefined) {
    return `${u.length} of ${n} children unknown (${percent(u.length / n)}) > max_unknown_share ${percent(unknownRule.maxUnknownShare)}`;
  }
  if (policy.forcesUnknown) {
    return u.length === 1 ? `child ${u[0]} is unknown` : `children ${u.join(', ')} are unknown`;
  }
  if (n === 0) return 'no children';
  if (policy.rated.length === 0) return 'all children unknown';
  const k = rule.rule === 'k_of_n' ? rule.k : 1;
  return `${policy.rated.length} of ${n} children known, ${k} needed`;
}

function ruleReason(
  rule: RollupSpec,
  rated: readonly RatedChild[],
  outcome: RollupOutcome,
  byScore: NodeResult['status'],
  shares: readonly Contribution[],
): string {
  const bestFirst = [...rated].sort(
    (a, b) => severity(a.status) - severity(b.status) || b.score - a.score || compareIds(a.id, b.id),
  );
  const worst = [...rated].sort(
    (a, b) => severity(b.status) - severity(a.status) || a.score - b.score || compareIds(a.id, b.id),
  )[0];
  switch (rule.rule) {
    case 'worst_of':
      return `worst child ${worst.id} (${worst.status})`;
    case 'k_of_n': {
      const pivot = bestFirst[rule.k - 1];
      return `${rule.k} of ${rated.length} must be healthy; ${ordinal(rule.k)} best child ${pivot.id} (${pivot.status})`;
    }
    case 'weighted_mean': {
      const parts = [`weighted mean ${formatNumber(outcome.score)}`];
      const top = largestShare(shares);
      if (top !== null) parts.push(`largest share ${top.child} (${formatShare(top.share)})`);
      if (severity(outcome.floor) > severity(byScore)) {
        parts.push(`critical child ${worst.id} keeps it at ${outcome.floor}`);
      }
      return parts.join('; ');
    }
  }
}

/** The contribution with the largest share (ties: the first id in code-point order); null when none is positive. */
export function largestShare(shares: readonly Contribution[]): Contribution | null {
  let best: Contribution | null = null;
  for (const c of shares) {
    if (c.share <= 0) continue;
    if (best === null || c.share > best.share || (c.share === best.share && c.child < best.child)) best = c;
  }
  return best;
}

/** Code-point order, independent of locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A share as a percentage with three significant digits: 0.051 → '5.1%'. */
function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}

function ordinal(k: number): string {
  const tens = k % 100;
  if (tens >= 11 && tens <= 13) return `${k}th`;
  return `${k}${['th', 'st', 'nd', 'rd'][k % 10] ?? 'th'}`;
}
