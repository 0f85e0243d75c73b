/**
 * The topology series: what recording rules need to evaluate any parent of the cascade, from the spec
 * alone (no evaluation needed, so an exporter serves them from its start, and a shard serves them for
 * every node, owned or not). DESIGN.md's contract has two of them; the rollup rules add two:
 *
 * - `mlhealth_edge_weight{parent,child,depth}`: one series per edge, the rollup weight;
 * - `mlhealth_node_threshold{node,level,depth}`: base nodes with thresholds (value units) and every
 *   parent (score thresholds: its own, else `defaults.score_thresholds`);
 * - `mlhealth_node_rollup_info{node,tier,model,depth,rollup,k,unknown_policy,critical_floor} 1`: one per
 *   parent; `rollup` is worst_of when the node declares none, `k` is set for k_of_n only,
 *   `critical_floor` (`true`/`false`) for weighted_mean only, `unknown_policy` is the effective one;
 * - `mlhealth_node_max_unknown_share{node,depth}`: the share of parents whose policy is max_unknown_share.
 * `depth` is the node's DAG depth (`spec/placement.ts`: base 0, a parent 1 + its deepest child), the
 * parent's on an edge: the recording rules of one depth select their slice of the topology by label
 * equality, an index lookup, instead of reading the whole fleet's topology in every depth group.
 * Pure: a spec in, samples out, in spec order.
 */
import { scoreThresholdsOf } from '../cascade/parent';
import { unknownRuleOf } from '../cascade/unknown';
import { edgesOf, isLeaf } from '../spec/graph';
import { nodeDepths } from '../spec/placement';
import type { NodeSpec, Spec } from '../spec/types';
import type { Sample } from './family';

type RollupInfoLabels =
  'node' | 'tier' | 'model' | 'depth' | 'rollup' | 'k' | 'unknown_policy' | 'critical_floor';

export interface TopologySamples {
  edgeWeight: Sample<'parent' | 'child' | 'depth'>[];
  threshold: Sample<'node' | 'level' | 'depth'>[];
  rollupInfo: Sample<RollupInfoLabels>[];
  maxUnknownShare: Sample<'node' | 'depth'>[];
}

/** The labels of a parent's `mlhealth_node_rollup_info` series. */
export function rollupInfoLabels(
  node: NodeSpec,
  spec: Spec,
  depth: number,
): Record<RollupInfoLabels, string> {
  const rollup = node.rollup ?? { rule: 'worst_of' };
  return {
    node: node.id,
    tier: node.tier,
    model: node.model ?? '',
    depth: String(depth),
    rollup: rollup.rule,
    k: rollup.rule === 'k_of_n' ? String(rollup.k) : '',
    unknown_policy: unknownRuleOf(node, spec.defaults).policy,
    critical_floor: rollup.rule === 'weighted_mean' ? String(rollup.critical_floor !== false) : '',
  };
}

/**
 * The topology series of `spec`. Complexity O(nodes + edges).
 *
 * @throws Error (from `unknownRuleOf`) when a max_unknown_share parent has no share — the loader refuses such specs.
 * @example topologySamples(spec).rollupInfo[0].labels
 * // { node: 'fraud.drift', tier: 'component', model: 'fraud', depth: '1', rollup: 'worst_of', k: '', unknown_policy: 'propagate', critical_floor: '' }
 */
export function topologySamples(spec: Spec): TopologySamples {
  const out: TopologySamples = { edgeWeight: [], threshold: [], rollupInfo: [], maxUnknownShare: [] };
  const depths = nodeDepths(spec.nodes);
  for (const node of spec.nodes) {
    const leaf = isLeaf(node);
    const depth = String(depths.get(node.id) ?? 0);
    const t = leaf ? node.thresholds : scoreThresholdsOf(node, spec);
    if (t !== undefined) {
      out.threshold.push({ labels: { node: node.id, level: 'warning', depth }, value: t.warning });
      out.threshold.push({ labels: { node: node.id, level: 'critical', depth }, value: t.critical });
    }
    if (leaf) continue;
    out.rollupInfo.push({ labels: rollupInfoLabels(node, spec, Number(depth)), value: 1 });
    const share = unknownRuleOf(node, spec.defaults).maxUnknownShare;
    if (share !== undefined) out.maxUnknownShare.push({ labels: { node: node.id, depth }, value: share });
  }
  for (const edge of edgesOf(spec.nodes)) {
    const depth = String(depths.get(edge.parent) ?? 0);
    out.edgeWeight.push({ labels: { parent: edge.parent, child: edge.child, depth }, value: edge.weight });
  }
  return out;
}
