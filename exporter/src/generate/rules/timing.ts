/**
 * How long alerts wait and linger, all derived from the spec's cadences so that a faster-evaluated
 * node alerts faster. Kept in one file because the values depend on each other (see `keepFiringFor`).
 */
import type { Spec } from '../../spec/types';
import type { NodeFacts } from '../context';

/** A node must be bad for two evaluations before it alerts: one bad evaluation is noise. */
export function nodeFor(facts: NodeFacts): number {
  return 2 * facts.cadence;
}

/** The exporter must miss scrapes for two default evaluation intervals before it is declared down. */
export function exporterDownFor(spec: Spec): number {
  return 2 * spec.defaults.evaluation_interval;
}

/**
 * A resolved node alert keeps firing this long, against flapping, and long enough that when the
 * exporter dies its data alerts are still firing (and so muted) when `MlhealthExporterDown` starts,
 * instead of resolving first and telling every team that all is well.
 */
export function keepFiringFor(spec: Spec, facts: NodeFacts): number {
  return Math.max(2 * facts.cadence, 3 * exporterDownFor(spec));
}

/** A node not recomputed for three cadences is stale: the evaluation loop, not the data, is stuck. */
export function staleAfter(facts: NodeFacts): number {
  return 3 * facts.cadence;
}

/** Seconds of a model's current window when it is a duration (count and pinned windows: 0). */
function windowSeconds(spec: Spec, model: string | undefined): number {
  const window = spec.models.find((m) => m.id === model)?.window;
  return window !== undefined && 'duration' in window ? window.duration : 0;
}

/**
 * No data waits until the node could have data: its window filled and its staleness passed (the widest
 * window of the models beneath a node spanning models), and at least `nodeFor`. So an exporter that
 * starts without traffic does not page every team with "no data" before any could arrive.
 */
export function noDataFor(spec: Spec, facts: NodeFacts): number {
  const models = new Set<string | undefined>([facts.node.model]);
  for (const id of facts.descendants) models.add(spec.nodes.find((n) => n.id === id)?.model);
  const widest = Math.max(0, ...[...models].map((m) => windowSeconds(spec, m)));
  return Math.max(nodeFor(facts), widest + spec.defaults.stale_after);
}
