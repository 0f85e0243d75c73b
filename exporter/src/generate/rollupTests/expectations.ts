/**
 * What the rules must have recorded for a scenario, as `promql_expr_test` entries: for every ruled node,
 * its status (exact), its score, contributions and impact (within 1e-9 of the engine: Prometheus sums
 * in floating point, the engine exactly), its last update (the evaluation time); and, from the alerting
 * rules, no no-data alert for a ruled node that has a status, and the critical alert firing without an
 * `instance` label where the node is critical.
 */
import { formatDuration } from '../../spec/duration';
import { statusCode } from '../../spec/status';
import type { NodeResult } from '../../cascade/types';
import { METRICS } from '../../metrics/names';
import type { GenerateContext } from '../context';
import { quote } from '../rules/labels';
import { ALERTS } from '../rules/names';
import { nodeAlertRules } from '../rules/nodeAlerts';
import { TEST_ENVIRONMENT } from './fleet';
import type { RollupScenario } from './scenarios';
import type { ExpectedSample, PromqlExprTest } from './types';

export const TOLERANCE = 1e-9;

function labels(metric: string, set: Record<string, string | undefined>): string {
  const parts = Object.entries(set)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${quote(v)}`);
  return `${metric}{${parts.join(',')}}`;
}

function close(
  selector: string,
  value: number | null,
  set: Record<string, string | undefined>,
  at: string,
): PromqlExprTest {
  if (value === null) return { expr: selector, eval_time: at, exp_samples: [] };
  const sample: ExpectedSample = { labels: labels('', set), value: 1 };
  return { expr: `abs(${selector} - ${value}) <= bool ${TOLERANCE}`, eval_time: at, exp_samples: [sample] };
}

function nodeTests(r: NodeResult, at: string): PromqlExprTest[] {
  const node = { environment: TEST_ENVIRONMENT, node: r.id, tier: r.tier, model: r.model };
  const sel = (metric: string, extra = '') => `${metric}{node=${quote(r.id)}${extra}}`;
  const tests: PromqlExprTest[] = [
    {
      expr: sel(METRICS.nodeStatus.name),
      eval_time: at,
      exp_samples: [{ labels: labels(METRICS.nodeStatus.name, node), value: statusCode(r.status) }],
    },
    close(sel(METRICS.nodeScore.name), r.status === 'unknown' ? null : r.score, node, at),
  ];
  if (r.contributions.length === 0) {
    tests.push({
      expr: `${METRICS.nodeContribution.name}{parent=${quote(r.id)}}`,
      eval_time: at,
      exp_samples: [],
    });
  }
  for (const c of r.contributions) {
    const edge = { environment: TEST_ENVIRONMENT, parent: r.id, child: c.child };
    tests.push(
      close(
        `${METRICS.nodeContribution.name}{parent=${quote(r.id)},child=${quote(c.child)}}`,
        c.share,
        edge,
        at,
      ),
    );
  }
  if (r.impact !== null || r.impactUnknown !== undefined) {
    const measure = r.impact?.measure ?? r.impactUnknown?.measure;
    const set = { environment: TEST_ENVIRONMENT, node: r.id, measure };
    tests.push(close(sel(METRICS.businessImpact.name), r.impact?.value ?? null, set, at));
  }
  return tests;
}

function alertTests(ctx: GenerateContext, r: NodeResult, at: string): PromqlExprTest[] {
  const facts = ctx.byId.get(r.id);
  if (facts === undefined) return [];
  const [, critical] = nodeAlertRules(ctx.spec, facts);
  const tests: PromqlExprTest[] = [];
  if (r.status !== 'unknown') {
    const noData = `ALERTS{alertname=${quote(ALERTS.nodeNoData)},node=${quote(r.id)}}`;
    tests.push({ expr: noData, eval_time: at, exp_samples: [] });
  }
  if (r.status === 'critical' && critical !== undefined && 'alert' in critical) {
    const set = {
      ...critical.labels,
      alertname: critical.alert,
      alertstate: 'firing',
      environment: TEST_ENVIRONMENT,
    };
    const expr = `ALERTS{alertname=${quote(critical.alert)},alertstate="firing",node=${quote(r.id)}}`;
    tests.push({ expr, eval_time: at, exp_samples: [{ labels: labels('ALERTS', set), value: 1 }] });
  }
  return tests;
}

/** The checks of `scenario` at `time` (seconds) over the ruled nodes. */
export function scenarioTests(
  ctx: GenerateContext,
  ruled: ReadonlySet<string>,
  scenario: RollupScenario,
  time: number,
): PromqlExprTest[] {
  const at = formatDuration(time);
  return scenario.expected.nodes
    .filter((r) => ruled.has(r.id))
    .flatMap((r) => [
      ...nodeTests(r, at),
      {
        expr: `${METRICS.nodeLastUpdate.name}{node=${quote(r.id)}}`,
        eval_time: at,
        exp_samples: [
          {
            labels: labels(METRICS.nodeLastUpdate.name, { environment: TEST_ENVIRONMENT, node: r.id }),
            value: time,
          },
        ],
      },
      // Alerts wait for `for`: checked where the inputs do not change during the scenario.
      ...(scenario.goneShard === null && scenario.stuckNode === null ? alertTests(ctx, r, at) : []),
    ]);
}
