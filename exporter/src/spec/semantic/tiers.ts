/**
 * Tier rules (docs/spec.md "Tiers"):
 * - base nodes have a `signal` and thresholds, and no children, rollup or impact;
 * - component and business nodes have children and a rollup, and no signal or objective;
 * - edges go down or sideways: a component's children are base or component nodes, a business node's
 *   children are component or business nodes (so the business tier always speaks through components);
 * - only business nodes carry an impact model; k_of_n needs k ≤ number of children.
 */
import type { NodeSpec, Tier } from '../types';
import { IssueList, nodesById, type CheckInput } from './context';

/** Which tiers a parent of each tier may have as children. */
export const ALLOWED_CHILD_TIERS: Record<Tier, readonly Tier[]> = {
  base: [],
  component: ['base', 'component'],
  business: ['component', 'business'],
};

type PathFn = (...rest: Array<string | number>) => Array<string | number>;

export function checkTiers(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  const nodes = nodesById(input);
  input.spec.nodes.forEach((node, n) => {
    const here: PathFn = (...rest) => list.at('nodes', n, ...rest);
    if (node.tier === 'base') checkBase(node, here, list);
    else checkParent(node, nodes, here, list);
  });
  return list.issues;
}

function checkBase(node: NodeSpec, here: PathFn, list: IssueList): void {
  if (node.signal === undefined) list.error(here(), "a base node needs a 'signal'");
  for (const key of ['children', 'rollup', 'impact'] as const) {
    if (node[key] !== undefined)
      list.error(here(key), `a base node has no ${key}; only component and business nodes do`);
  }
}

function checkParent(
  node: NodeSpec,
  nodes: ReadonlyMap<string, NodeSpec>,
  here: PathFn,
  list: IssueList,
): void {
  if (node.children === undefined) list.error(here(), `a ${node.tier} node needs 'children'`);
  if (node.rollup === undefined)
    list.error(here(), `a ${node.tier} node needs a 'rollup' (worst_of, weighted_mean or k_of_n)`);
  for (const key of ['signal', 'objective', 'page'] as const) {
    if (node[key] !== undefined)
      list.error(here(key), `only base nodes have a ${key}; this is a ${node.tier} node`);
  }
  if (node.impact !== undefined && node.tier !== 'business')
    list.error(here('impact'), 'only business nodes have an impact model');
  const children = node.children ?? [];
  if (node.rollup?.rule === 'k_of_n' && node.rollup.k > children.length) {
    list.error(
      here('rollup', 'k'),
      `k is ${node.rollup.k} but the node has only ${children.length} children`,
    );
  }
  const allowed = ALLOWED_CHILD_TIERS[node.tier];
  children.forEach((ref, c) => {
    const child = nodes.get(ref.node);
    if (child !== undefined && !allowed.includes(child.tier)) {
      list.error(
        here('children', c),
        `a ${node.tier} node cannot have the ${child.tier} node '${child.id}' as a child (allowed: ${allowed.join(', ')})`,
      );
    }
  });
}
