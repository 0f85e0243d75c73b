/**
 * The edges of the cascade DAG (`mlhealth_edge_weight{parent,child}`: the series' existence is the
 * edge), attached to the nodes as parents, children and contributions.
 */
import { CONTRACT_METRICS as M } from './metrics';
import { SeriesIndex, pickAt } from './seriesIndex';
import { seriesKey } from './series';
import type { CascadeEdge, CascadeNode } from './types';

/**
 * Reads every edge at time `at` and links `nodes` (mutating their `parents`, `children` and
 * `contributions`, which `buildNode` left empty), then settles the tier of nodes whose series carried
 * none: no parent → business, no child → base, otherwise component.
 *
 * Convention: an edge exists when its weight series exists, whatever its value at `at` (descriptions
 * do not go stale); its contribution is the current `mlhealth_node_contribution` sample or null.
 * Self-edges and edges naming unknown nodes are dropped. Edges are returned sorted by parent, then child.
 * O(edges · log n).
 */
export function linkEdges(index: SeriesIndex, nodes: ReadonlyMap<string, CascadeNode>, at: number): CascadeEdge[] {
  const grouped = new Map<string, { parent: string; child: string }>();
  for (const s of index.all(M.edgeWeight)) {
    const { parent, child } = s.labels;
    if (parent && child && parent !== child && nodes.has(parent) && nodes.has(child)) {
      grouped.set(seriesKey('', { parent, child }), { parent, child });
    }
  }
  const edges: CascadeEdge[] = [...grouped.values()]
    .sort((a, b) => a.parent.localeCompare(b.parent) || a.child.localeCompare(b.child))
    .map(({ parent, child }) => ({
      parent,
      child,
      weight: pickAt(edgeSeries(index, M.edgeWeight, parent, child), at, true)?.value ?? null,
      contribution: pickAt(edgeSeries(index, M.nodeContribution, parent, child), at, false)?.value ?? null,
    }));
  for (const e of edges) {
    const p = nodes.get(e.parent)!;
    const c = nodes.get(e.child)!;
    p.children.push(e.child);
    c.parents.push(e.parent);
    if (e.contribution !== null) {
      p.contributions.push({ child: e.child, share: e.contribution });
    }
  }
  for (const n of nodes.values()) {
    n.contributions.sort((a, b) => b.share - a.share || a.child.localeCompare(b.child));
    if (n.tierInferred) {
      n.tier = n.parents.length === 0 ? 'business' : n.children.length === 0 ? 'base' : 'component';
    }
  }
  return edges;
}

function edgeSeries(
  index: SeriesIndex,
  metric: typeof M.edgeWeight | typeof M.nodeContribution,
  parent: string,
  child: string
) {
  return index.withLabel(metric, 'parent', parent).filter((s) => s.labels.child === child);
}
