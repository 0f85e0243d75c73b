/**
 * Facts every generator needs about a node, derived once from the spec: its cadence, its place in the
 * DAG (parents, ancestors, descendants), the escalation policy and team its alerts route to, and the
 * links its alerts carry. Pure: a `Spec` in, plain data out.
 */
import type { EscalationPolicySpec, ModelSpec, NodeSpec, Spec, TeamSpec } from '../spec/types';
import { effectiveSettings, parentsById, walk } from '../spec/inheritance';
import { dashboardUrlFor } from './links';

export interface NodeFacts {
  node: NodeSpec;
  /** Seconds between evaluations: node cadence, else its model's interval, else the spec default. */
  cadence: number;
  parents: string[];
  /** Every node above this one, nearest first (breadth-first over parents in spec order). */
  ancestors: string[];
  /** Every node below this one, in spec order. */
  descendants: string[];
  /**
   * The outcome the node's alerts are grouped under: the first root of the DAG (a node without parents,
   * in spec order) at or above it. A node under several outcomes groups with the first.
   */
  outcome: string;
  /** Edges on the longest path down to a base node: 0 for base nodes. */
  height: number;
  /** The node's policy, or the nearest ancestor's (inherited), absent when nothing on the chain has one. */
  policy?: EscalationPolicySpec;
  team?: TeamSpec;
  /** The node's playbook, else the nearest ancestor's. */
  runbookUrl?: string;
  dashboardUrl: string;
}

export interface GenerateContext {
  spec: Spec;
  /** In spec order. */
  nodes: NodeFacts[];
  byId: ReadonlyMap<string, NodeFacts>;
  models: ReadonlyMap<string, ModelSpec>;
}

/**
 * Derives the facts of every node of `spec`.
 *
 * Convention (spec/inheritance.ts, shared with the node API and the audit): escalation and playbook are
 * inherited from the nearest ancestor that declares them, so a base node under `fraud.drift` alerts the
 * fraud team without repeating it. Complexity O(n·e).
 *
 * @throws Error naming the node and policy when a node's `escalation` names no policy, or a policy's
 *   `team` names no team (the loader checks both; this guards generators called on hand-built specs).
 * @example buildContext(spec).byId.get('fraud.drift.amount')?.team?.id // 'ml-fraud'
 */
export function buildContext(spec: Spec): GenerateContext {
  const nodeById = new Map(spec.nodes.map((n) => [n.id, n]));
  const parents = parentsById(spec.nodes);
  const models = new Map(spec.models.map((m) => [m.id, m]));
  const roots = new Set(spec.nodes.filter((n) => (parents.get(n.id) ?? []).length === 0).map((n) => n.id));
  // Spec order by index: sorting each node's descendants is O(d log d), not a scan of every node.
  const order = new Map(spec.nodes.map((n, i) => [n.id, i]));
  const heights = new Map<string, number>();
  const facts = spec.nodes.map((node): NodeFacts => {
    const ancestors = walk(node.id, (id) => parents.get(id) ?? []);
    const above = new Set([node.id, ...ancestors]);
    const effective = effectiveSettings(spec, node.id, parents);
    const policyId = effective.escalation?.value;
    const policy = policyId === undefined ? undefined : findPolicy(spec, policyId, node.id);
    const model = node.model === undefined ? undefined : models.get(node.model);
    const descendantSet = new Set(
      walk(node.id, (id) => (nodeById.get(id)?.children ?? []).map((c) => c.node)),
    );
    return {
      node,
      cadence: node.cadence ?? model?.evaluation_interval ?? spec.defaults.evaluation_interval,
      parents: parents.get(node.id) ?? [],
      ancestors,
      descendants: [...descendantSet].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      outcome: [...roots].find((id) => above.has(id)) ?? node.id,
      height: heightOf(node.id, nodeById, heights),
      policy,
      team: policy === undefined ? undefined : findTeam(spec, policy),
      runbookUrl: effective.playbook?.value,
      dashboardUrl: dashboardUrlFor(spec, node),
    };
  });
  return { spec, nodes: facts, byId: new Map(facts.map((f) => [f.node.id, f])), models };
}

/** Longest path (in edges) from `id` down to a base node; memoised, the graph is a DAG (the loader checks). */
function heightOf(id: string, nodes: ReadonlyMap<string, NodeSpec>, memo: Map<string, number>): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const children = nodes.get(id)?.children ?? [];
  const height =
    children.length === 0 ? 0 : 1 + Math.max(...children.map((c) => heightOf(c.node, nodes, memo)));
  memo.set(id, height);
  return height;
}

function findPolicy(spec: Spec, id: string, nodeId: string): EscalationPolicySpec {
  const policy = spec.escalation_policies.find((p) => p.id === id);
  if (policy === undefined) {
    throw new Error(`buildContext: node '${nodeId}' escalates to '${id}', which is not an escalation policy`);
  }
  return policy;
}

function findTeam(spec: Spec, policy: EscalationPolicySpec): TeamSpec {
  const team = spec.teams.find((t) => t.id === policy.team);
  if (team === undefined) {
    throw new Error(
      `buildContext: escalation policy '${policy.id}' names team '${policy.team}', which is not a team`,
    );
  }
  return team;
}
