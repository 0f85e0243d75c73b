/**
 * A parent's status, then the contract series of the depth (`cascade/parent.ts`, docs/cascade.md):
 *
 *   unknown_forced   propagate with an unknown child; max_unknown_share with u/n > the share (or no
 *                    share served: fail closed);
 *   status_by_score  2 − (score > critical) − (score > warning): thresholds inclusive on the worse side,
 *                    read from the topology group's `mlhealth:rollup_node:threshold` (the parent's own,
 *                    else the spec's defaults);
 *   status           the worse of status_by_score and the floor (`floorExpr`, inline); 3 (unknown)
 *                    when forced or when there is no score (no rated child, fewer than k) — every
 *                    ruled parent gets a status.
 * The contract's series are recorded from these by the last group (`contractRules.ts`).
 */
import type { RecordingRule } from '../rules/types';
import { atDepth, topologyAt } from './edgeRules';
import type { DepthPlan } from './plan';
import { floorExpr } from './scoreRules';
import { labelList, NODE_KEY, NODE_LABELS, orAll, RECORDS, sel, setLabel } from './vocabulary';

const BY = labelList(NODE_LABELS);
const KEY = labelList(NODE_KEY);

function forcedTerms(plan: DepthPlan): string[] {
  const unknownChildren = (policy: string) =>
    `count by ${BY} (${sel(RECORDS.edgeStatus, atDepth(plan, { unknown_policy: policy }))} == 3)`;
  const terms: string[] = [];
  if (plan.policies.has('propagate')) terms.push(unknownChildren('propagate'));
  if (plan.policies.has('max_unknown_share')) {
    const all = `count by ${BY} (${sel(RECORDS.edgeStatus, atDepth(plan, { unknown_policy: 'max_unknown_share' }))})`;
    const share = sel(RECORDS.nodeMaxUnknownShare, topologyAt(plan));
    terms.push(`${unknownChildren('max_unknown_share')}\n/ ${all}\n> on ${KEY} group_left ()\n${share}`);
    terms.push(`${unknownChildren('max_unknown_share')}\nunless on ${KEY}\n${share}`);
  }
  return terms;
}

function byScore(plan: DepthPlan): string {
  const score = sel(RECORDS.nodeScore, atDepth(plan));
  const threshold = (level: string) => sel(RECORDS.nodeThreshold, topologyAt(plan, { level }));
  return (
    `2\n- (${score} > bool on ${KEY} group_left () ${threshold('critical')})\n` +
    `- (${score} > bool on ${KEY} group_left () ${threshold('warning')})`
  );
}

/**
 * The worse of the status by score and the floor, for the parents that have a status by score: the
 * floor (read once, tagged so that `or` keeps both) and the status by score, then the max per parent.
 * A parent has a floor wherever it has a score (both come from its rated children).
 */
function statusExpr(plan: DepthPlan, forced: boolean): string {
  const b = sel(RECORDS.nodeStatusByScore, atDepth(plan));
  const floor = setLabel(`\n${floorExpr(plan)}\n`, 'term', 'floor');
  const rated = `max by ${BY} (\n${floor}\nand on ${KEY} ${b}\nor\n${b}\n)`;
  const known = forced
    ? `(\n${rated}\n)\nunless on ${KEY}\n${sel(RECORDS.nodeForcedUnknown, atDepth(plan))}`
    : rated;
  return `(\n${known}\n)\nor\nmax by ${BY} (${sel(RECORDS.edgeWeight, atDepth(plan))}) * 0 + 3`;
}

/** The status rules of a depth. */
export function statusRules(plan: DepthPlan): RecordingRule[] {
  const forced = orAll(forcedTerms(plan));
  const rules: RecordingRule[] = [];
  if (forced !== null) rules.push({ record: RECORDS.nodeForcedUnknown, expr: forced });
  rules.push(
    { record: RECORDS.nodeStatusByScore, expr: byScore(plan) },
    { record: RECORDS.nodeStatus, expr: statusExpr(plan, forced !== null) },
  );
  return rules;
}
