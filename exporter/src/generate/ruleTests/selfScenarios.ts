/**
 * Rule-test scenarios of the exporter's own alerts (down, absent, failing evaluation) and of the
 * retraining recommendation.
 */
import { formatDuration, parseDuration } from '../../spec/duration';
import { METRICS } from '../../metrics/names';
import type { GenerateContext } from '../context';
import { ALERTS, SCRAPE_JOB } from '../rules/names';
import { retrainRules, selfRuleGroup } from '../rules/selfAlerts';
import { exporterDownFor } from '../rules/timing';
import type { AlertingRule } from '../rules/types';
import { constant, series, seriesName, TEST_TARGET } from './series';
import type { ExpectedAlert, InputSeries, TestGroup } from './types';

function selfRule(ctx: GenerateContext, name: string): AlertingRule {
  return selfRuleGroup(ctx.spec).rules.find((r) => 'alert' in r && r.alert === name) as AlertingRule;
}

function expected(rule: AlertingRule, labels: Record<string, string>): ExpectedAlert {
  const annotations = Object.fromEntries(
    Object.entries(rule.annotations).map(([k, v]) => [
      k,
      v.replace(/\{\{ \$labels\.instance \}\}/g, TEST_TARGET.instance),
    ]),
  );
  return { exp_labels: { ...rule.labels, ...labels }, exp_annotations: annotations };
}

/** A self alert that fires after the exporter-down wait, silent one interval before. */
function selfScenario(
  ctx: GenerateContext,
  g: number,
  name: string,
  input: InputSeries[],
  labels: Record<string, string>,
): TestGroup {
  const wait = exporterDownFor(ctx.spec);
  const alert = expected(selfRule(ctx, name), labels);
  return {
    name: `${name} fires after ${formatDuration(wait)}`,
    interval: formatDuration(g),
    input_series: input,
    alert_rule_test: [
      { eval_time: formatDuration(wait - g), alertname: name, exp_alerts: [] },
      { eval_time: formatDuration(wait), alertname: name, exp_alerts: [alert] },
    ],
  };
}

/** Exporter down, exporter absent from the targets, and exporter failing to evaluate. */
export function selfScenarios(ctx: GenerateContext, g: number): TestGroup[] {
  const steps = Math.ceil(exporterDownFor(ctx.spec) / g) + 1;
  const up = (v: number) => series(seriesName('up', {}), constant(v, steps));
  const evaluated = (v: number) => series(seriesName(METRICS.up.name, {}), constant(v, steps));
  return [
    selfScenario(ctx, g, ALERTS.exporterDown, [up(0)], { ...TEST_TARGET }),
    selfScenario(ctx, g, ALERTS.exporterAbsent, [evaluated(1)], { job: SCRAPE_JOB }),
    selfScenario(ctx, g, ALERTS.evaluationFailing, [up(1), evaluated(0)], { ...TEST_TARGET }),
  ];
}

/** Every model with a trigger recommends retraining: one alert per model after its `for`. */
export function retrainScenario(ctx: GenerateContext, g: number): TestGroup | undefined {
  const rules = retrainRules(ctx);
  if (rules.length === 0) return undefined;
  const fors = rules.map((r) => parseDuration(r.for ?? '0'));
  const steps = Math.ceil(Math.max(...fors) / g) + 1;
  const times = [...new Set(fors.flatMap((f) => [f - g, f]))].filter((t) => t > 0).sort((a, b) => a - b);
  return {
    name: 'retraining recommended: one alert per model after for',
    interval: formatDuration(g),
    input_series: rules.map((r) =>
      series(seriesName(METRICS.retrainRecommended.name, { model: r.labels.model }), constant(1, steps)),
    ),
    alert_rule_test: times.map((t) => ({
      eval_time: formatDuration(t),
      alertname: ALERTS.retrainRecommended,
      exp_alerts: rules
        .filter((r) => parseDuration(r.for ?? '0') <= t)
        .map((r) => expected(r, { ...TEST_TARGET })),
    })),
  };
}
