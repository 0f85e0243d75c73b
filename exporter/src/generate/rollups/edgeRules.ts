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
 * and from the shards' series only when the depth has children an exporter evaluates. So a depth reads
 * its own slice of the fleet, not the whole fleet's statuses.
 */
import { METRICS } from '../../metrics/names';
import type { RecordingRule } from '../rules/types';
import type { DepthPlan } from './plan';
import {
  anyOf,
  copyLabel,
  EDGE_KEY,
  EDGE_LABELS,
  labelList,
  NODE_KEY,
  PARTITION,
  RECORDS,
  sel,
} from './vocabulary';

const CHILD_KEY = labelList([...PARTITION, 'child']);
const EDGE_ON = labelList(EDGE_KEY);
const KEY = labelList(NODE_KEY);

/** `{depth="d"}` plus extra matchers, for the records of this depth. */
export function atDepth(plan: DepthPlan, extra: Record<string, string> = {}): Record<string, string> {
  return { depth: String(plan.depth), ...extra };
}

/** An equality matcher for one value, an exact alternation for several. */
const oneOf = (values: string[]) => (values.length === 1 ? (values[0] as string) : anyOf(values));

/**
 * A child's status or score (aggregated by `agg` per node), as this depth reads it: a ruled child's
 * from the depth records of the ruled children's depths (recorded this evaluation by the shallower
 * groups), an exported child's as a shard serves it (of the exported children's tiers: not the
 * ruler's own contract series of other tiers); each source only when the depth has such children. With both, the depth records come first: the contract series the last group recorded for
 * ruled nodes (one evaluation older) are never read.
 */
export function childSource(plan: DepthPlan, agg: 'max' | 'min', metric: string, record: string): string {
  const depths = plan.ruledChildDepths.map(String);
  const tiers = plan.servedTiers;
  const terms = [
    ...(depths.length > 0 ? [`${agg} by ${KEY} (${sel(record, { depth: oneOf(depths) })})`] : []),
    ...(tiers.length > 0 ? [`${agg} by ${KEY} (${sel(metric, { tier: oneOf(tiers) })})`] : []),
  ];
  return terms.length === 1 ? (terms[0] as string) : `(${terms.join(' or ')})`;
}

const childStatus = (plan: DepthPlan) =>
  childSource(plan, 'max', METRICS.nodeStatus.name, RECORDS.nodeStatus);
const childScore = (plan: DepthPlan) => childSource(plan, 'min', METRICS.nodeScore.name, RECORDS.nodeScore);

/**
 * The known children's status, one series per node: status 0..2 with a score; an exported child also
 * recomputed recently (a ruled child is recomputed by this very evaluation).
 */
function knownChildren(plan: DepthPlan): string {
  const known = `(\n    ${childStatus(plan)} < 3\n    and on ${KEY} ${childScore(plan)}\n  )`;
  if (plan.servedTiers.length === 0) return known;
  const age = `time() - max by ${KEY} (${METRICS.nodeLastUpdate.name})`;
  return `${known}\n  unless on ${KEY} (${age} > ${plan.staleAfter})`;
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
