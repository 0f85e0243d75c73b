/**
 * The topology series: what recording rules need to evaluate any parent of the cascade, from the spec
 * alone (no evaluation needed, so an exporter serves them from its start, and a shard serves them for
 * every node, owned or not). DESIGN.md's contract has two of them; the rollup rules add two:
 *
 * - `mlhealth_edge_weight{parent,child}`: one series per edge, the rollup weight;
 * - `mlhealth_node_threshold{node,level}`: base nodes with thresholds (value units) and every parent
 *   (score thresholds: its own, else `defaults.score_thresholds`);
 * - `mlhealth_node_rollup_info{node,tier,model,depth,rollup,k,unknown_policy,critical_floor} 1`: one per
 *   parent; `rollup` is worst_of when the node declares none, `k` is set for k_of_n only,
 *   `critical_floor` (`true`/`false`) for weighted_mean only, `unknown_policy` is the effective one;
 * - `mlhealth_node_max_unknown_share{node}`: the share of parents whose policy is max_unknown_share.
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
  edgeWeight: Sample<'parent' | 'child'>[];
  threshold: Sample<'node' | 'level'>[];
  rollupInfo: Sample<RollupInfoLabels>[];
  maxUnknownShare: Sample<'node'>[];
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
    const t = leaf ? node.thresholds : scoreThresholdsOf(node, spec);
    if (t !== undefined) {
      out.threshold.push({ labels: { node: node.id, level: 'warning' }, value: t.warning });
      out.threshold.push({ labels: { node: node.id, level: 'critical' }, value: t.critical });
    }
    if (leaf) continue;
    out.rollupInfo.push({ labels: rollupInfoLabels(node, spec, depths.get(node.id) ?? 0), value: 1 });
    const share = unknownRuleOf(node, spec.defaults).maxUnknownShare;
    if (share !== undefined) out.maxUnknownShare.push({ labels: { node: node.id }, value: share });
  }
  for (const edge of edgesOf(spec.nodes)) {
    out.edgeWeight.push({ labels: { parent: edge.parent, child: edge.child }, value: edge.weight });
  }
  return out;
}
