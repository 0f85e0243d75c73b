/**
 * How long alerts wait and linger, all derived from the spec's cadences so that a faster-evaluated
 * node alerts faster. Kept in one file because the values depend on each other (see `keepFiringFor`).
 */
import { EXPORTER_DOWN_AFTER } from '../../spec/convert';
import type { Spec } from '../../spec/types';
import type { NodeFacts } from '../context';

/** A node must be bad for two evaluations before it alerts: one bad evaluation is noise. */
export function nodeFor(facts: NodeFacts): number {
  return 2 * facts.cadence;
}

/**
 * How long the exporter must be unreachable or failing before it alerts: `platform.exporter_down_after`,
 * else 2 minutes, and never less than two default evaluation intervals. A restart shorter than this sends
 * nothing: firing data alerts outlast it (`keepFiringFor`), pending ones start over.
 */
export function exporterDownFor(spec: Spec): number {
  const declared = spec.platform?.exporter_down_after ?? EXPORTER_DOWN_AFTER;
  return Math.max(declared, 2 * spec.defaults.evaluation_interval);
}

/**
 * A resolved node alert keeps firing this long, against flapping, and long enough that when the
 * exporter dies its data alerts are still firing (and so muted) when `MlhealthExporterDown` starts,
 * instead of resolving first and telling every team that all is well: the exporter's `for`, plus the
 * failed scrape and the rule evaluation that fire it (the generated Prometheus scrapes and evaluates every
 * `defaults.evaluation_interval`), at least 30 s and two of the node's cadences.
 */
export function keepFiringFor(spec: Spec, facts: NodeFacts): number {
  const slack = Math.max(30, 2 * facts.cadence, 2 * spec.defaults.evaluation_interval);
  return exporterDownFor(spec) + slack;
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
