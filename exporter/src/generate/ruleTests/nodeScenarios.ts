/**
 * Rule-test scenarios covering every node at once (labels keep nodes apart, so one group serves all
 * and promtool runs a handful of groups whatever the spec's size): healthy → silent;
 * warning/critical/unknown → fires exactly when `for` has passed; no series while the exporter is up →
 * no data. Recovery and staleness are in `lifecycleScenarios.ts`.
 */
import { formatDuration } from '../../spec/duration';
import { METRICS } from '../../metrics/names';
import type { GenerateContext, NodeFacts } from '../context';
import { ALERTS } from '../rules/names';
import { keepFiringFor, noDataFor, nodeFor, staleAfter } from '../rules/timing';
import type { ScenarioValues } from './expectedText';
import { nodeSeries, type NodeRuleKind } from './nodeSeries';
import { checks, exporterSeries, scenarioValues, valuesFor } from './scenarioKit';
import { constant, series, seriesName } from './series';
import type { TestGroup } from './types';

/** Status 1, 2 or 3 from the start: silent until `for`, firing from then on. */
export function firingScenario(ctx: GenerateContext, g: number, status: 1 | 2 | 3): TestGroup {
  const forOf = (f: NodeFacts) => (status === 3 ? noDataFor(ctx.spec, f) : nodeFor(f));
  const fors = ctx.nodes.map(forOf);
  const steps = Math.ceil(Math.max(...fors) / g) + 1;
  const values = scenarioValues(ctx, status);
  const kind: NodeRuleKind = status === 1 ? 'warning' : status === 2 ? 'critical' : 'noData';
  const silent: NodeRuleKind[] = status === 3 ? ['warning', 'critical'] : ['noData'];
  const times = fors.flatMap((f) => [f - g, f]);
  return {
    name: `every node ${['', 'warning', 'critical', 'unknown'][status]}: fires after for, with labels and annotations`,
    interval: formatDuration(g),
    input_series: [
      ...exporterSeries(steps),
      ...ctx.nodes.flatMap((f) => nodeSeries(ctx, f, status, values, steps, g)),
    ],
    alert_rule_test: [
      ...checks(
        ctx,
        times,
        [kind],
        (f, t) => t >= forOf(f),
        () => values,
      ),
      ...checks(
        ctx,
        [Math.max(...fors)],
        silent,
        () => false,
        () => values,
      ),
    ],
  };
}

/** The exporter is up but serves no status series: every node's no-data alert, from `up`. */
export function absentScenario(ctx: GenerateContext, g: number): TestGroup {
  const fors = ctx.nodes.map((f) => noDataFor(ctx.spec, f));
  const steps = Math.ceil(Math.max(...fors) / g) + 1;
  const values: ScenarioValues = { ...valuesFor(0), noData: 'absent' };
  return {
    name: 'exporter up without node series: every node has no data',
    interval: formatDuration(g),
    input_series: exporterSeries(steps),
    alert_rule_test: checks(
      ctx,
      fors.flatMap((f) => [f - g, f]),
      ['noData'],
      (f, t) => t >= noDataFor(ctx.spec, f),
      () => values,
    ),
  };
}

/** Everything healthy and fresh: no alert of any kind, even well past every `for`. */
export function healthyScenario(ctx: GenerateContext, g: number): TestGroup {
  const end = Math.max(...ctx.nodes.map((f) => nodeFor(f) + keepFiringFor(ctx.spec, f) + staleAfter(f)));
  const steps = Math.ceil(end / g) + 1;
  const values = scenarioValues(ctx, 0);
  const quiet = [
    ALERTS.retrainRecommended,
    ALERTS.exporterDown,
    ALERTS.exporterAbsent,
    ALERTS.evaluationFailing,
  ];
  const retrain = ctx.spec.models.map((m) =>
    series(seriesName(METRICS.retrainRecommended.name, { model: m.id }), constant(0, steps)),
  );
  return {
    name: 'every node healthy and fresh: silent',
    interval: formatDuration(g),
    input_series: [
      ...exporterSeries(steps),
      ...retrain,
      ...ctx.nodes.flatMap((f) => nodeSeries(ctx, f, 0, values, steps, g)),
    ],
    alert_rule_test: [
      ...checks(
        ctx,
        [end],
        ['warning', 'critical', 'noData', 'stale'],
        () => false,
        () => values,
      ),
      ...quiet.map((alertname) => ({ eval_time: formatDuration(end), alertname, exp_alerts: [] })),
    ],
  };
}
