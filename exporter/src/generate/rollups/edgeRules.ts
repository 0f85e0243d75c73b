/**
 * The edge records of one depth: the topology joins, done once per depth and read by every later rule
 * of the group.
 *
 *   weight        every edge into a parent of this depth, with the parent's rollup description
 *                 (`mlhealth_node_rollup_info`), deduplicated over the shards that all serve the topology;
 *   child_status  the child's status as the parent sees it: its `mlhealth_node_status` when that is
 *                 0..2, it has a score and it was recomputed within the depth's stale limit; else 3
 *                 (unknown) — so a child whose shard is gone (no series) or stuck (old last update)
 *                 is unknown, never its last value;
 *   rated_status  the children that enter the rollup after the unknown policy: the known ones, and under
 *                 as_critical the unknown ones as critical (2);
 *   rated_score   their scores (as_critical: 0). A parent never reads the score of an unknown child.
 */
import { METRICS } from '../../metrics/names';
import type { RecordingRule } from '../rules/types';
import type { DepthPlan } from './plan';
import {
  copyLabel,
  EDGE_LABELS,
  INFO_LABELS,
  labelList,
  NODE_KEY,
  PARTITION,
  RECORDS,
  anyOf,
  sel,
} from './vocabulary';

const EDGE_KEY = labelList([...PARTITION, 'parent', 'child']);
const CHILD_KEY = labelList([...PARTITION, 'child']);
const KEY = labelList(NODE_KEY);

/** `{depth="d"}` plus extra matchers, for the records of this depth. */
export function atDepth(plan: DepthPlan, extra: Record<string, string> = {}): Record<string, string> {
  return { depth: String(plan.depth), ...extra };
}

/**
 * A node's status or score (aggregated by `agg` per node): as a shallower depth group recorded it this
 * evaluation, else as a shard serves it. The contract series the last group recorded for ruled nodes
 * (one evaluation older) are never read.
 */
export function served(agg: 'max' | 'min', metric: string, record: string): string {
  return `(${agg} by ${KEY} (${record}) or ${agg} by ${KEY} (${metric}))`;
}

const STATUS = served('max', METRICS.nodeStatus.name, RECORDS.nodeStatus);
const SCORE = served('min', METRICS.nodeScore.name, RECORDS.nodeScore);

/** The known children's status, one series per node: status 0..2 with a score, recomputed recently. */
function knownChildren(plan: DepthPlan): string {
  const status = `${STATUS} < 3`;
  const scored = SCORE;
  const age = `time() - max by ${KEY} (${METRICS.nodeLastUpdate.name})`;
  return `(\n    ${status}\n    and on ${KEY} ${scored}\n  )\n  unless on ${KEY} (${age} > ${plan.staleAfter})`;
}

/** The four edge rules of a depth. */
export function edgeRules(plan: DepthPlan): RecordingRule[] {
  const filter: Record<string, string> = plan.filter === null ? {} : { parent: anyOf(plan.filter) };
  const infoFilter: Record<string, string> = plan.filter === null ? {} : { node: anyOf(plan.filter) };
  const info = `max by ${labelList([...PARTITION, ...INFO_LABELS])} (${sel(METRICS.nodeRollupInfo.name, atDepth(plan, infoFilter))})`;
  const weight =
    `max by ${EDGE_KEY} (${sel(METRICS.edgeWeight.name, filter)})\n` +
    `* on ${labelList([...PARTITION, 'parent'])} group_left ${labelList(INFO_LABELS)}\n` +
    `${copyLabel(info, 'parent', 'node')}`;
  const edges = sel(RECORDS.edgeWeight, atDepth(plan));
  const status = sel(RECORDS.edgeStatus, atDepth(plan));
  const asCritical = sel(RECORDS.edgeStatus, atDepth(plan, { unknown_policy: 'as_critical' }));
  const childScore = copyLabel(SCORE, 'child', 'node');
  const rules: RecordingRule[] = [
    { record: RECORDS.edgeWeight, expr: weight },
    {
      record: RECORDS.edgeStatus,
      expr:
        `(\n  ${edges} * 0\n  + on ${CHILD_KEY} group_left ()\n  ${copyLabel(`\n  ${knownChildren(plan)}\n  `, 'child', 'node')}\n)\n` +
        `or\n${edges} * 0 + 3`,
    },
    {
      record: RECORDS.edgeRatedStatus,
      expr: plan.policies.has('as_critical')
        ? `${status} < 3\nor\n(${asCritical} == 3) - 1`
        : `${status} < 3`,
    },
    {
      record: RECORDS.edgeRatedScore,
      expr:
        `(${status} < 3) * 0\n+ on ${CHILD_KEY} group_left ()\n${childScore}` +
        (plan.policies.has('as_critical') ? `\nor\n(${asCritical} == 3) * 0` : ''),
    },
  ];
  return rules;
}

/** The edge labels every edge record carries (for documentation and tests). */
export const EDGE_RECORD_LABELS = EDGE_LABELS;
