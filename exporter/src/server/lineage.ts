/**
 * Lineage of a node down to its raw inputs: children recursively, then for each base node its signal
 * and what feeds it (model and feature, reference, labels, governance facts, or PromQL source and
 * query), as the one table of signal kinds declares it. Pure, from the spec alone. A node
 * reached twice (the cascade is a DAG) is expanded once and referenced by id afterwards.
 */
import { signalInputs } from '../spec/signalKinds';
import type { NodeSpec, SignalSpec, Spec } from '../spec/types';

export interface RawInput {
  kind: 'model_events' | 'model_feature' | 'model_reference' | 'model_labels' | 'governance' | 'promql';
  model?: string;
  feature?: string;
  source?: string;
  query?: string;
}

export interface LineageNode {
  id: string;
  tier: NodeSpec['tier'];
  title: string;
  /** Rollup weight in the parent this entry hangs under (absent at the root). */
  weight?: number;
  /** Parents: their children. */
  children?: LineageNode[];
  /** Base nodes: the signal and the raw inputs behind it. */
  signal?: SignalSpec;
  inputs?: RawInput[];
  /** True when this node was already expanded elsewhere in the tree. */
  seen_above?: boolean;
}

/** The raw inputs of a base node, as the kind table declares them (`spec/signalKinds.ts`). */
function rawInputs(node: NodeSpec): RawInput[] {
  return signalInputs(node.signal, node.model).map((input): RawInput => {
    switch (input.kind) {
      case 'promql':
        return { kind: 'promql', source: input.source, query: input.query };
      case 'events':
        return input.feature === undefined
          ? { kind: 'model_events', model: input.model }
          : { kind: 'model_feature', model: input.model, feature: input.feature };
      case 'reference':
        return { kind: 'model_reference', model: input.model };
      case 'labels':
        return { kind: 'model_labels', model: input.model };
      case 'governance':
        return { kind: 'governance', model: input.model };
    }
  });
}

/**
 * The lineage tree under `id`. Throws when `id` is not a node of the spec.
 * Complexity O(nodes + edges): each node is expanded once.
 */
export function lineageOf(spec: Spec, id: string): LineageNode {
  const byId = new Map(spec.nodes.map((n) => [n.id, n]));
  const expanded = new Set<string>();
  const walk = (nodeId: string, weight: number | undefined): LineageNode => {
    const node = byId.get(nodeId);
    if (node === undefined) throw new Error(`lineageOf: node '${nodeId}' is not in spec ${spec.name}`);
    const entry: LineageNode = { id: node.id, tier: node.tier, title: node.title };
    if (weight !== undefined) entry.weight = weight;
    if (expanded.has(node.id)) return { ...entry, seen_above: true };
    expanded.add(node.id);
    if (node.children !== undefined && node.children.length > 0) {
      entry.children = node.children.map((c) => walk(c.node, c.weight));
    } else if (node.signal !== undefined) {
      entry.signal = node.signal;
      entry.inputs = rawInputs(node);
    }
    return entry;
  };
  return walk(id, undefined);
}
