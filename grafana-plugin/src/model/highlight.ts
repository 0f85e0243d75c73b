/**
 * What a selection lights up, pure. Rules: the selected node, the drill-down path above it, its parents
 * and children (one edge away), and the whole non-ok path under it: every descendant reached through
 * non-ok nodes only, that is not ok itself (so a critical grandchild behind a critical child is lit, an
 * ok branch is not). Everything else is de-emphasised (never made unreadable: that is the styling's
 * job). No selection lights nothing. O(nodes + edges).
 */
import type { CascadeModel } from './types';

/**
 * The ids lit by selecting `selectedId` with the drill-down `focusPath` (rules in the file header);
 * empty without a selection or for an id not in the model.
 *
 * @example highlighted(demo, 'revenue_assurance', [])
 * // Set { 'revenue_assurance', 'fraud.data_quality', 'fraud.drift', 'fraud.serving', 'fraud.dq.missing_ratio', 'fraud.drift.amount' }
 */
export function highlighted(model: CascadeModel, selectedId: string | null, focusPath: readonly string[]): Set<string> {
  const out = new Set<string>();
  const node = selectedId === null ? undefined : model.byId.get(selectedId);
  if (!node) {
    return out;
  }
  focusPath.forEach((id) => out.add(id));
  out.add(node.id);
  node.parents.forEach((id) => out.add(id));
  node.children.forEach((id) => out.add(id));
  const queue = node.children.filter((id) => model.byId.get(id)?.status !== 'ok');
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    out.add(queue[i]);
    for (const c of model.byId.get(queue[i])?.children ?? []) {
      if (!seen.has(c) && model.byId.get(c)?.status !== 'ok') {
        seen.add(c);
        queue.push(c);
      }
    }
  }
  return out;
}

/**
 * The ancestors of `id` among the cards of `layout`, nearest first: each step goes to the shown parent
 * placed highest (lowest layer, then index). Empty for null, an id not shown, or a top card. O(depth · edges).
 *
 * @example shownAncestors(layout, 'fraud.drift.amount') // ['fraud.drift', 'revenue_assurance']
 */
export function shownAncestors(
  layout: {
    position: ReadonlyMap<string, readonly [number, number]>;
    edges: ReadonlyArray<{ parent: string; child: string }>;
  },
  id: string | null
): string[] {
  const out: string[] = [];
  const rank = (x: string) => {
    const p = layout.position.get(x)!;
    return p[0] * 1e6 + p[1];
  };
  let current = id !== null && layout.position.has(id) ? id : null;
  while (current !== null) {
    const parents = layout.edges
      .filter((e) => e.child === current && layout.position.has(e.parent))
      .map((e) => e.parent);
    const next = parents.sort((a, b) => rank(a) - rank(b))[0];
    if (next === undefined || out.includes(next) || next === id) {
      break;
    }
    out.push(next);
    current = next;
  }
  return out;
}
