/**
 * The edge records of one depth, on the edges the depth's topology group recorded
 * (`mlhealth:rollup_edge:weight`, `topologyRules.ts`):
 *
 *   child_status  the child's status as the parent sees it: its status when that is 0..2, it has a
 *                 score and (a child an exporter evaluates) it was recomputed within the depth's stale
 *                 limit; else 3 (unknown) — so a child whose shard is gone (no series) or stuck (old last
 *                 update) is unknown, never its last value;
 *   rated_score   the scores of the children that enter the rollup after the unknown policy: the known
 *                 ones, and under as_critical the unknown ones as 0. A parent never reads the score of an
 *                 unknown child. Their statuses (`ratedStatus`: as_critical unknown ones as 2) are read
 *                 inline from child_status by the floor, not recorded.
 *
 * Cost: every selector is scoped to the depth: the edge records by `depth` equality (an index lookup),
 * a child's status and score from the depth records of the children's depths (`plan.ruledChildDepths`)
 * and, for children an exporter evaluates, from the served group's records (`servedRules.ts`: the
 * shards' series read and deduplicated once for every depth). So a depth reads its own slice of the
 * fleet's records, never the shards' raw series.
 */
import type { RecordingRule } from '../rules/types';
import type { DepthPlan } from './plan';
import {
  copyLabel,
  EDGE_KEY,
  EDGE_LABELS,
  labelList,
  NODE_KEY,
  oneOf,
  PARTITION,
  RECORDS,
  sel,
} from './vocabulary';

const CHILD_KEY = labelList([...PARTITION, 'child']);
const EDGE_ON = labelList(EDGE_KEY);
const KEY = labelList(NODE_KEY);

/**
 * `{depth="d"}` (and `rollup="kind"` in a kind's group) plus extra matchers, for the edge and node
 * records of this group.
 */
export function atDepth(plan: DepthPlan, extra: Record<string, string> = {}): Record<string, string> {
  return { depth: String(plan.depth), ...(plan.kind === undefined ? {} : { rollup: plan.kind }), ...extra };
}

/** `{depth="d"}` plus extra matchers, for the topology's node records (thresholds, shares: no `rollup`). */
export function topologyAt(plan: DepthPlan, extra: Record<string, string> = {}): Record<string, string> {
  return { depth: String(plan.depth), ...extra };
}

const depthsOf = (plan: DepthPlan) => ({ depth: oneOf(plan.ruledChildDepths.map(String)) });

/**
 * A child's score as this depth reads it: a ruled child's from the depth records of the ruled
 * children's depths (recorded this evaluation by the shallower groups), an exported child's from the
 * served group's record (`servedRules.ts`); each source only when the depth has such children. With
 * both, the depth records come first: the ruler's own contract series, which the served records also
 * hold for ruled nodes of a served tier, are never read for a ruled child.
 */
function childScore(plan: DepthPlan): string {
  const terms = [
    ...(plan.ruledChildDepths.length > 0
      ? [`min by ${KEY} (${sel(RECORDS.nodeScore, depthsOf(plan))})`]
      : []),
    ...(plan.servedTiers.length > 0 ? [sel(RECORDS.servedScore, { tier: oneOf(plan.servedTiers) })] : []),
  ];
  return terms.length === 1 ? (terms[0] as string) : `(${terms.join(` or on ${KEY} `)})`;
}

/**
 * The known children's status, one series per node: a ruled child's status 0..2 with a score (it is
 * recomputed by this very evaluation), an exported child's served status (known, with a score and
 * recomputed within the depth's stale limit: `servedRules.ts`). A ruled child's depth record decides
 * for it even when unknown (`unless`), as in `childScore`.
 */
function knownChildren(plan: DepthPlan): string {
  const ruled = `max by ${KEY} (${sel(RECORDS.nodeStatus, depthsOf(plan))})`;
  const served = sel(RECORDS.servedStatus, {
    stale_after: String(plan.staleAfter),
    tier: oneOf(plan.servedTiers),
  });
  if (plan.servedTiers.length === 0) return `(\n    ${ruled} < 3\n    and on ${KEY} ${childScore(plan)}\n  )`;
  if (plan.ruledChildDepths.length === 0) return served;
  const ruledScore = `min by ${KEY} (${sel(RECORDS.nodeScore, depthsOf(plan))})`;
  const known = `(${ruled} < 3 and on ${KEY} ${ruledScore})`;
  return `(\n    ${known}\n    or on ${KEY}\n    (${served} unless on ${KEY} ${ruled})\n  )`;
}

/**
 * The statuses of the children a rollup of the edges `extra` selects (e.g. `{rollup: 'worst_of'}`)
 * reads after the unknown policy: the known ones, and under as_critical the unknown ones as 2.
 */
export function ratedStatus(plan: DepthPlan, extra: Record<string, string>): string {
  const status = `${sel(RECORDS.edgeStatus, atDepth(plan, extra))} < 3`;
  if (!plan.policies.has('as_critical')) return status;
  const asCritical = sel(RECORDS.edgeStatus, atDepth(plan, { ...extra, unknown_policy: 'as_critical' }));
  return `${status}\n  or on ${EDGE_ON}\n  (${asCritical} == 3) - 1`;
}

/** The two edge rules of a depth. */
export function edgeRules(plan: DepthPlan): RecordingRule[] {
  const edges = sel(RECORDS.edgeWeight, atDepth(plan));
  const status = sel(RECORDS.edgeStatus, atDepth(plan));
  const asCritical = sel(RECORDS.edgeStatus, atDepth(plan, { unknown_policy: 'as_critical' }));
  return [
    {
      record: RECORDS.edgeStatus,
      expr:
        `(\n  ${edges} * 0\n  + on ${CHILD_KEY} group_left ()\n  ${copyLabel(`\n  ${knownChildren(plan)}\n  `, 'child', 'node')}\n)\n` +
        `or on ${EDGE_ON}\n${edges} * 0 + 3`,
    },
    {
      record: RECORDS.edgeRatedScore,
      expr:
        `(${status} < 3) * 0\n+ on ${CHILD_KEY} group_left ()\n${copyLabel(childScore(plan), 'child', 'node')}` +
        (plan.policies.has('as_critical') ? `\nor on ${EDGE_ON}\n(${asCritical} == 3) * 0` : ''),
    },
  ];
}

/** The edge labels every edge record carries (for documentation and tests). */
export const EDGE_RECORD_LABELS = EDGE_LABELS;
