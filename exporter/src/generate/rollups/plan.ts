/**
 * What the rollup rules of one DAG depth must cover: the parents the ruler evaluates at that depth,
 * the rollup kinds, k values and unknown policies among them, their impact models, and how old a
 * child's evaluation may be before the ruler counts the child unknown. Derived once from the spec.
 */
import { unknownRuleOf } from '../../cascade/unknown';
import { nodeDepths, ruledNodes, type RollupScope } from '../../spec/placement';
import type { NodeSpec, RollupSpec, UnknownPolicy } from '../../spec/types';
import type { GenerateContext, NodeFacts } from '../context';
import { staleAfter } from '../rules/timing';

export interface DepthPlan {
  depth: number;
  /** The parents evaluated at this depth, in spec order. */
  nodes: NodeSpec[];
  /** Node filter of the topology selectors: null when every parent of the depth is ruled (`all`). */
  filter: string[] | null;
  rules: ReadonlySet<RollupSpec['rule']>;
  /** Distinct k of the k_of_n parents, ascending (topk/bottomk take a scalar: one term per k). */
  ks: number[];
  /** Whether a weighted_mean parent keeps (true) or drops (false) the critical floor. */
  criticalFloors: ReadonlySet<boolean>;
  policies: ReadonlySet<UnknownPolicy>;
  /** Parents with an impact model. */
  impact: NodeSpec[];
  /**
   * The depths of the children the ruler evaluates, ascending: their status and score are read from
   * the depth records of those depths only (`depth` equality or a short alternation), never from every
   * recorded node of the fleet.
   */
  ruledChildDepths: number[];
  /**
   * The tiers of the children an exporter evaluates (read from the shards' series, narrowed to these
   * tiers), sorted; empty when the ruler evaluates every child of the depth.
   */
  servedTiers: string[];
  /**
   * Seconds after which a child not recomputed counts as unknown: `defaults.stale_after` (a shard stuck
   * that long would have found its own inputs stale), or the longest `staleAfter` (three cadences)
   * among the children of this depth's parents if that is longer, so no child is cut off before its own
   * stale alert would fire. Either way well above a scrape interval plus a remote-write delay.
   */
  staleAfter: number;
  /**
   * Set on the plan of one rollup kind's group (`kindPlans`): the group's selectors of edge and node
   * records then match `rollup` too, and its node records carry it.
   */
  kind?: RollupSpec['rule'];
}

/** What the rules of a set of parents must cover: their kinds, k values, floors, policies, impact models. */
function coverage(nodes: NodeSpec[], spec: GenerateContext['spec']) {
  const rollups = nodes.map((n) => n.rollup ?? ({ rule: 'worst_of' } as RollupSpec));
  return {
    nodes,
    rules: new Set(rollups.map((r) => r.rule)),
    ks: [...new Set(rollups.flatMap((r) => (r.rule === 'k_of_n' ? [r.k] : [])))].sort((a, b) => a - b),
    criticalFloors: new Set(
      rollups.flatMap((r) => (r.rule === 'weighted_mean' ? [r.critical_floor !== false] : [])),
    ),
    policies: new Set(nodes.map((n) => unknownRuleOf(n, spec.defaults).policy)),
    impact: nodes.filter((n) => n.impact !== undefined),
  };
}

function factsOf(ctx: GenerateContext, id: string): NodeFacts {
  const facts = ctx.byId.get(id);
  if (facts === undefined) throw new Error(`rollupPlans: child ${id} is not a node of the spec`);
  return facts;
}

/** Why a ruled node cannot be expressed in PromQL (null when it can). */
function unsupported(node: NodeSpec): string | null {
  const what = [
    ...(node.decay !== undefined ? ['decay'] : []),
    ...(node.retrain_trigger !== undefined ? ['a retrain_trigger'] : []),
  ];
  if (what.length === 0) return null;
  return `node ${node.id} declares ${what.join(' and ')}, which the recording rules do not evaluate: move it to a parent within one model (an exporter keeps those) or remove it`;
}

/**
 * One plan per depth that has ruled parents, shallowest first.
 *
 * @throws Error listing every ruled node the rules cannot express (decay, retraining trigger).
 * @example rollupPlans(ctx, 'prometheus').map((p) => p.depth) // [2] for the demo spec
 */
export function rollupPlans(ctx: GenerateContext, scope: RollupScope): DepthPlan[] {
  const { spec } = ctx;
  const depths = nodeDepths(spec.nodes);
  const ruled = new Set(ruledNodes(spec.nodes, scope));
  const problems = spec.nodes.filter((n) => ruled.has(n.id)).flatMap((n) => unsupported(n) ?? []);
  if (problems.length > 0) throw new Error(`--rollups ${scope}: ${problems.join('; ')}`);
  const levels = [...new Set([...ruled].map((id) => depths.get(id) ?? 0))].sort((a, b) => a - b);
  return levels.map((depth) => {
    const nodes = spec.nodes.filter((n) => ruled.has(n.id) && depths.get(n.id) === depth);
    const everyParent = spec.nodes.filter((n) => depths.get(n.id) === depth);
    const children = [...new Set(nodes.flatMap((n) => (n.children ?? []).map((c) => c.node)))];
    const ruledChildren = children.filter((id) => ruled.has(id));
    const servedTiers = children.filter((id) => !ruled.has(id)).map((id) => factsOf(ctx, id).node.tier);
    return {
      depth,
      ...coverage(nodes, spec),
      filter: nodes.length === everyParent.length ? null : nodes.map((n) => n.id),
      ruledChildDepths: [...new Set(ruledChildren.map((id) => depths.get(id) ?? 0))].sort((a, b) => a - b),
      servedTiers: [...new Set(servedTiers)].sort(),
      staleAfter: Math.max(spec.defaults.stale_after, ...children.map((id) => staleAfter(factsOf(ctx, id)))),
    };
  });
}

/**
 * The plans of a depth's groups, one per rollup kind among its parents (worst_of, weighted_mean,
 * k_of_n order): each covers the parents of its kind, so the depth's edges and parents are split
 * between groups that Prometheus evaluates side by side, without a group reading another's records.
 * The children's sources (`ruledChildDepths`, `servedTiers`, `staleAfter`) stay the depth's.
 */
export function kindPlans(plan: DepthPlan, spec: GenerateContext['spec']): DepthPlan[] {
  const kinds = (['worst_of', 'weighted_mean', 'k_of_n'] as const).filter((k) => plan.rules.has(k));
  return kinds.map((kind) => ({
    ...plan,
    ...coverage(
      plan.nodes.filter((n) => (n.rollup?.rule ?? 'worst_of') === kind),
      spec,
    ),
    kind,
  }));
}
