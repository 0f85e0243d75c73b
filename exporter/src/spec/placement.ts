/**
 * Where each node of a cascade is evaluated when the fleet outgrows one exporter (docs/scale-out.md):
 * by an exporter (a shard owns the models beneath the node) or by generated recording rules in
 * Prometheus, Thanos Ruler or Mimir's ruler (`mlhealth generate --rollups`). The exporters and the rule
 * generator read the same functions, so a node is never computed twice nor by nobody.
 *
 * Conventions:
 * - depth: a base node (no children) has depth 0; a parent 1 + the deepest of its children. Every child
 *   of a node is shallower than it, so rules evaluated depth by depth only read what is already known.
 * - scope `prometheus` (hybrid): the ruler evaluates the parents whose subtree spans two or more models;
 *   every other node is evaluated by the exporter that owns its model (nodes with no model beneath,
 *   PromQL-only parents, stay with the exporter too).
 * - scope `all`: the ruler evaluates every parent, except those that declare `decay` (the ages it reads
 *   are the exporter's) or a `retrain_trigger` (`mlhealth_retrain_recommended` is the exporter's) while
 *   their subtree stays within one model: the exporter owning that model keeps them. Exporters serve
 *   base nodes and those.
 * A parent spanning models that declares either cannot be placed: the rule generator refuses it.
 */
import { isLeaf, modelsBeneath, topologicalOrder } from './graph';
import type { NodeSpec } from './types';

/** Which parents recording rules evaluate: those spanning models, or every one. */
export type RollupScope = 'prometheus' | 'all';

export const ROLLUP_SCOPES: readonly RollupScope[] = ['prometheus', 'all'];

/**
 * The DAG depth of every node (0 for base nodes, 1 + the deepest child for parents). O(nodes + edges).
 *
 * @throws Error (from `topologicalOrder`) for a dangling child or a cycle.
 * @example nodeDepths(spec.nodes).get('revenue_assurance') // 3 (business ← component ← component ← base)
 */
export function nodeDepths(nodes: readonly NodeSpec[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const node of topologicalOrder(nodes)) {
    const children = node.children ?? [];
    depth.set(
      node.id,
      children.length === 0 ? 0 : 1 + Math.max(...children.map((c) => depth.get(c.node) ?? 0)),
    );
  }
  return depth;
}

/**
 * The ids of the nodes the recording rules evaluate under `scope`, in spec order.
 *
 * @example ruledNodes(spec.nodes, 'prometheus') // ['revenue_assurance'] (fraud and recsys beneath it)
 * @example ruledNodes(spec.nodes, 'all') // every parent but fraud.drift (trigger) and fraud.governance (decay)
 */
export function ruledNodes(nodes: readonly NodeSpec[], scope: RollupScope): string[] {
  const beneath = modelsBeneath(nodes);
  const spans = (n: NodeSpec) => (beneath.get(n.id) ?? []).length >= 2;
  return nodes
    .filter((n) => !isLeaf(n) && (spans(n) || (scope === 'all' && !needsExporter(n))))
    .map((n) => n.id);
}

/** Whether a parent reads what only an exporter has: ages for decay, memory for a retraining trigger. */
export function needsExporter(node: NodeSpec): boolean {
  return node.decay !== undefined || node.retrain_trigger !== undefined;
}
