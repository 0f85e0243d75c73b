/**
 * The PromQL queries a spec needs: promql base nodes and business exposures read from a series, one
 * poll target per (source, query) pair.
 */
import type { NodeSpec, PrometheusSourceSpec, Spec } from '../spec/types';

/** One (source, query) pair to poll, with the nodes that read it. */
export interface PollTarget {
  source: PrometheusSourceSpec;
  query: string;
  /** Seconds between polls: the smallest cadence of the nodes that read it. */
  cadence: number;
  nodes: string[];
}

/** The map key of a (source, query) pair. */
export const pollKey = (source: string, query: string): string => `${source}\u0000${query}`;

/**
 * Every (source, query) pair a spec polls, deduplicated, in spec order. A node's cadence is its own,
 * else its model's evaluation interval, else the spec default. Throws when a node names an undeclared
 * source (the spec loader refuses such specs; this guards hand-built ones).
 */
export function pollTargets(spec: Spec): PollTarget[] {
  const sources = new Map(spec.sources.map((s) => [s.id, s]));
  const targets = new Map<string, PollTarget>();
  const add = (node: NodeSpec, sourceId: string, query: string, cadence: number) => {
    const source = sources.get(sourceId);
    if (!source)
      throw new Error(
        `pollTargets: node ${node.id} reads source ${sourceId}, which the spec does not declare`,
      );
    const existing = targets.get(pollKey(sourceId, query));
    if (existing) {
      existing.cadence = Math.min(existing.cadence, cadence);
      existing.nodes.push(node.id);
    } else targets.set(pollKey(sourceId, query), { source, query, cadence, nodes: [node.id] });
  };
  for (const node of spec.nodes) {
    const modelInterval = spec.models.find((m) => m.id === node.model)?.evaluation_interval;
    const cadence = node.cadence ?? modelInterval ?? spec.defaults.evaluation_interval;
    if (node.signal?.kind === 'promql') add(node, node.signal.source, node.signal.query, cadence);
    const exposure = node.impact?.exposure;
    if (exposure && 'source' in exposure) add(node, exposure.source, exposure.query, cadence);
  }
  return [...targets.values()];
}
