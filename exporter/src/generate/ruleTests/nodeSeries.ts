/**
 * The series one node feeds into a rule-test scenario, and the alert a scenario expects from one of
 * the node's rules.
 */
import { nodeSignalLabel } from '../../cascade/labels';
import { METRICS } from '../../metrics/names';
import { nodeUnit } from '../../spec/nodeUnit';
import type { GenerateContext, NodeFacts } from '../context';
import { statusDescription, noDataDescription, staleDescription } from '../rules/descriptions';
import { nodeAlertRules } from '../rules/nodeAlerts';
import type { AlertingRule } from '../rules/types';
import { expectedText, firstChild, type ScenarioValues } from './expectedText';
import { constant, growing, series, seriesName, TEST_TARGET } from './series';
import type { ExpectedAlert, InputSeries } from './types';

export type NodeRuleKind = 'warning' | 'critical' | 'noData' | 'stale';

const KIND_INDEX: Record<NodeRuleKind, number> = { warning: 0, critical: 1, noData: 2, stale: 3 };

/** The generated rule of `kind` for a node (the same objects the rule file holds). */
export function nodeRule(ctx: GenerateContext, facts: NodeFacts, kind: NodeRuleKind): AlertingRule {
  return nodeAlertRules(ctx.spec, facts)[KIND_INDEX[kind]] as AlertingRule;
}

/** What a scenario's status code sets on the value of a base node: its warning or critical threshold. */
export function scenarioValue(facts: NodeFacts, status: number): number {
  const t = facts.node.thresholds;
  if (t === undefined) return 1;
  return status >= 2 ? t.critical : t.warning;
}

/**
 * The series of one node: status, value (base) or score and contribution (parents), impact (business)
 * and last update. `status` null leaves the status series out; `updated` false freezes the update time at 0.
 */
export function nodeSeries(
  ctx: GenerateContext,
  facts: NodeFacts,
  status: number | null,
  values: ScenarioValues,
  steps: number,
  interval: number,
  updated = true,
): InputSeries[] {
  const { node } = facts;
  const id = { node: node.id, tier: node.tier, model: node.model };
  const out: InputSeries[] = [];
  if (status !== null) out.push(series(seriesName(METRICS.nodeStatus.name, id), constant(status, steps)));
  if (node.tier === 'base') {
    out.push(series(seriesName(METRICS.nodeValue.name, id), constant(values.value(node.id), steps)));
  } else {
    out.push(series(seriesName(METRICS.nodeScore.name, id), constant(values.score, steps)));
    const child = firstChild(ctx, node.id);
    if (child !== undefined) {
      const edge = seriesName(METRICS.nodeContribution.name, { parent: node.id, child });
      out.push(series(edge, constant(values.contribution, steps)));
    }
  }
  if (node.impact !== undefined) {
    const impact = seriesName(METRICS.businessImpact.name, { node: node.id, measure: node.impact.measure });
    out.push(series(impact, constant(values.impact, steps)));
  }
  const lastUpdate = seriesName(METRICS.nodeLastUpdate.name, { node: node.id });
  out.push(series(lastUpdate, updated ? growing(0, interval, steps) : constant(0, steps)));
  return [...out, ...staticSeries(ctx, facts, steps)];
}

/** What the cause chain reads besides values: the node's info and (base) thresholds. */
function staticSeries(ctx: GenerateContext, facts: NodeFacts, steps: number): InputSeries[] {
  const { node } = facts;
  const statistic = node.tier === 'base' ? nodeSignalLabel(ctx.spec, node) : undefined;
  const info = { node: node.id, tier: node.tier, title: node.title, unit: nodeUnit(node), statistic };
  const out = [series(seriesName(METRICS.nodeInfo.name, info), constant(1, steps))];
  const t = node.tier === 'base' ? node.thresholds : undefined;
  for (const level of t === undefined ? [] : (['warning', 'critical'] as const)) {
    const name = seriesName(METRICS.nodeThreshold.name, { node: node.id, level });
    out.push(series(name, constant((t as NonNullable<typeof t>)[level], steps)));
  }
  return out;
}

/** The alert `kind` of `facts` as the scenario expects it: rule labels plus target labels, expanded text. */
export function expectedNodeAlert(
  ctx: GenerateContext,
  facts: NodeFacts,
  kind: NodeRuleKind,
  values: ScenarioValues,
): ExpectedAlert {
  const rule = nodeRule(ctx, facts, kind);
  const text = expectedText(ctx, values);
  const description =
    kind === 'noData'
      ? noDataDescription(ctx.spec, facts, text)
      : kind === 'stale'
        ? staleDescription(facts, text)
        : statusDescription(ctx.spec, facts, text);
  return {
    exp_labels: { ...rule.labels, ...TEST_TARGET },
    exp_annotations: { ...rule.annotations, description },
  };
}
