/**
 * The topology records of one depth, in a group of their own evaluated every `TOPOLOGY_INTERVAL`. The
 * topology comes from the spec: it changes with a deployment, not between evaluations. So it is read,
 * deduplicated over the shards (every shard serves it) and joined once per topology interval, not in
 * every evaluation of the depth group, which reads these records — one series per edge or parent of
 * the depth instead of one per shard:
 *
 *   mlhealth:rollup_edge:weight              every edge into a parent of the depth
 *                                            (`mlhealth_edge_weight{depth="d"}`) with the parent's rollup
 *                                            description (`mlhealth_node_rollup_info{depth="d"}`);
 *   mlhealth:rollup_node:threshold{level}    the parents' score thresholds (`mlhealth_node_threshold{depth="d"}`);
 *   mlhealth:rollup_node:max_unknown_share   the share of the max_unknown_share parents.
 *
 * Every selector matches `depth` by equality (an index lookup): a topology group reads its depth's
 * slice of the fleet only. The interval (2 minutes) stays under Prometheus' 5-minute lookback with a
 * missed evaluation to spare, so the records never go stale while any shard serves the topology; when
 * every shard is gone they are stale-marked at the next topology evaluation, and until then the
 * parents' children are unknown (their status series are gone). A parent added by a new deployment
 * is evaluated from the next topology evaluation on, without a status series before (never green).
 */
import { METRICS } from '../../metrics/names';
import type { RecordingRule, RuleGroup } from '../rules/types';
import { topologyAt } from './edgeRules';
import type { DepthPlan } from './plan';
import { anyOf, copyLabel, INFO_LABELS, labelList, NODE_KEY, PARTITION, RECORDS, sel } from './vocabulary';

/** How often the topology groups run; under the 5 m lookback with one missed evaluation to spare. */
export const TOPOLOGY_INTERVAL = '2m';

/** The name of the topology group of a depth. */
export function topologyGroupName(depth: number): string {
  return `mlhealth-rollup-topology-depth-${depth}`;
}

/** The topology rules of a depth (weight, thresholds, and the share when a parent uses it). */
function topologyRules(plan: DepthPlan): RecordingRule[] {
  const parents: Record<string, string> = plan.filter === null ? {} : { parent: anyOf(plan.filter) };
  const nodes: Record<string, string> = plan.filter === null ? {} : { node: anyOf(plan.filter) };
  const info = `max by ${labelList([...PARTITION, ...INFO_LABELS])} (${sel(METRICS.nodeRollupInfo.name, topologyAt(plan, nodes))})`;
  const weight =
    `max by ${labelList([...PARTITION, 'parent', 'child'])} (${sel(METRICS.edgeWeight.name, topologyAt(plan, parents))})\n` +
    `* on ${labelList([...PARTITION, 'parent'])} group_left ${labelList(INFO_LABELS)}\n` +
    `${copyLabel(info, 'parent', 'node')}`;
  const threshold = `max by ${labelList([...NODE_KEY, 'level'])} (${sel(METRICS.nodeThreshold.name, topologyAt(plan, nodes))})`;
  const rules: RecordingRule[] = [
    { record: RECORDS.edgeWeight, expr: weight },
    { record: RECORDS.nodeThreshold, expr: threshold },
  ];
  if (plan.policies.has('max_unknown_share')) {
    rules.push({
      record: RECORDS.nodeMaxUnknownShare,
      expr: `max by ${labelList(NODE_KEY)} (${sel(METRICS.nodeMaxUnknownShare.name, topologyAt(plan, nodes))})`,
    });
  }
  return rules;
}

/** The topology group of a depth, its records labelled with the depth like the depth group's. */
export function topologyGroup(plan: DepthPlan): RuleGroup {
  return {
    name: topologyGroupName(plan.depth),
    interval: TOPOLOGY_INTERVAL,
    rules: topologyRules(plan).map((r) => ({ ...r, labels: { depth: String(plan.depth) } })),
  };
}
