/**
 * The declared facts of every node for the audit: definition, owner, cadence, provenance, playbook,
 * escalation and lineage down to raw inputs; and the nodes missing an owner or a playbook. Pure.
 */
import { effectiveSettings, parentsById } from '../spec/inheritance';
import { signalLabel } from '../cascade';
import { buildDependencyGraph } from '../dependencies/graph';
import type { DependencyGraph } from '../dependencies/types';
import type { NodeSpec, Spec } from '../spec/types';
import { nodeDefinition } from './definition';
import type { AuditLineage, AuditNode } from './types';

const RAW = new Set(['promql_source', 'events', 'reference', 'labels', 'governance', 'feature', 'model']);

/** Raw inputs beneath each node (graph order), from the dependency graph's data and child edges. */
function inputsBeneath(graph: DependencyGraph): Map<string, Set<string>> {
  const into = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind === 'exposure') continue;
    into.set(e.to, [...(into.get(e.to) ?? []), e.from]);
  }
  const memo = new Map<string, Set<string>>();
  const kind = new Map(graph.vertices.map((v) => [v.id, v.kind]));
  const visit = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const out = new Set<string>();
    memo.set(id, out);
    for (const from of into.get(id) ?? []) {
      if (RAW.has(kind.get(from) ?? '')) out.add(from);
      for (const x of visit(from)) out.add(x);
    }
    return out;
  };
  for (const v of graph.vertices) visit(v.id);
  return memo;
}

function lineage(node: NodeSpec, graph: DependencyGraph, beneath: Map<string, Set<string>>): AuditLineage {
  const order = new Map(graph.vertices.map((v, i) => [v.id, i]));
  const label = new Map(graph.vertices.map((v) => [v.id, v.label]));
  const inputs = [...(beneath.get(node.id) ?? [])]
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map((id) => ({ id, label: label.get(id) ?? id }));
  const isBase = node.children === undefined || node.children.length === 0;
  return {
    children: (node.children ?? []).map((c) => c.node),
    signal: isBase && node.signal !== undefined ? signalLabel(node.signal) : null,
    inputs,
  };
}

/**
 * A node's cadence and where it comes from. The loader fills `cadence` from the model or the defaults,
 * so the value is attributed to the most general place that gives it (an equal value declared on the
 * node means the same thing).
 */
function cadenceOf(
  spec: Spec,
  node: NodeSpec,
  modelInterval: number | undefined,
): Pick<AuditNode, 'cadence_seconds' | 'cadence_from'> {
  const seconds = node.cadence ?? modelInterval ?? spec.defaults.evaluation_interval;
  const from =
    modelInterval !== undefined
      ? seconds === modelInterval
        ? 'model'
        : 'node'
      : seconds === spec.defaults.evaluation_interval
        ? 'defaults'
        : 'node';
  return { cadence_seconds: seconds, cadence_from: from };
}

/**
 * The audit entry of every node, in spec order, with its effective owner, playbook and escalation and
 * where each comes from (spec/inheritance.ts: `node`, `model` for the owner, or an ancestor's id), so
 * the audit agrees with what the alerts carry.
 * Complexity O(nodes + edges).
 */
export function auditNodes(spec: Spec): AuditNode[] {
  const graph = buildDependencyGraph(spec);
  const beneath = inputsBeneath(graph);
  const parents = parentsById(spec.nodes);
  return spec.nodes.map((node) => {
    const model = spec.models.find((m) => m.id === node.model);
    const effective = effectiveSettings(spec, node.id, parents);
    const cadence = cadenceOf(spec, node, model?.evaluation_interval);
    return {
      id: node.id,
      tier: node.tier,
      title: node.title,
      description: node.description ?? null,
      model: node.model ?? null,
      definition: nodeDefinition(spec, node),
      owner: effective.owner?.value ?? null,
      owner_from: effective.owner?.from ?? null,
      ...cadence,
      provenance: node.provenance ?? null,
      playbook: effective.playbook?.value ?? null,
      playbook_from: effective.playbook?.from ?? null,
      escalation: effective.escalation?.value ?? null,
      escalation_from: effective.escalation?.from ?? null,
      lineage: lineage(node, graph, beneath),
    };
  });
}

/** Nodes with no owner (not even their model's) and nodes with no playbook, in spec order. */
export function auditGaps(nodes: readonly AuditNode[]): { no_owner: string[]; no_playbook: string[] } {
  return {
    no_owner: nodes.filter((n) => n.owner === null).map((n) => n.id),
    no_playbook: nodes.filter((n) => n.playbook === null).map((n) => n.id),
  };
}
