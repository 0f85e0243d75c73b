/**
 * Lineage of a node down to its raw inputs: children recursively, then for each base node its signal
 * and what feeds it (model and feature, or PromQL source and query). Pure, from the spec alone. A node
 * reached twice (the cascade is a DAG) is expanded once and referenced by id afterwards.
 */
import type { NodeSpec, SignalSpec, Spec } from '../spec/types';

export interface RawInput {
  kind: 'model_events' | 'model_feature' | 'model_labels' | 'governance' | 'promql';
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

function rawInputs(node: NodeSpec): RawInput[] {
  const signal = node.signal;
  if (signal === undefined) return [];
  const model = node.model;
  switch (signal.kind) {
    case 'promql':
      return [{ kind: 'promql', source: signal.source, query: signal.query }];
    case 'feature_drift':
      return [{ kind: 'model_feature', model, feature: signal.feature }];
    case 'missing_ratio':
    case 'schema_violations':
      return [
        signal.feature !== undefined
          ? { kind: 'model_feature', model, feature: signal.feature }
          : { kind: 'model_events', model },
      ];
    case 'realized_performance':
      return [
        { kind: 'model_events', model },
        { kind: 'model_labels', model },
      ];
    case 'model_age':
    case 'reference_age':
    case 'policy_violations':
      return [{ kind: 'governance', model }];
    default:
      return [{ kind: 'model_events', model }];
  }
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
