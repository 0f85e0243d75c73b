/**
 * The node graph must be a DAG, and every parent must reach at least one base signal: a business node
 * that no data can ever move is a dashboard decoration, not a measurement.
 */
import type { NodeSpec } from '../types';
import { IssueList, nodesById, type CheckInput } from './context';

export function checkGraph(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  const nodes = nodesById(input);
  const indexOf = new Map<string, number>();
  input.spec.nodes.forEach((n, i) => indexOf.set(n.id, indexOf.get(n.id) ?? i));
  for (const cycle of findCycles(input.spec.nodes, nodes)) {
    const first = cycle[0] as string;
    const next = cycle[1] ?? first;
    const childIndex = (nodes.get(first)?.children ?? []).findIndex((c) => c.node === next);
    list.error(
      list.at('nodes', indexOf.get(first) ?? 0, 'children', Math.max(childIndex, 0)),
      `cycle in the node graph: ${[...cycle, first].join(' -> ')}`,
    );
  }
  const reaching = nodesReachingBase(input.spec.nodes, nodes);
  input.spec.nodes.forEach((node, n) => {
    if (node.tier === 'base' || node.children === undefined) return;
    if (!reaching.has(node.id)) {
      list.error(list.at('nodes', n, 'children'), `no path from '${node.id}' down to any base signal`);
    }
  });
  return list.issues;
}

/**
 * Ids of the nodes with a path down to a base node, found by growing the set from the base nodes up to
 * a fixpoint: O(passes · edges). A child that is not declared (dangling, reported elsewhere, or left out
 * by the schema check) counts as reaching, so one typo is not reported twice.
 */
export function nodesReachingBase(
  order: readonly NodeSpec[],
  nodes: ReadonlyMap<string, NodeSpec>,
): Set<string> {
  const reaching = new Set(order.filter((n) => n.tier === 'base').map((n) => n.id));
  for (let changed = true; changed;) {
    changed = false;
    for (const node of order) {
      if (reaching.has(node.id)) continue;
      if ((node.children ?? []).some((c) => reaching.has(c.node) || !nodes.has(c.node))) {
        reaching.add(node.id);
        changed = true;
      }
    }
  }
  return reaching;
}

/** Every elementary cycle found by depth-first search, each named once (starting at its first node in spec order). */
export function findCycles(order: readonly NodeSpec[], nodes: ReadonlyMap<string, NodeSpec>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const child of nodes.get(id)?.children ?? []) {
      const s = state.get(child.node);
      if (s === 'visiting') {
        const cycle = stack.slice(stack.indexOf(child.node));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === undefined && nodes.has(child.node)) {
        visit(child.node);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const node of order) if (!state.has(node.id)) visit(node.id);
  return cycles;
}
