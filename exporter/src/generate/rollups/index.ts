/**
 * `generateRollupRules`: the cascade's parents as vectorised Prometheus recording rules, for fleets
 * whose models are spread over exporter shards (`mlhealth generate SPEC --rollups prometheus|all`,
 * docs/scale-out.md). Prometheus, Thanos Ruler or Mimir's ruler evaluates them and records the
 * contract's own series (`mlhealth_node_score`, `_status`, `_contribution`,
 * `_last_update_timestamp_seconds`, `mlhealth_business_impact`), so the panel, the dashboards and the
 * alerts read the same series as from one exporter.
 *
 * Shape: first the served group (`servedRules.ts`: the children the shards evaluate, read and
 * deduplicated once for every depth); then per DAG depth (`nodeDepths`), shallowest first, a topology
 * group (`topologyRules.ts`: the depth's slice of the topology, joined and deduplicated over the
 * shards every 2 minutes) and a depth group reading it, the served records and the shallower groups'
 * records; then one group recording the contract series of every depth. Rules are vectorised: the topology is data
 * (`mlhealth_edge_weight`, `mlhealth_node_threshold`, `mlhealth_node_rollup_info`,
 * `mlhealth_node_max_unknown_share`, served by every exporter with each node's `depth`); a group's rule
 * count depends on the kinds of rollup, policies and impact models at its depth, never on the number
 * of nodes (at most 11, under Mimir's default of 20 rules per group). The only per-node text is the
 * node filter of `--rollups prometheus` and the impact models' loss curves. Every selector of a
 * group matches its depth by equality, so a group reads its depth's slice of the fleet only.
 *
 * What is not expressed: decay and retraining triggers on a ruled node (refused with the node named), reasons, explanations and
 * `mlhealth_node_unknown_info` (the exporter's JSON API keeps them), what-if scenarios.
 */
import type { RollupScope } from '../../spec/placement';
import type { GenerateContext } from '../context';
import type { RuleFile, RuleGroup } from '../rules/types';
import { contractGroup } from './contractRules';
import { contributionRules } from './contributionRules';
import { edgeRules } from './edgeRules';
import { impactRules } from './impactRules';
import { rollupPlans, type DepthPlan } from './plan';
import { scoreRules } from './scoreRules';
import { servedGroup } from './servedRules';
import { statusRules } from './statusRules';
import { topologyGroup } from './topologyRules';

/** Mimir's default `ruler_max_rules_per_rule_group`; every generated group stays within it. */
export const MAX_RULES_PER_GROUP = 20;

/** The name of the group of a depth. */
export function rollupGroupName(depth: number): string {
  return `mlhealth-rollup-depth-${depth}`;
}

function depthGroup(plan: DepthPlan): RuleGroup {
  // The static depth label equals the one the records carry from the topology; it tells promtool's
  // duplicate lint that the groups' records differ.
  const rules = [
    ...edgeRules(plan),
    ...scoreRules(plan),
    ...statusRules(plan),
    ...contributionRules(plan),
    ...impactRules(plan),
  ].map((r) => ({ ...r, labels: { depth: String(plan.depth) } }));
  if (rules.length > MAX_RULES_PER_GROUP) {
    throw new Error(
      `generateRollupRules: depth ${plan.depth} needs ${rules.length} rules, more than ${MAX_RULES_PER_GROUP}`,
    );
  }
  return { name: rollupGroupName(plan.depth), rules };
}

/**
 * The rollup rule file of `ctx`'s spec under `scope`. Deterministic. Empty (no groups) when no parent
 * is ruled, e.g. `prometheus` on a spec whose parents each stay within one model.
 *
 * @throws Error naming every ruled node that declares decay or a retraining trigger.
 * @example generateRollupRules(buildContext(demoSpec), 'prometheus').groups.map((g) => g.name)
 * // ['mlhealth-rollup-depth-2']
 */
export function generateRollupRules(ctx: GenerateContext, scope: RollupScope): RuleFile {
  const plans = rollupPlans(ctx, scope);
  if (plans.length === 0) return { groups: [] };
  const impact = plans.flatMap((p) => p.impact);
  const constant = impact.some((n) => n.impact !== undefined && 'constant' in n.impact.exposure);
  const served = servedGroup(plans);
  const depthGroups = plans.flatMap((plan) => [topologyGroup(plan), depthGroup(plan)]);
  return {
    groups: [
      ...(served === null ? [] : [served]),
      ...depthGroups,
      contractGroup(impact.length > 0, constant),
    ],
  };
}

export { rollupPlans, type DepthPlan } from './plan';
export { TOPOLOGY_INTERVAL, topologyGroupName } from './topologyRules';
export { SERVED_GROUP } from './servedRules';
export { lossExpr } from './impactRules';
export { RECORDS, PARTITION } from './vocabulary';
