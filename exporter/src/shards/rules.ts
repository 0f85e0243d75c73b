/**
 * The split between exporters and rules: which cascade nodes the generated recording rules evaluate
 * (`mlhealth generate --rollups prometheus`) rather than the exporter shards. A parent node is evaluated
 * by the rules when it spans models: its `model` is unset, or the base nodes beneath it belong to two
 * models or more. Every other node (a base node, or a parent of one model) lives in exactly one model's
 * subtree, so the one shard that owns that model computes it whatever N is. The split depends on the
 * spec alone, never on the number of shards, so the same rule file serves any sharding. Pure.
 */
import { isLeaf, modelsBeneath } from '../spec/graph';
import type { NodeSpec } from '../spec/types';

/**
 * The ids of the nodes that span models (evaluated by rules, not by shards), in spec order.
 * Complexity O(nodes × models).
 *
 * @example
 * // fraud.drift (model fraud), revenue_assurance (no model, over fraud and recs):
 * [...nodesSpanningModels(spec.nodes)] // ['revenue_assurance']
 */
export function nodesSpanningModels(nodes: readonly NodeSpec[]): Set<string> {
  const beneath = modelsBeneath(nodes);
  const spanning = new Set<string>();
  for (const node of nodes) {
    if (isLeaf(node)) continue;
    if (node.model === undefined || (beneath.get(node.id) ?? []).length >= 2) spanning.add(node.id);
  }
  return spanning;
}
