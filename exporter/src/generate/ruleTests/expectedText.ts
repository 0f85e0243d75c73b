/**
 * The text the alert templates of `rules/text.ts` expand to, given the values a test scenario feeds
 * into the series: how a generated rule test knows the exact annotation to expect.
 */
import type { NodeUnit } from '../../spec/types';
import { nodeSignalLabel } from '../../cascade/labels';
import { nodeUnit } from '../../spec/nodeUnit';
import type { GenerateContext, NodeFacts } from '../context';
import { goFormatValue } from '../rules/format';
import type { AlertText } from '../rules/text';
import { TEST_TARGET } from './series';

/** The values a scenario writes into each node's series. */
export interface ScenarioValues {
  /** `mlhealth_node_value` of a base node. */
  value: (node: string) => number;
  score: number;
  /** Share the first child of every parent contributes. */
  contribution: number;
  impact: number;
  /** `unknown` for status 3, `absent` when no status series is given. */
  noData: 'unknown' | 'absent';
  /** The alert's value where the text shows it (stale age, burn ratio). */
  alertValue: number;
  /** The status code every node's status series holds (the chain's threshold level follows it). */
  status: number;
}

/** First child of a parent in spec order: the child a scenario gives the contribution to. */
export function firstChild(ctx: GenerateContext, parent: string): string | undefined {
  return ctx.byId.get(parent)?.node.children?.[0]?.node;
}

/** A base child's statistic, value and threshold, as `chain.ts`'s template prints them. */
function expectedBase(ctx: GenerateContext, values: ScenarioValues, facts: NodeFacts): string {
  const { node } = facts;
  const level = values.status === 2 ? 'critical' : 'warning';
  const value = values.value(node.id);
  const unit = nodeUnit(node);
  const statistic = nodeSignalLabel(ctx.spec, node);
  const t = node.thresholds;
  if (t === undefined) return `: ${statistic} ${goFormatValue(value, unit)}`;
  const threshold = t[level];
  const cmp = value >= threshold ? '≥' : '≤';
  return `: ${statistic} ${goFormatValue(value, unit)} ${cmp} ${goFormatValue(threshold, unit)} (${level})`;
}

/** The chain the scenario's series spell: every parent's contribution goes to its first child. */
function expectedChain(ctx: GenerateContext, values: ScenarioValues, parent: string): string {
  const steps: string[] = [];
  const share = goFormatValue(values.contribution, 'ratio');
  for (let child = firstChild(ctx, parent); child !== undefined; child = firstChild(ctx, child)) {
    const facts = ctx.byId.get(child) as NodeFacts;
    const base = facts.node.tier === 'base' ? expectedBase(ctx, values, facts) : '';
    steps.push(`${facts.node.title} (${share} of the deficit)${base}`);
  }
  return steps.length === 0 ? 'no contribution reported' : `cause: ${steps.join(' → ')}`;
}

export function expectedText(ctx: GenerateContext, values: ScenarioValues): AlertText {
  return {
    value: (node: string, unit: NodeUnit | undefined) => goFormatValue(values.value(node), unit),
    score: () => values.score.toFixed(2),
    causeChain: (parent: string) => expectedChain(ctx, values, parent),
    impact: (_node: string, _measure: string, unit: string) => `${values.impact.toFixed(2)} ${unit} at risk`,
    instance: () => TEST_TARGET.instance,
    unknownOrAbsent: (unknown: string, absent: string) => (values.noData === 'unknown' ? unknown : absent),
    valueAsDuration: () => goFormatValue(values.alertValue, 'seconds'),
    valueAsPercentage: () => goFormatValue(values.alertValue, 'ratio'),
  };
}
