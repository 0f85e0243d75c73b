/**
 * The base tier without the wall: the filter over titles, models and features, and the per-parent
 * summaries that stand in for a parent's ok base signals. Pure.
 *
 * Rules:
 * - Filter: the query is split on white space; a node matches when every word occurs (case-insensitive)
 *   in its title, id, model or the drift feature it measures. The nodes shown are the matches and their
 *   ancestors (so each match keeps its path to the top). An empty query filters nothing.
 * - Summaries: a base layer of more than `collapseAbove` cards is cut into groups, one per primary parent
 *   (the parent placed highest, which the layout already sorts the layer by; nodes without a shown parent
 *   form one group). A group shows its non-ok nodes; its ok nodes give way to one summary card placed at
 *   the group's head ("2 critical · 4 ok"), which expands the group. An expanded group keeps its summary
 *   (to collapse it again). Nodes in `keep` (the selection, the keyboard's card) are always shown.
 *   Missing data is never hidden: unknown counts as not ok.
 * - Edges: those to hidden nodes go; each summary gets one from its parent.
 * O(nodes + edges) per call.
 */
import type { CascadeLayout, Layer } from './layout';
import { STATUSES, type Status } from './status';
import type { CascadeModel, CascadeNode } from './types';
import { driftFeatureOf } from './why';

export interface GroupSummary {
  id: string;
  /** The group's primary parent, null for nodes without a shown parent. */
  parent: string | null;
  /** Every node of the group, shown or not, in layer order. */
  members: string[];
  /** Every node of the group by status, shown or not (in the model the layout was made from). */
  counts: Record<Status, number>;
  /** Ok nodes hidden now (0 when expanded). */
  hidden: number;
  expanded: boolean;
}

export interface ShownLayout extends CascadeLayout {
  /** Summary card id → its group; summary ids never collide with node ids. */
  summaries: ReadonlyMap<string, GroupSummary>;
}

export interface CollapseOptions {
  /** Cards in a base layer above which ok nodes collapse into summaries. */
  collapseAbove: number;
  /** Summary ids (or `group:` keys) of expanded groups. */
  expanded: ReadonlySet<string>;
  /** Node ids always shown. */
  keep: ReadonlySet<string>;
}

/**
 * Ids of the nodes matching `query` and of their ancestors (rules in the file header); null for an empty
 * query.
 *
 * @example filterIds(demo, 'amount') // Set { 'fraud.drift.amount', 'fraud.drift', 'revenue_assurance' }
 */
export function filterIds(model: CascadeModel, query: string): Set<string> | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return null;
  }
  const out = new Set<string>();
  const stack: string[] = [];
  for (const n of model.nodes) {
    const text = haystack(model, n);
    if (words.every((w) => text.includes(w))) {
      stack.push(n.id);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (!out.has(id)) {
      out.add(id);
      stack.push(...(model.byId.get(id)?.parents ?? []));
    }
  }
  return out;
}

function haystack(model: CascadeModel, n: CascadeNode): string {
  const feature = n.tier === 'base' ? (driftFeatureOf(model, n)?.feature ?? '') : '';
  return `${n.title}\n${n.id}\n${n.model}\n${feature}`.toLowerCase();
}

/**
 * The summary id of parent `parent`'s group (`''` for the parentless) in a base layer of `level`,
 * unique against node ids.
 *
 * @example summaryId(demo, 'fraud.serving', 0) // 'group:fraud.serving'
 */
export function summaryId(model: CascadeModel, parent: string, level: number): string {
  let id = `group:${parent}${level > 0 ? `@${level}` : ''}`;
  while (model.byId.has(id)) {
    id = `${id}:`;
  }
  return id;
}

/**
 * The layout with each large base layer's ok nodes collapsed into per-parent summaries (rules in the
 * file header). Layers of other tiers, and base layers of at most `collapseAbove` cards, are unchanged.
 *
 * @example collapseBase(demo, layout, { collapseAbove: 8, expanded: new Set(), keep: new Set() }).summaries.size // 6
 */
