/**
 * The cascade as a graph: a DAG of nodes, edges parent → child with the rollup weight. A node may have
 * several parents. Leaves (no children) are base nodes and read observations; the rest roll up.
 */
import type { NodeSpec } from './types';

/** Whether a node is evaluated from an observation (no children) rather than rolled up. */
export interface Edge {
  parent: string;
  child: string;
  weight: number;
}

export function isLeaf(node: NodeSpec): boolean {
  return node.children === undefined || node.children.length === 0;
}

/**
 * Nodes in an order where every child comes before its parents (Kahn's algorithm: leaves in spec
 * order, then each parent once its last child is placed — deterministic for a given spec).
 * Complexity O(nodes + edges).
 *
 * @throws Error naming the node and the missing child for a dangling reference, and the nodes left
 *   over for a cycle.
 * @example
 * // p has child b, declared first:
 * topologicalOrder(spec.nodes).map((n) => n.id) // ['b', 'p']
 */
export function topologicalOrder(nodes: readonly NodeSpec[]): NodeSpec[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pending = new Map<string, number>();
  const parentsOf = new Map<string, string[]>();
  for (const node of nodes) {
    const children = node.children ?? [];
    pending.set(node.id, children.length);
    for (const c of children) {
      if (!byId.has(c.node)) throw new Error(`topologicalOrder: node ${node.id} has unknown child ${c.node}`);
      parentsOf.set(c.node, [...(parentsOf.get(c.node) ?? []), node.id]);
    }
  }
  const order: NodeSpec[] = [];
  const ready = nodes.filter((n) => pending.get(n.id) === 0);
  for (let next = 0; next < ready.length; next++) {
    const node = ready[next];
    order.push(node);
    for (const parent of parentsOf.get(node.id) ?? []) {
      const left = (pending.get(parent) as number) - 1;
      pending.set(parent, left);
      if (left === 0) ready.push(byId.get(parent) as NodeSpec);
    }
  }
  if (order.length < nodes.length) {
    const stuck = nodes.filter((n) => (pending.get(n.id) as number) > 0).map((n) => n.id);
    throw new Error(`topologicalOrder: cycle among nodes ${stuck.join(', ')}`);
  }
  return order;
}

/** Every (parent, child, weight), parents in spec order, children in declaration order. */
export function edgesOf(nodes: readonly NodeSpec[]): Edge[] {
  return nodes.flatMap((n) =>
    (n.children ?? []).map((c) => ({ parent: n.id, child: c.node, weight: c.weight })),
  );
}

/**
 * For every node, the sorted model ids of the node itself and every node beneath it. Complexity
 * O(nodes × models) over a topological order.
 *
 * @example modelsBeneath(spec.nodes).get('revenue_assurance') // ['fraud', 'recsys']
 */
export function modelsBeneath(nodes: readonly NodeSpec[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const node of topologicalOrder(nodes)) {
    const models = new Set<string>(node.model !== undefined ? [node.model] : []);
    for (const c of node.children ?? []) for (const m of result.get(c.node) ?? []) models.add(m);
    result.set(node.id, [...models].sort());
  }
  return result;
}
