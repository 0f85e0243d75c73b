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
 * shards every 2 minutes) and one group per rollup kind among the depth's parents (`kindPlans`:
 * worst_of, weighted_mean, k_of_n), each reading its kind's slice of the topology records, the served
 * records and the shallower depths' records; then one group recording the contract series of every
 * depth. Splitting a depth by kind adds no delay (no kind's group reads another's records) and lets
 * Prometheus evaluate them side by side. Rules are vectorised: the topology is data
 * (`mlhealth_edge_weight`, `mlhealth_node_threshold`, `mlhealth_node_rollup_info`,
 * `mlhealth_node_max_unknown_share`, served by every exporter with each node's `depth`); a group's rule
 * count depends on the k values, policies and impact models of its kind at its depth, never on the
 * number of nodes (at most 10 in the fixtures, under Mimir's default of 20 rules per group). The only
 * per-node text is the node filter of `--rollups prometheus` and the impact models' loss curves. Every
 * selector of a group matches its depth (and kind) by equality, so a group reads its slice of the
 * fleet only.
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
import { kindPlans, rollupPlans, type DepthPlan } from './plan';
import { scoreRules } from './scoreRules';
import { servedGroup } from './servedRules';
import { statusRules } from './statusRules';
import { topologyGroup } from './topologyRules';

/** Mimir's default `ruler_max_rules_per_rule_group`; every generated group stays within it. */
export const MAX_RULES_PER_GROUP = 20;

/** The name of the group of a depth's parents of one rollup kind. */
export function rollupGroupName(depth: number, kind: string): string {
  return `mlhealth-rollup-depth-${depth}-${kind.replace(/_/g, '-')}`;
}

function kindGroup(plan: DepthPlan): RuleGroup {
  const kind = plan.kind as string;
  // The static labels equal the ones the edge records carry from the topology; they tell promtool's
  // duplicate lint that the groups' records differ, and give the node records their kind.
  const rules = [
    ...edgeRules(plan),
    ...scoreRules(plan),
    ...statusRules(plan),
    ...contributionRules(plan),
    ...impactRules(plan),
  ].map((r) => ({ ...r, labels: { depth: String(plan.depth), rollup: kind } }));
  if (rules.length > MAX_RULES_PER_GROUP) {
    throw new Error(
      `generateRollupRules: depth ${plan.depth} (${kind}) needs ${rules.length} rules, more than ${MAX_RULES_PER_GROUP}`,
    );
  }
  return { name: rollupGroupName(plan.depth, kind), rules };
}

/**
 * The rollup rule file of `ctx`'s spec under `scope`. Deterministic. Empty (no groups) when no parent
 * is ruled, e.g. `prometheus` on a spec whose parents each stay within one model.
 *
 * @throws Error naming every ruled node that declares decay or a retraining trigger.
 * @example generateRollupRules(buildContext(demoSpec), 'prometheus').groups.map((g) => g.name)
 * // ['mlhealth-rollup-served', 'mlhealth-rollup-topology-depth-2', 'mlhealth-rollup-depth-2-worst-of', 'mlhealth-rollup-contract']
 */
export function generateRollupRules(ctx: GenerateContext, scope: RollupScope): RuleFile {
  const plans = rollupPlans(ctx, scope);
  if (plans.length === 0) return { groups: [] };
  const impact = plans.flatMap((p) => p.impact);
  const constant = impact.some((n) => n.impact !== undefined && 'constant' in n.impact.exposure);
  const served = servedGroup(plans, ctx.spec);
  const depthGroups = plans.flatMap((plan) => [
    topologyGroup(plan),
    ...kindPlans(plan, ctx.spec).map(kindGroup),
  ]);
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
