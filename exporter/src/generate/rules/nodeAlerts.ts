/**
 * The alerts of one node: warning and critical from `mlhealth_node_status` (business nodes under
 * their own names, with the impact in the description), no data (status unknown, or no series while
 * the exporter is up), stale evaluation, and data lost (unknown right after warning or critical: the
 * degraded alert must not read as recovered when the data stops).
 */
import { formatDuration } from '../../spec/duration';
import type { Spec } from '../../spec/types';
import { METRICS } from '../../metrics/names';
import type { NodeFacts } from '../context';
import { noDataDescription, staleDescription, statusDescription } from './descriptions';
import { alertAnnotations, alertLabels, quote } from './labels';
import { ALERTS, SCRAPE_JOB } from './names';
import { TEMPLATE_TEXT } from './text';
import { keepFiringFor, noDataFor, nodeFor, staleAfter } from './timing';
import type { AlertingRule } from './types';

const STATUS = METRICS.nodeStatus.name;

/** How far back the data-loss rule looks for the node's last known status (a subquery at the rule interval). */
export const DATA_LOST_LOOKBACK = '1h';

/** The alerting rules of a node, in a fixed order: warning, critical, no data, stale, data lost. */
export function nodeAlertRules(spec: Spec, facts: NodeFacts): AlertingRule[] {
  const { node } = facts;
  const status = `${STATUS}{node=${quote(node.id)}}`;
  const timing = {
    for: formatDuration(nodeFor(facts)),
    keep_firing_for: formatDuration(keepFiringFor(spec, facts)),
  };
  const business = node.tier === 'business';
  const detail = statusDescription(spec, facts, TEMPLATE_TEXT);
  const warning: AlertingRule = {
    alert: business ? ALERTS.businessWarning : ALERTS.nodeWarning,
    expr: `${status} > 0 < 3`,
    ...timing,
    labels: alertLabels(facts, 'warning'),
    annotations: alertAnnotations(facts, `${node.title} is degraded`, detail),
  };
  const critical: AlertingRule = {
    alert: business ? ALERTS.businessCritical : ALERTS.nodeCritical,
    expr: `${status} == 2`,
    ...timing,
    labels: alertLabels(facts, 'critical'),
    annotations: alertAnnotations(facts, `${node.title} is critical`, detail),
  };
  return [
    warning,
    critical,
    noDataRule(spec, facts, status, timing),
    staleRule(facts),
    dataLostRule(facts, status),
  ];
}

/**
 * One no-data rule for both cases, told apart in the description by the value: 3 is the unknown
 * status; 1 is `up` of an exporter while no series of the node exists in its environment (spec and
 * rules disagree). Matched on `environment` only, not on the target: the node's series may come from
 * another shard or be recorded by the rollup rules without `instance` (docs/scale-out.md).
 */
function noDataRule(
  spec: Spec,
  facts: NodeFacts,
  status: string,
  timing: { for: string; keep_firing_for: string },
): AlertingRule {
  const { node } = facts;
  return {
    alert: ALERTS.nodeNoData,
    expr: `${status} == 3\nor\n(up{job=${quote(SCRAPE_JOB)}} == 1 unless on (environment) ${status})`,
    ...timing,
    for: formatDuration(noDataFor(spec, facts)),
    labels: alertLabels(facts, 'warning'),
    annotations: alertAnnotations(
      facts,
      `${node.title} has no data`,
      noDataDescription(spec, facts, TEMPLATE_TEXT),
    ),
  };
}

function staleRule(facts: NodeFacts): AlertingRule {
  const { node } = facts;
  const limit = staleAfter(facts);
  return {
    alert: ALERTS.evaluationStale,
    expr: `time() - ${METRICS.nodeLastUpdate.name}{node=${quote(node.id)}} > ${limit}`,
    for: formatDuration(facts.cadence),
    labels: alertLabels(facts, 'warning'),
    annotations: alertAnnotations(
      facts,
      `${node.title} is not being evaluated`,
      staleDescription(facts, TEMPLATE_TEXT),
    ),
  };
}

/**
 * Data lost while degraded: the node is unknown now and its last known status (within
 * `DATA_LOST_LOOKBACK`) was warning or critical. Fires at once (no `for`), at the highest severity the
 * node's escalation routes, to the same receivers as its other alerts, with the cause from
 * `mlhealth_node_unknown_info`. So when a critical node's traffic stops, the page is "data lost", not a
 * bare "resolved".
 */
function dataLostRule(facts: NodeFacts, status: string): AlertingRule {
  const { node } = facts;
  const levels = facts.policy?.levels ?? [];
  const severity =
    levels.length > 0 && levels.every((l) => l.severity === 'warning') ? 'warning' : 'critical';
  const cause =
    `{{ with printf \`${METRICS.nodeUnknownInfo.name}{node=${quote(node.id)},environment="%s"}\` $labels.environment | query }}` +
    `{{ . | first | label "cause" }}{{ else }}unknown cause{{ end }}`;
  return {
    alert: ALERTS.nodeDataLost,
    expr: `${status} == 3\nand\nlast_over_time((${status} < 3)[${DATA_LOST_LOOKBACK}:]) > 0`,
    for: '0s',
    labels: alertLabels(facts, severity),
    annotations: alertAnnotations(
      facts,
      `${node.title} lost its data while degraded`,
      `${node.title} was warning or critical, then its data stopped (${cause}): it is unknown now, not ` +
        `recovered. Missing data is never green. GET /api/v1/nodes/${node.id} says why.`,
    ),
  };
}
