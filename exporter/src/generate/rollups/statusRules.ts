/**
 * A parent's status, then the contract series of the depth (`cascade/parent.ts`, docs/cascade.md):
 *
 *   unknown_forced   propagate with an unknown child; max_unknown_share with u/n > the share (or no
 *                    share served: fail closed);
 *   status_by_score  2 − (score > critical) − (score > warning): thresholds inclusive on the worse side,
 *                    read from `mlhealth_node_threshold` (the parent's own, else the spec's defaults);
 *   status           the worse of status_by_score and the floor; 3 (unknown) when forced or when there
 *                    is no score (no rated child, fewer than k) — every ruled parent gets a status.
 * The contract's series are recorded from these by the last group (`contractRules.ts`).
 */
import { METRICS } from '../../metrics/names';
import type { RecordingRule } from '../rules/types';
import { atDepth } from './edgeRules';
import type { DepthPlan } from './plan';
import { labelList, NODE_KEY, NODE_LABELS, orAll, RECORDS, sel } from './vocabulary';

const BY = labelList(NODE_LABELS);
const KEY = labelList(NODE_KEY);

function forcedTerms(plan: DepthPlan): string[] {
  const unknownChildren = (policy: string) =>
    `count by ${BY} (${sel(RECORDS.edgeStatus, atDepth(plan, { unknown_policy: policy }))} == 3)`;
  const terms: string[] = [];
  if (plan.policies.has('propagate')) terms.push(unknownChildren('propagate'));
  if (plan.policies.has('max_unknown_share')) {
    const all = `count by ${BY} (${sel(RECORDS.edgeStatus, atDepth(plan, { unknown_policy: 'max_unknown_share' }))})`;
    const share = `max by ${KEY} (${METRICS.nodeMaxUnknownShare.name})`;
    terms.push(`${unknownChildren('max_unknown_share')}\n/ ${all}\n> on ${KEY} group_left ()\n${share}`);
    terms.push(`${unknownChildren('max_unknown_share')}\nunless on ${KEY}\n${share}`);
  }
  return terms;
}

function byScore(plan: DepthPlan): string {
  const score = sel(RECORDS.nodeScore, atDepth(plan));
  const threshold = (level: string) => `max by ${KEY} (${sel(METRICS.nodeThreshold.name, { level })})`;
  return (
    `2\n- (${score} > bool on ${KEY} group_left () ${threshold('critical')})\n` +
    `- (${score} > bool on ${KEY} group_left () ${threshold('warning')})`
  );
}

function statusExpr(plan: DepthPlan, forced: boolean): string {
  const b = sel(RECORDS.nodeStatusByScore, atDepth(plan));
  const f = sel(RECORDS.nodeFloor, atDepth(plan));
  const rated = `(${b} >= ${f})\nor\n(${f} and ${b})`;
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
