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
