/**
 * `generateRuleTests`: a `promtool test rules` file for the generated rules, covering every node
 * (healthy, warning, critical, unknown, absent, keep-firing, stale), the exporter's own alerts, the
 * retraining recommendation and every objective's burn-rate alerts.
 */
import { formatDuration } from '../../spec/duration';
import type { GenerateContext } from '../context';
import { keepFiringScenario, staleScenario } from './lifecycleScenarios';
import { absentScenario, firingScenario, healthyScenario } from './nodeScenarios';
import { retrainScenario, selfScenarios } from './selfScenarios';
import { gcdSeconds } from './series';
import { sloScenarios } from './sloScenarios';
import type { RuleTestFile, TestGroup } from './types';

/**
 * The test file; `ruleFile` is the path of the rule file relative to the test file.
 *
 * Convention: evaluation every g = gcd of all cadences and the default evaluation interval, so every
 * `for` and check time falls on an evaluation. Complexity O(nodes²) for building expectations.
 *
 * @example generateRuleTests(ctx, '../rules/mlhealth.rules.yml').tests.length // 10 for a spec with objectives and a trigger
 */
export function generateRuleTests(ctx: GenerateContext, ruleFile: string): RuleTestFile {
  const g = gcdSeconds([ctx.spec.defaults.evaluation_interval, ...ctx.nodes.map((f) => f.cadence)]);
  const tests: TestGroup[] = [
    healthyScenario(ctx, g),
    firingScenario(ctx, g, 1),
    firingScenario(ctx, g, 2),
    firingScenario(ctx, g, 3),
    absentScenario(ctx, g),
    keepFiringScenario(ctx, g),
    staleScenario(ctx, g),
    ...selfScenarios(ctx, g),
  ];
  const retrain = retrainScenario(ctx, g);
  if (retrain !== undefined) tests.push(retrain);
  tests.push(...sloScenarios(ctx));
  return { rule_files: [ruleFile], evaluation_interval: formatDuration(g), tests };
}