export function collapseBase(model: CascadeModel, layout: CascadeLayout, o: CollapseOptions): ShownLayout {
  const summaries = new Map<string, GroupSummary>();
  const primary = primaryParents(layout);
  const hidden = new Set<string>();
  const layers: Layer[] = layout.layers.map((layer) => {
    if (layer.tier !== 'base' || layer.ids.length <= o.collapseAbove) {
      return layer;
    }
    const ids: string[] = [];
    for (const group of groupRuns(layer.ids, primary)) {
      const parent = primary.get(group[0]) ?? null;
      const id = summaryId(model, parent ?? '', layer.level);
      const counts = countStatuses(model, group);
      const expanded = o.expanded.has(id);
      const shown = group.filter((g) => expanded || o.keep.has(g) || model.byId.get(g)?.status !== 'ok');
      group.filter((g) => !shown.includes(g)).forEach((g) => hidden.add(g));
      if (expanded || shown.length < group.length) {
        summaries.set(id, { id, parent, members: group, counts, hidden: group.length - shown.length, expanded });
        ids.push(id);
      }
      ids.push(...shown);
    }
    return { ...layer, ids };
  });
  const position = new Map<string, readonly [number, number]>();
  layers.forEach((l, li) => l.ids.forEach((id, i) => position.set(id, [li, i])));
  const edges = layout.edges.filter((e) => !hidden.has(e.child) && !hidden.has(e.parent));
  for (const s of summaries.values()) {
    if (s.parent !== null && position.has(s.parent)) {
      edges.push({ parent: s.parent, child: s.id });
    }
  }
  return { layers, position, edges, summaries };
}

// Each node's primary parent: its shown parent placed highest (lowest layer, then index).
function primaryParents(layout: CascadeLayout): Map<string, string> {
  const best = new Map<string, string>();
  const rank = (id: string) => {
    const p = layout.position.get(id);
    return p ? p[0] * 1e6 + p[1] : Infinity;
  };
  for (const e of layout.edges) {
    const current = best.get(e.child);
    if (current === undefined || rank(e.parent) < rank(current)) {
      best.set(e.child, e.parent);
    }
  }
  return best;
}

// The ids grouped by primary parent, groups in order of first appearance (the layout sorts a layer by
// primary parent, so a group is a run of the layer), ids in layer order.
function groupRuns(ids: readonly string[], primary: ReadonlyMap<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const key = primary.get(id) ?? '';
    const group = groups.get(key);
    if (group) {
      group.push(id);
    } else {
      groups.set(key, [id]);
    }
  }
  return [...groups.values()];
}

/**
 * The nodes `ids` by status in `model` (an id not in it counts as unknown): a summary's counts at the
 * moment shown, which may not be the live one its group was made from.
 *
 * @example countStatuses(demo, ['fraud.serving.error_ratio', 'recs.serving.latency_p99']) // { ok: 1, warning: 0, critical: 0, unknown: 1 }
 */
export function countStatuses(model: CascadeModel, ids: readonly string[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  ids.forEach((id) => (counts[model.byId.get(id)?.status ?? 'unknown'] += 1));
  return counts;
}

/**
 * The summary's text, worst first; statuses with no node left out.
 *
 * @example summaryText({ ok: 4, warning: 0, critical: 2, unknown: 1 }) // '1 unknown · 2 critical · 4 ok'
 */
export function summaryText(counts: Record<Status, number>): string {
  return [...STATUSES]
    .reverse()
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(' · ');
}

/**
 * Per layer, the indices where a new parent's group starts (index 0 always, for a non-empty layer):
 * where the primary parent changes from one card to the next, a summary card counting as its parent's.
 * Lanes start each group on a new row with them, so a row never mixes two parents. O(nodes + edges).
 *
 * @example groupStarts(collapsedDemoLayout)[2] // [0, 2, 4, 6, 7, 8, 9, 10]: the base layer's eight groups
 */
export function groupStarts(layout: CascadeLayout & { summaries?: ReadonlyMap<string, GroupSummary> }): number[][] {
  const primary = primaryParents(layout);
  const parentOf = (id: string) => layout.summaries?.get(id)?.parent ?? primary.get(id) ?? '';
  return layout.layers.map((l) =>
    l.ids.flatMap((id, i) => (i === 0 || parentOf(id) !== parentOf(l.ids[i - 1]) ? [i] : []))
  );
}
