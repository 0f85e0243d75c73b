/**
 * Rule-test scenarios of the burn-rate alerts: healthy traffic keeps every objective silent; a total
 * outage (every prediction failing, or slower than the objective's bound) pages on the 1h/5m pair once
 * its `for` has passed, before the slower pairs.
 */
import { formatDuration } from '../../spec/duration';
import { METRICS } from '../../metrics/names';
import type { GenerateContext, NodeFacts } from '../context';
import { ALERTS } from '../rules/names';
import { BURN_WINDOWS, burnDescription, sloRuleGroup } from '../rules/slo';
import type { AlertingRule } from '../rules/types';
import { expectedText } from './expectedText';
import { growing, series, seriesName } from './series';
import type { InputSeries, TestGroup } from './types';

const INTERVAL = 60;
const STEPS = 10;
const PER_INTERVAL = 600;
/**
 * The first pair pages within this (rates from 1m, its `for` 2m: firing from 3m); the second pair's
 * `for` (12m for 6h) has not passed yet. Kept short: promtool evaluates every rule of the file at each
 * evaluation step up to here (at 10m these two scenarios took 40 % of the demo's `promtool test rules`).
 */
const EVAL_AT = 300;

function trafficSeries(facts: NodeFacts, outage: boolean): InputSeries[] {
  const model = facts.node.model ?? '';
  const total = growing(0, PER_INTERVAL, STEPS);
  const bad = outage ? total : growing(0, 0, STEPS);
  const good = outage ? growing(0, 0, STEPS) : total;
  const bound = facts.node.objective?.latency_below;
  const histogram = METRICS.predictionLatency.name;
  if (bound === undefined) {
    return [
      series(seriesName(METRICS.predictions.name, { model }, false), total),
      series(seriesName(METRICS.predictionErrors.name, { model }, false), bad),
    ];
  }
  return [
    series(seriesName(`${histogram}_bucket`, { model, le: String(bound) }, false), good),
    series(seriesName(`${histogram}_count`, { model }, false), total),
  ];
}

function uniqueSeries(list: InputSeries[]): InputSeries[] {
  return [...new Map(list.map((s) => [s.series, s])).values()];
}

/** Healthy and outage scenarios over every node with an objective; empty without objectives. */
export function sloScenarios(ctx: GenerateContext): TestGroup[] {
  const objectives = ctx.nodes.filter((f) => f.node.objective !== undefined);
  if (objectives.length === 0) return [];
  const page = BURN_WINDOWS[0] as (typeof BURN_WINDOWS)[number];
  const pageAlert = (f: NodeFacts) => sloRuleGroup(f).rules.find((r) => 'alert' in r) as AlertingRule;
  const text = expectedText(ctx, {
    value: () => 0,
    score: 0,
    contribution: 0,
    status: 0,
    impact: 0,
    noData: 'absent',
    alertValue: 1,
  });
  const base = { interval: formatDuration(INTERVAL) };
  return [
    {
      ...base,
      name: 'objectives met: no burn-rate alert',
      input_series: uniqueSeries(objectives.flatMap((f) => trafficSeries(f, false))),
      alert_rule_test: [
        { eval_time: formatDuration(EVAL_AT), alertname: ALERTS.errorBudgetBurn, exp_alerts: [] },
      ],
    },
    {
      ...base,
      name: 'total outage: the 1h/5m burn-rate alert pages',
      input_series: uniqueSeries(objectives.flatMap((f) => trafficSeries(f, true))),
      alert_rule_test: [
        {
          eval_time: formatDuration(EVAL_AT),
          alertname: ALERTS.errorBudgetBurn,
          exp_alerts: objectives.map((f) => {
            const rule = pageAlert(f);
            return {
              exp_labels: { ...rule.labels, ...(f.node.model === undefined ? {} : { model: f.node.model }) },
              exp_annotations: { ...rule.annotations, description: burnDescription(f, page, text) },
            };
          }),
        },
      ],
    },
  ];
}
