/**
 * What the loss of one raw input or feature reaches, from the graph alone: the base nodes that lose
 * their value (a base node fails when any input it reads fails), the outcomes above them, and the
 * outcomes it cuts off entirely. Pure.
 *
 * Outcomes are the roots of the DAG (business nodes no other node rolls up): a business node over
 * business nodes is one outcome, not two. A single point of failure is an input whose loss takes down
 * an outcome that no other input path keeps alive (every base node beneath it is lost, or the outcome's
 * exposure is read from it). An input that merely feeds several outcomes is *shared*: reported as such,
 * not as a single point of failure.
 */
import type { DependencyGraph, FailureReach } from './types';

const CANDIDATE_KINDS = new Set(['promql_source', 'events', 'reference', 'labels', 'governance', 'feature']);

function adjacency(graph: DependencyGraph, kinds: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!kinds.has(e.kind)) continue;
    const list = out.get(e.from) ?? [];
    list.push(e.to);
    out.set(e.from, list);
  }
  return out;
}

function downstream(start: Iterable<string>, next: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const to of next.get(id) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  return seen;
}

/** Base nodes beneath each business outcome (through child edges). */
function basesBeneath(graph: DependencyGraph): Map<string, Set<string>> {
  const parents = adjacency(graph, new Set(['child']));
  const bases = graph.vertices.filter((v) => v.kind === 'base').map((v) => v.id);
  const out = new Map<string, Set<string>>();
  for (const base of bases) {
    for (const above of downstream([base], parents)) {
      const set = out.get(above) ?? new Set<string>();
      set.add(base);
      out.set(above, set);
    }
  }
  return out;
}

/**
 * The reach of every candidate (raw inputs and features that feed a node), in graph order: the
 * outcomes it reaches, those it cuts off (single point of failure) and whether it is shared by two or
 * more outcomes. Complexity O(candidates × (vertices + edges)).
 *
 * @example failureReaches(buildDependencyGraph(spec)).find((r) => r.id === 'feature:fraud.merchant_category')
 * // { failed_nodes: ['fraud.drift.merchant_category', 'fraud.data_quality.missing_merchant_category'],
 * //   reaches: ['revenue_assurance', 'compliance_exposure'], cuts_all_paths_to: [], single_point_of_failure: true, … }
 */
export function failureReaches(graph: DependencyGraph): FailureReach[] {
  const data = adjacency(graph, new Set(['data']));
  const parents = adjacency(graph, new Set(['child']));
  const exposure = adjacency(graph, new Set(['exposure']));
  const hasParent = new Set(graph.edges.filter((e) => e.kind === 'child').map((e) => e.from));
  const business = graph.vertices
    .filter((v) => v.kind === 'business' && !hasParent.has(v.id))
    .map((v) => v.id);
  const order = new Map(graph.vertices.map((v, i) => [v.id, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const beneath = basesBeneath(graph);
  const kindOf = new Map(graph.vertices.map((v) => [v.id, v.kind]));
  return graph.vertices
    .filter((v) => CANDIDATE_KINDS.has(v.kind))
    .map((v) => {
      const failed = [...downstream([v.id], data)].filter((id) => kindOf.get(id) === 'base').sort(byOrder);
      const above = downstream(failed, parents);
      const exposureOf = [...(exposure.get(v.id) ?? [])].filter((b) => business.includes(b)).sort(byOrder);
      const failedSet = new Set(failed);
      const reaches = business.filter((b) => above.has(b) || exposureOf.includes(b));
      const cuts = business.filter((b) => {
        const bases = beneath.get(b);
        return bases !== undefined && bases.size > 0 && [...bases].every((x) => failedSet.has(x));
      });
      return {
        id: v.id,
        kind: v.kind,
        label: v.label,
        failed_nodes: failed,
        reaches,
        cuts_all_paths_to: cuts,
        exposure_of: exposureOf,
        shared: reaches.length >= 2,
        single_point_of_failure: cuts.length > 0 || exposureOf.length > 0,
      };
    });
}
