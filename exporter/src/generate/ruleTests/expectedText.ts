/**
 * The text the alert templates of `rules/text.ts` expand to, given the values a test scenario feeds
 * into the series: how a generated rule test knows the exact annotation to expect.
 */
import type { NodeUnit } from '../../spec/types';
import type { GenerateContext } from '../context';
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
}

/** First child of a parent in spec order: the child a scenario gives the contribution to. */
export function firstChild(ctx: GenerateContext, parent: string): string | undefined {
  return ctx.byId.get(parent)?.node.children?.[0]?.node;
}

export function expectedText(ctx: GenerateContext, values: ScenarioValues): AlertText {
  return {
    value: (node: string, unit: NodeUnit | undefined) => goFormatValue(values.value(node), unit),
    score: () => values.score.toFixed(2),
    topContributor: (parent: string) => {
      const child = firstChild(ctx, parent);
      if (child === undefined) return 'no contribution reported';
      const grandchild = firstChild(ctx, child);
      const share = goFormatValue(values.contribution, 'ratio');
      return `top contributor ${child} (${share} of the deficit)${grandchild === undefined ? '' : `, mainly ${grandchild}`}`;
    },
    impact: (_node: string, _measure: string, unit: string) => `${values.impact.toFixed(2)} ${unit} at risk`,
    instance: () => TEST_TARGET.instance,
    unknownOrAbsent: (unknown: string, absent: string) => (values.noData === 'unknown' ? unknown : absent),
    valueAsDuration: () => goFormatValue(values.alertValue, 'seconds'),
    valueAsPercentage: () => goFormatValue(values.alertValue, 'ratio'),
  };
}
