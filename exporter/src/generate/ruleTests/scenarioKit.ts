/** Shared pieces of the node scenarios: the values they feed, the exporter's series, the checks. */
import { formatDuration } from '../../spec/duration';
import { METRICS } from '../../metrics/names';
import type { GenerateContext, NodeFacts } from '../context';
import type { ScenarioValues } from './expectedText';
import { expectedNodeAlert, nodeRule, scenarioValue, type NodeRuleKind } from './nodeSeries';
import { constant, series, seriesName } from './series';
import type { AlertRuleTest, ExpectedAlert, InputSeries } from './types';

const BASE_VALUES: Omit<ScenarioValues, 'value' | 'score' | 'noData' | 'status'> = {
  contribution: 0.8,
  impact: 123.5,
  alertValue: 0,
};

export function valuesFor(status: number): ScenarioValues {
  return {
    ...BASE_VALUES,
    value: () => 0,
    score: status >= 2 ? 0.3 : 0.6,
    noData: status === 3 ? 'unknown' : 'absent',
    status,
  };
}

/** Node values need the node: a closure over the context. */
export function scenarioValues(ctx: GenerateContext, status: number): ScenarioValues {
  return {
    ...valuesFor(status),
    value: (id: string) => scenarioValue(ctx.byId.get(id) as NodeFacts, status),
  };
}

/** The exporter's own series, healthy. */
export function exporterSeries(steps: number): InputSeries[] {
  return [
    series(seriesName('up', {}), constant(1, steps)),
    series(seriesName(METRICS.up.name, {}), constant(1, steps)),
  ];
}

/** Checks at each time, for each (alertname, kind): the alerts of the nodes `firing` selects. */
export function checks(
  ctx: GenerateContext,
  times: number[],
  kinds: NodeRuleKind[],
  firing: (facts: NodeFacts, t: number) => boolean,
  values: (t: number) => ScenarioValues,
): AlertRuleTest[] {
  const out: AlertRuleTest[] = [];
  for (const t of [...new Set(times)].filter((x) => x > 0).sort((a, b) => a - b)) {
    for (const kind of kinds) {
      const byName = new Map<string, ExpectedAlert[]>();
      for (const facts of ctx.nodes) {
        const name = nodeRule(ctx, facts, kind).alert;
        const list = byName.get(name) ?? [];
        if (firing(facts, t)) list.push(expectedNodeAlert(ctx, facts, kind, values(t)));
        byName.set(name, list);
      }
      for (const [alertname, exp_alerts] of byName)
        out.push({ eval_time: formatDuration(t), alertname, exp_alerts });
    }
  }
  return out;
}
