/**
 * "Why is revenue assurance red?" answered from a snapshot: the chain of causes down to a base node,
 * and a one-line explanation of it.
 *
 * The chain follows, from the node down: for an `unknown` node, its first unknown child (ids in
 * code-point order); otherwise the child with the largest contribution (ties: first id). It stops at a
 * base node, or at a node with no contributions (score 1, or fixed by a scenario, or unknown for a reason
 * of its own such as an unknown model age).
 */
import type { Spec } from '../spec/types';
import { formatValue } from './format';
import { nodeSignalLabel, signalFeature } from './labels';
import { largestShare } from './parent';
import type { CascadeSnapshot, NodeResult } from './types';

/**
 * The chain of largest contributions from a node down to its root cause. Complexity O(depth × edges).
 *
 * @throws Error when the node is not in the snapshot.
 * @example topCause(snapshot, 'revenue_assurance') // ['revenue_assurance', 'fraud.drift', 'fraud.drift.amount']
 */
export function topCause(snapshot: CascadeSnapshot, nodeId: string): string[] {
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const chain: string[] = [];
  let current = byId.get(nodeId);
  if (current === undefined) throw new Error(`topCause: node ${nodeId} is not in the snapshot`);
  while (current !== undefined && chain.length <= snapshot.nodes.length) {
    chain.push(current.id);
    current = nextCause(current, snapshot, byId);
  }
  return chain;
}

function nextCause(
  node: NodeResult,
  snapshot: CascadeSnapshot,
  byId: ReadonlyMap<string, NodeResult>,
): NodeResult | undefined {
  if (node.status === 'unknown') {
    const unknown = snapshot.edges
      .filter((e) => e.parent === node.id && byId.get(e.child)?.status === 'unknown')
      .map((e) => e.child)
      .sort();
    return unknown.length > 0 ? byId.get(unknown[0]) : undefined;
  }
  const top = largestShare(node.contributions);
  return top !== null ? byId.get(top.child) : undefined;
}

/**
 * One line for people (annotations, alerts, tooltips): the node, its status, the component nearest the
 * root cause, and the root cause itself — a feature and statistic for feature-level signals, the base
 * node and its statistic otherwise, the node's reason when it is unknown or fixed by a scenario.
 *
 * @throws Error when the node is not in the snapshot.
 * @example explainNode(snapshot, 'revenue_assurance', spec)
 * // 'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31'
 * @example explainNode(snapshot, 'fraud.drift.input.amount', spec)
 * // 'fraud.drift.input.amount → critical: PSI 0.31 ≥ critical 0.25'
 */
export function explainNode(snapshot: CascadeSnapshot, nodeId: string, spec: Spec): string {
  const chain = topCause(snapshot, nodeId);
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const root = byId.get(nodeId) as NodeResult;
  if (chain.length === 1) return `${root.id} → ${root.status}: ${root.reason}`;
  const cause = byId.get(chain[chain.length - 1]) as NodeResult;
  const parts = chain.length >= 3 ? [chain[chain.length - 2]] : [];
  parts.push(causeDetail(cause, spec));
  return `${root.id} → ${root.status}: ${parts.join(', ')}`;
}

function causeDetail(cause: NodeResult, spec: Spec): string {
  const node = spec.nodes.find((n) => n.id === cause.id);
  const isBase = node !== undefined && (node.children ?? []).length === 0;
  if (!isBase || cause.status === 'unknown' || cause.value === null || cause.reason.startsWith('scenario:')) {
    return `${cause.id}: ${cause.reason}`;
  }
  const statistic = `${nodeSignalLabel(spec, node)} ${formatValue(cause.value, node.unit)}`;
  const feature = signalFeature(node.signal);
  if (feature !== undefined) return `feature ${feature}, ${statistic}`;
  return `${cause.id}, ${statistic}${multivariatePhrase(cause.detail)}`;
}

/**
 * What a multivariate drift value rests on: the columns tested together (PCA) or the features that
 * separate current rows from reference rows best (classifier). Empty for other nodes.
 */
function multivariatePhrase(detail: NodeResult['detail']): string {
  if (detail === undefined) return '';
  const separating = detail.separating_features;
  if (Array.isArray(separating) && separating.length > 0) {
    const names = separating.slice(0, 3).map((f) => String((f as { feature?: unknown }).feature));
    return ` (classifier; separating features ${names.join(', ')})`;
  }
  const columns = detail.columns;
  return Array.isArray(columns) ? ` (${String(detail.method)} over ${columns.join(', ')})` : '';
}
