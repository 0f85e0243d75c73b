/**
 * Where each node goes on screen, before any pixel: layers (tier columns, split when a tier has nested
 * levels, e.g. a component rolling up components), the order inside each layer, and the edges to draw
 * between the layers that are shown.
 */
import { subtreeIds } from './hierarchy';
import { severity } from './status';
import { TIERS, type CascadeModel, type CascadeNode, type Tier } from './types';

export interface LayoutOptions {
  /** Tiers to show; nodes of other tiers are skipped and their edges bridged. */
  tiers: readonly Tier[];
  /** Show only this node and its descendants (the root option or a drill-down); null for everything. */
  focusId: string | null;
  /** Show only these nodes (a filter's matches and their ancestors); null or absent for all. */
  only?: ReadonlySet<string> | null;
  /** Worst status first inside each layer (after grouping by parent). */
  sortBySeverity: boolean;
}

export interface Layer {
  tier: Tier;
  /** 0 for the top level of its tier, 1 for nodes under a node of the same tier, … */
  level: number;
  ids: string[];
}

export interface CascadeLayout {
  layers: Layer[];
  /** Node id → [layer index, position in layer]. */
  position: ReadonlyMap<string, readonly [number, number]>;
  /** Parent → child pairs between shown nodes; a parent of a hidden tier is bridged to its shown descendants. */
  edges: Array<{ parent: string; child: string }>;
}

/**
 * Lays the cascade out in layers.
 *
 * Convention: layers follow the tier order business → component → base and, inside a tier, the depth of
 * same-tier ancestors. The first layer is ordered by severity (when asked), then title; every other layer
 * groups nodes under their highest-placed shown parent (so edges stay short), then severity, then title;
 * nodes without a shown parent come last. O((nodes + edges) · log nodes).
 *
 * @example layoutCascade(model, { tiers: ['business', 'component'], focusId: null, sortBySeverity: true })
 */
export function layoutCascade(model: CascadeModel, options: LayoutOptions): CascadeLayout {
  const focus = options.focusId !== null && model.byId.has(options.focusId) ? subtreeIds(model, options.focusId) : null;
  const only = options.only ?? null;
  const visible = model.nodes.filter(
    (n) => options.tiers.includes(n.tier) && (!focus || focus.has(n.id)) && (!only || only.has(n.id))
  );
  const visibleIds = new Set(visible.map((n) => n.id));
  const levels = tierLevels(model);
  const layerKey = (n: CascadeNode) => `${TIERS.indexOf(n.tier)}:${levels.get(n.id) ?? 0}`;
  const groups = new Map<string, CascadeNode[]>();
  for (const n of visible) {
    const key = layerKey(n);
    const group = groups.get(key);
    if (group) {
      group.push(n);
    } else {
      groups.set(key, [n]);
    }
  }
  const keys = [...groups.keys()].sort((a, b) => compareKeys(a, b));
  const edges = bridgedEdges(model, visibleIds, options.tiers);
  const parentsOf = new Map<string, string[]>();
  for (const e of edges) {
    const list = parentsOf.get(e.child);
    if (list) {
      list.push(e.parent);
    } else {
      parentsOf.set(e.child, [e.parent]);
    }
  }
  const position = new Map<string, readonly [number, number]>();
  const layers: Layer[] = keys.map((key, layerIndex) => {
    const members = groups.get(key)!;
    const rank = (n: CascadeNode) => parentRank(parentsOf.get(n.id) ?? [], position);
    const sorted = [...members].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (options.sortBySeverity ? severity(b.status) - severity(a.status) : 0) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id)
    );
    sorted.forEach((n, i) => position.set(n.id, [layerIndex, i]));
    return { tier: members[0].tier, level: levels.get(members[0].id) ?? 0, ids: sorted.map((n) => n.id) };
  });
  return { layers, position, edges };
}

function compareKeys(a: string, b: string): number {
  const [ta, la] = a.split(':').map(Number);
  const [tb, lb] = b.split(':').map(Number);
  return ta - tb || la - lb;
}

// Placed parents sort their children: layer first, then index. Unplaced (same layer or none) go last.
function parentRank(parents: readonly string[], position: ReadonlyMap<string, readonly [number, number]>): number {
  let best = Infinity;
  for (const p of parents) {
    const pos = position.get(p);
    if (pos) {
      best = Math.min(best, pos[0] * 1e6 + pos[1]);
    }
  }
  return best;
}

/** Depth of each node below its same-tier ancestors (0 for the top of its tier). O(nodes + edges). */
function tierLevels(model: CascadeModel): Map<string, number> {
  const level = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) {
      return known;
    }
    if (visiting.has(id)) {
      return 0;
    }
    visiting.add(id);
    const node = model.byId.get(id)!;
    let depth = 0;
    for (const p of node.parents) {
      if (model.byId.get(p)?.tier === node.tier) {
        depth = Math.max(depth, visit(p) + 1);
      }
    }
    visiting.delete(id);
    level.set(id, depth);
    return depth;
  };
  model.nodes.forEach((n) => visit(n.id));
  return level;
}

/**
 * Edges between shown nodes. A child of a hidden tier is walked through to its shown descendants (an
 * executive view links business to component even when a base tier sits between, or the reverse);
 * nodes hidden by the focus are never reached, since a subtree holds all its descendants.
 * O(nodes + edges) per shown node in the worst case, O(edges) for the usual three tiers.
 */
function bridgedEdges(
  model: CascadeModel,
  visible: ReadonlySet<string>,
  tiers: readonly Tier[]
): Array<{ parent: string; child: string }> {
  const out: Array<{ parent: string; child: string }> = [];
  for (const parent of visible) {
    const seen = new Set<string>([parent]);
    const stack = [...(model.byId.get(parent)?.children ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) {
        continue;
      }
      seen.add(id);
      const node = model.byId.get(id);
      if (visible.has(id)) {
        out.push({ parent, child: id });
      } else if (node && !tiers.includes(node.tier)) {
        stack.push(...node.children);
      }
    }
  }
  return out.sort((a, b) => a.parent.localeCompare(b.parent) || a.child.localeCompare(b.child));
}
