/**
 * The split between exporters and rules, as the rule generator reads it (`spec/placement.ts`
 * `ruledNodes`): under `prometheus` the recording rules evaluate the parents whose subtree spans two
 * models or more; under `all` every parent. Every other node lies in one model's subtree (or in none:
 * PromQL-only), so one shard computes it whatever N is. The split depends on the spec alone, never on
 * the number of shards, so the same rule file serves any sharding. Pure.
 */
import { ruledNodes, type RollupScope } from '../spec/placement';
import type { NodeSpec } from '../spec/types';

/**
 * The ids of the nodes the rules of `mlhealth generate --rollups SCOPE` evaluate (no shard computes
 * them). Complexity O(nodes × models).
 *
 * @example
 * // fraud.health (model fraud), revenue (over fraud and recsys):
 * [...nodesInRules(spec.nodes, 'prometheus')] // ['revenue']
 */
export function nodesInRules(nodes: readonly NodeSpec[], scope: RollupScope): Set<string> {
  return new Set(ruledNodes(nodes, scope));
}
