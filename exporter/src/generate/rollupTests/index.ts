/**
 * `generateRollupRuleTests`: a `promtool test rules` file for the rollup rules of a spec
 * (`mlhealth generate --rollups`). Two simulated exporter shards serve the topology and the nodes they
 * evaluate; the in-process engine says what the rules must record for the nodes they evaluate, in seven
 * scenarios (`scenarios.ts`): every rollup kind, unknown policy, critical floor and impact model the
 * spec uses is exercised, a shard going away, a node no longer recomputed, and the alerting rules on
 * the recorded series (no `instance`).
 */
import { formatDuration } from '../../spec/duration';
import type { RollupScope } from '../../spec/placement';
import type { GenerateContext } from '../context';
import { generateRollupRules } from '../rollups';
import { rollupPlans } from '../rollups/plan';
import { generateRules } from '../rules';
import { nodeFor } from '../rules/timing';
import { gcdSeconds } from '../ruleTests/series';
import { scenarioTests } from './expectations';
import { fleetOf, fleetSeries, type Fleet } from './fleet';
import { rollupScenarios, type RollupScenario } from './scenarios';
import type { ExprTestFile } from './types';

/** Builds the scenarios of a test file, given the simulated fleet and the time of the checks (seconds). */
export type ScenarioSource = (fleet: Fleet, time: number) => RollupScenario[];

/**
 * The test file; `ruleFiles` are the rollup rule file and the alerting rule file, relative to the test
 * file, in that order; `group_eval_order` has promtool evaluate the depth groups shallowest first,
 * then the contract group, then the alerts, so each reads this step's records. `scenarios` defaults to
 * the seven of `scenarios.ts` (a property test passes its own).
 *
 * Convention: samples and evaluations every g = gcd of the cadences and the default evaluation interval;
 * every check at T, the first multiple of g past the longest stale limit and every ruled node's `for`.
 *
 * @example generateRollupRuleTests(ctx, 'prometheus', ['../rules/mlhealth.rollup.rules.yml', '../rules/mlhealth.rules.yml']).tests.length // 7
 */
export function generateRollupRuleTests(
  ctx: GenerateContext,
  scope: RollupScope,
  ruleFiles: string[],
  scenarios: ScenarioSource = (fleet, time) => rollupScenarios(ctx, fleet, time),
): ExprTestFile {
  const fleet = fleetOf(ctx, scope);
  const plans = rollupPlans(ctx, scope);
  const g = gcdSeconds([ctx.spec.defaults.evaluation_interval, ...ctx.nodes.map((f) => f.cadence)]);
  const ruledFacts = ctx.nodes.filter((f) => fleet.ruled.has(f.node.id));
  const horizon = Math.max(g, ...plans.map((p) => p.staleAfter), ...ruledFacts.map(nodeFor));
  const steps = Math.floor(horizon / g) + 1;
  const time = steps * g;
  const groups = [...generateRollupRules(ctx, scope).groups, ...generateRules(ctx).groups];
  return {
    rule_files: ruleFiles,
    evaluation_interval: formatDuration(g),
    group_eval_order: groups.map((group) => group.name),
    tests: scenarios(fleet, time).map((scenario) => ({
      name: `rollup rules: ${scenario.name}`,
      interval: formatDuration(g),
      input_series: fleetSeries(ctx, fleet, scenario.served, {
        steps,
        interval: g,
        goneShard: scenario.goneShard,
        stuckNode: scenario.stuckNode,
      }),
      promql_expr_test: scenarioTests(ctx, fleet.ruled, scenario, time),
    })),
  };
}

export type { RollupScenario } from './scenarios';
export type { Fleet } from './fleet';
