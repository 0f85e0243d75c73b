/**
 * `generateRules`: the whole Prometheus rule file of a spec. Groups, in order: the exporter's own
 * alerts; one group per model (its nodes' alerts in spec order, then its retraining alert); one
 * group for nodes spanning models (the business tier, mostly); one group per service-level objective.
 */
import type { GenerateContext } from '../context';
import { nodeAlertRules } from './nodeAlerts';
import { retrainRules, selfRuleGroup } from './selfAlerts';
import { sloRuleGroup } from './slo';
import type { RuleFile, RuleGroup } from './types';

/**
 * The rule file for `ctx`'s spec. Deterministic: the same spec gives the same groups and rules in the
 * same order. Complexity O(nodes).
 *
 * @throws Error (from `sliExpression`) naming the node when an objective cannot be turned into an SLI.
 * @example generateRules(buildContext(spec)).groups[0].name // 'mlhealth-exporter'
 */
export function generateRules(ctx: GenerateContext): RuleFile {
  const groups: RuleGroup[] = [selfRuleGroup(ctx.spec)];
  const retrain = retrainRules(ctx);
  for (const model of ctx.spec.models) {
    const rules = ctx.nodes
      .filter((f) => f.node.model === model.id)
      .flatMap((f) => nodeAlertRules(ctx.spec, f));
    rules.push(...retrain.filter((r) => r.labels.model === model.id));
    if (rules.length > 0) groups.push({ name: `mlhealth-model-${model.id}`, rules });
  }
  const spanning = ctx.nodes
    .filter((f) => f.node.model === undefined)
    .flatMap((f) => nodeAlertRules(ctx.spec, f));
  if (spanning.length > 0) groups.push({ name: 'mlhealth-cross-model', rules: spanning });
  groups.push(...ctx.nodes.filter((f) => f.node.objective !== undefined).map((f) => sloRuleGroup(f)));
  return { groups };
}
