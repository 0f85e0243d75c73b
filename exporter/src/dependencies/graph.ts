/**
 * The dependency graph of a spec: raw inputs (PromQL sources, each model's events, reference, labels
 * and governance facts) → features and the model-level stream → base nodes → components → business
 * outcomes, plus the sources business exposures are read from. Pure, from the spec alone.
 */
import type { Spec } from '../spec/types';
import { baseInputs, vertexId } from './signalInputs';
import type { DependencyEdge, DependencyGraph, DependencyVertex, VertexKind } from './types';

const INPUT_ORDER: readonly VertexKind[] = [
  'promql_source',
  'events',
  'reference',
  'labels',
  'governance',
  'feature',
  'model',
];

function inputVertex(spec: Spec, id: string): DependencyVertex {
  const [prefix, rest = ''] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  switch (prefix) {
    case 'promql': {
      const url = spec.sources.find((s) => s.id === rest)?.url;
      return {
        id,
        kind: 'promql_source',
        label: url !== undefined ? `Prometheus ${rest} (${url})` : `Prometheus ${rest}`,
      };
    }
    case 'events':
      return { id, kind: 'events', label: `${rest} prediction events` };
    case 'reference': {
      const ref = spec.models.find((m) => m.id === rest)?.reference;
      const where = ref === undefined ? '' : 'file' in ref ? ` (${ref.file})` : ' (pinned window)';
      return { id, kind: 'reference', label: `${rest} reference${where}` };
    }
    case 'labels':
      return { id, kind: 'labels', label: `${rest} labels` };
    case 'governance':
      return { id, kind: 'governance', label: `${rest} governance facts` };
    case 'feature':
      return { id, kind: 'feature', label: `feature ${rest}` };
    default:
      return { id, kind: 'model', label: `${rest} model outputs` };
  }
}

/**
 * Builds the graph. Only inputs that feed some node appear. Vertices: inputs grouped by kind (first
 * use order), then nodes in spec order; edges: data edges, exposure edges, then child → parent edges.
 * Complexity O(nodes + edges).
 *
 * @example buildDependencyGraph(spec).edges.filter((e) => e.to === 'fraud.drift.amount')
 * // [{ from: 'feature:fraud.amount', to: 'fraud.drift.amount', kind: 'data' }, { from: 'reference:fraud', to: 'fraud.drift.amount', kind: 'data' }]
 */
export function buildDependencyGraph(spec: Spec): DependencyGraph {
  const inputs = new Map<string, DependencyVertex>();
  const dataEdges: DependencyEdge[] = [];
  const streamEdges = new Map<string, DependencyEdge>();
  // Features and the model-level stream are parts of their model's events.
  const use = (id: string, model: string | undefined): void => {
    if (!inputs.has(id)) inputs.set(id, inputVertex(spec, id));
    const kind = inputs.get(id)?.kind;
    if ((kind === 'feature' || kind === 'model') && model !== undefined) {
      const events = vertexId.events(model);
      if (!inputs.has(events)) inputs.set(events, inputVertex(spec, events));
      streamEdges.set(id, { from: events, to: id, kind: 'data' });
    }
  };
  for (const node of spec.nodes) {
    for (const input of baseInputs(node)) {
      use(input, node.model);
      dataEdges.push({ from: input, to: node.id, kind: 'data' });
    }
  }
  const exposureEdges: DependencyEdge[] = [];
  for (const node of spec.nodes) {
    const e = node.impact?.exposure;
    if (e !== undefined && 'source' in e) {
      use(vertexId.promql(e.source), undefined);
      exposureEdges.push({ from: vertexId.promql(e.source), to: node.id, kind: 'exposure' });
    }
  }
  const childEdges: DependencyEdge[] = spec.nodes.flatMap((n) =>
    (n.children ?? []).map((c) => ({ from: c.node, to: n.id, kind: 'child' as const })),
  );
  const sorted = [...inputs.values()].sort(
    (a, b) => INPUT_ORDER.indexOf(a.kind) - INPUT_ORDER.indexOf(b.kind),
  );
  const nodes: DependencyVertex[] = spec.nodes.map((n) => ({ id: n.id, kind: n.tier, label: n.title }));
  return {
    vertices: [...sorted, ...nodes],
    edges: [...streamEdges.values(), ...dataEdges, ...exposureEdges, ...childEdges],
  };
}
