/**
 * `GET /api/v1/nodes/{id}`: one node's definition, current result, lineage to raw inputs, thresholds,
 * owner, playbook, escalation (resolved to the team), parents and recent history. Pure.
 */
import { explainNode, topCause } from '../cascade';
import type { CascadeSnapshot } from '../cascade/types';
import { effectiveSettings, type Inherited } from '../spec/inheritance';
import type { EscalationPolicySpec, NodeSpec, Spec, TeamSpec } from '../spec/types';
import { nodeJson, type NodeJson } from './cascadeView';
import { lineageOf, type LineageNode } from './lineage';

export interface NodeHistoryPoint {
  at: number;
  score: number | null;
  status: string;
  value: number | null;
}

export interface NodeDetailJson {
  node: NodeJson;
  /** One line for people, down to the root cause (cascade/explainNode); null before the first evaluation. */
  explanation: string | null;
  /** The chain of largest contributions from this node to its root cause (cascade/topCause). */
  cause_chain: string[];
  definition: NodeSpec;
  parents: string[];
  lineage: LineageNode;
  /**
   * The effective escalation (the node's own or the nearest ancestor's, spec/inheritance.ts) resolved to
   * its policy and team; `from` is `node` or the id of the ancestor that declares it.
   */
  escalation: { policy: EscalationPolicySpec; team: TeamSpec | null; from: string } | null;
  /** The effective owner and playbook, each with where it comes from (`node`, `model`, an ancestor id). */
  effective: { owner: Inherited | null; playbook: Inherited | null };
  history: NodeHistoryPoint[];
}

function escalationOf(spec: Spec, escalation: Inherited | null): NodeDetailJson['escalation'] {
  if (escalation === null) return null;
  const policy = spec.escalation_policies.find((p) => p.id === escalation.value);
  if (policy === undefined) return null;
  return { policy, team: spec.teams.find((t) => t.id === policy.team) ?? null, from: escalation.from };
}

/** The node's JSON; null when the spec has no node `id`. Complexity O(nodes + history). */
export function nodeDetailJson(
  spec: Spec,
  id: string,
  snapshot: CascadeSnapshot | null,
  history: readonly CascadeSnapshot[],
): NodeDetailJson | null {
  const node = spec.nodes.find((n) => n.id === id);
  if (node === undefined) return null;
  const points: NodeHistoryPoint[] = [];
  for (const past of history) {
    const r = past.nodes.find((n) => n.id === id);
    if (r !== undefined) points.push({ at: past.at, score: r.score, status: r.status, value: r.value });
  }
  const evaluated = snapshot !== null && snapshot.nodes.some((n) => n.id === id);
  const effective = effectiveSettings(spec, id);
  return {
    node: nodeJson(
      node,
      snapshot?.nodes.find((n) => n.id === id),
    ),
    explanation: evaluated ? explainNode(snapshot, id, spec) : null,
    cause_chain: evaluated ? topCause(snapshot, id) : [],
    definition: node,
    parents: spec.nodes.filter((p) => (p.children ?? []).some((c) => c.node === id)).map((p) => p.id),
    lineage: lineageOf(spec, id),
    escalation: escalationOf(spec, effective.escalation),
    effective: { owner: effective.owner, playbook: effective.playbook },
    history: points,
  };
}
