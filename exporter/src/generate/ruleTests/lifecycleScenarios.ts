/**
 * Rule-test scenarios of an alert's life after it fired: a recovered node keeps firing for
 * `keep_firing_for`, then resolves; a node no longer recomputed goes stale.
 */
import { formatDuration } from '../../spec/duration';
import { METRICS } from '../../metrics/names';
import type { GenerateContext, NodeFacts } from '../context';
import { keepFiringFor, nodeFor, staleAfter } from '../rules/timing';
import { nodeSeries } from './nodeSeries';
import { checks, exporterSeries, scenarioValues } from './scenarioKit';
import { constant } from './series';
import type { InputSeries, TestGroup } from './types';

/** Critical until every `for` has passed, then ok: keeps firing `keep_firing_for`, then resolves. */
export function keepFiringScenario(ctx: GenerateContext, g: number): TestGroup {
  const lastBad = Math.ceil(Math.max(...ctx.nodes.map(nodeFor)) / g) * g;
  const until = (f: NodeFacts) => lastBad + keepFiringFor(ctx.spec, f);
  const end = Math.max(...ctx.nodes.map(until)) + g;
  const badSteps = lastBad / g;
  const values = scenarioValues(ctx, 2);
  const input = ctx.nodes.flatMap((f) =>
    nodeSeries(ctx, f, 2, values, badSteps, g).map((s) =>
      s.series.startsWith(`${METRICS.nodeStatus.name}{`)
        ? { ...s, values: `${s.values} ${constant(0, Math.ceil((end - lastBad) / g))}` }
        : extend(s, end, g),
    ),
  );
  return {
    name: 'critical, then recovered: keeps firing for keep_firing_for, then resolves',
    interval: formatDuration(g),
    input_series: [...exporterSeries(Math.ceil(end / g)), ...input],
    alert_rule_test: checks(
      ctx,
      ctx.nodes.flatMap((f) => [until(f), until(f) + g]),
      ['critical'],
      (f, t) => t <= until(f),
      () => values,
    ),
  };
}

/** A series of the keep-firing scenario extended past the recovery at its last value or slope. */
function extend(s: InputSeries, end: number, g: number): InputSeries {
  const steps = Math.ceil(end / g);
  return { ...s, values: s.values.replace(/x\d+$/, `x${steps}`) };
}

/** Status ok but never recomputed after time 0: stale once 3 cadences pass, firing one cadence later. */
export function staleScenario(ctx: GenerateContext, g: number): TestGroup {
  const firesAt = (f: NodeFacts) => staleAfter(f) + g + f.cadence;
  const end = Math.max(...ctx.nodes.map(firesAt));
  const steps = Math.ceil(end / g) + 1;
  const values = scenarioValues(ctx, 0);
  return {
    name: 'nodes not recomputed: evaluation stale',
    interval: formatDuration(g),
    input_series: [
      ...exporterSeries(steps),
      ...ctx.nodes.flatMap((f) => nodeSeries(ctx, f, 0, values, steps, g, false)),
    ],
    alert_rule_test: checks(
      ctx,
      ctx.nodes.flatMap((f) => [firesAt(f) - g, firesAt(f)]),
      ['stale'],
      (f, t) => t >= firesAt(f),
      (t) => ({ ...values, alertValue: t }),
    ),
  };
}
