/**
 * The last group: the contract's series, recorded once for every depth from the depth groups'
 * records, with the contract's labels (plus `environment`; no `instance`, no `job`, no `depth`):
 *
 *   mlhealth_node_status                          every ruled parent, 0..3
 *   mlhealth_node_score                           absent while the parent is unknown (the exporter's rule:
 *                                                 an advisory score never reaches a gauge)
 *   mlhealth_node_last_update_timestamp_seconds   the evaluation time: when the ruler computed it
 *   mlhealth_node_contribution{parent,child}      while the parent's rollup score is below 1
 *   mlhealth_business_impact{node,measure}        while known; exposure for constant exposures
 *
 * One group for all depths keeps each contract series written by one rule (promtool's duplicate lint),
 * at the price of one evaluation of delay after the deepest depth group.
 */
import { METRICS } from '../../metrics/names';
import type { RecordingRule, RuleGroup } from '../rules/types';
import { CONTRACT_NODE, labelList, NODE_KEY, PARTITION, RECORDS } from './vocabulary';

export const CONTRACT_GROUP = 'mlhealth-rollup-contract';

/** The contract group; `impact` and `exposure` say whether any ruled parent records them. */
export function contractGroup(impact: boolean, exposure: boolean): RuleGroup {
  const contract = labelList(CONTRACT_NODE);
  const key = labelList(NODE_KEY);
  const measure = labelList([...NODE_KEY, 'measure']);
  const rules: RecordingRule[] = [
    { record: METRICS.nodeStatus.name, expr: `max by ${contract} (${RECORDS.nodeStatus})` },
    {
      record: METRICS.nodeScore.name,
      expr: `max by ${contract} (\n  ${RECORDS.nodeScore}\n  unless on ${key} (${RECORDS.nodeStatus} == 3)\n)`,
    },
    { record: METRICS.nodeLastUpdate.name, expr: `max by ${key} (${RECORDS.nodeStatus}) * 0 + time()` },
    {
      record: METRICS.nodeContribution.name,
      expr: `max by ${labelList([...PARTITION, 'parent', 'child'])} (${RECORDS.edgeShare})`,
    },
  ];
  if (impact)
    rules.push({ record: METRICS.businessImpact.name, expr: `max by ${measure} (${RECORDS.nodeImpact})` });
  if (exposure) {
    rules.push({
      record: METRICS.businessExposure.name,
      expr: `max by ${measure} (${RECORDS.nodeExposure})`,
    });
  }
  return { name: CONTRACT_GROUP, rules };
}
