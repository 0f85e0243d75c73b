/**
 * Every base node of a spec at one `now`: model nodes from their `ModelMonitor`, promql nodes from the
 * source layer's last readings. The result is what the cascade engine takes as `observations`.
 */
import type { BaseObservation } from '../cascade/types';
import type { NodeSpec, Spec } from '../spec/types';
import { AnomalyHistory } from './anomaly';
import type { ModelMonitor } from './monitor';
import type { ModelEvaluation } from './types';

/** One reading of a PromQL query as the source layer last saw it. */
export interface PromqlReading {
  /** The query's value; null when the source is down or the query returned no series. */
  value: number | null;
  /** Unix seconds of the last successful answer; null before any. */
  observedAt: number | null;
  up: boolean;
  reason?: string;
}

/** What the signals layer needs from the source layer (`sources/SourceManager` implements it). */
export interface PromqlReadings {
  /** The latest reading of `query` on `source`; undefined when nobody polls that pair. */
  reading(source: string, query: string): PromqlReading | undefined;
}

export interface BaseNodesEvaluation {
  at: number;
  /** node id → observation, for every base node of the spec. */
  observations: Map<string, BaseObservation>;
  /** node id → robust z-score against the node's own history (null while it is short). */
  anomalyScores: Map<string, number | null>;
  /** One per monitored model, with its detail statistics. */
  models: ModelEvaluation[];
}

/**
 * Evaluates every base node. Models without a monitor give their nodes a null value with the reason;
 * `promqlHistory` keeps the anomaly history of promql nodes between calls (create one per spec).
 * Throws nothing: every failure is a null observation with a reason.
 */
export function evaluateBaseNodes(
  spec: Spec,
  monitors: ReadonlyMap<string, ModelMonitor>,
  sources: PromqlReadings | null,
  now: number,
  promqlHistory: AnomalyHistory = new AnomalyHistory(60, spec.defaults.evaluation_interval),
): BaseNodesEvaluation {
  const observations = new Map<string, BaseObservation>();
  const anomalyScores = new Map<string, number | null>();
  const models: ModelEvaluation[] = [];
  for (const [, monitor] of monitors) {
    const evaluation = monitor.evaluate(now);
    models.push(evaluation);
    for (const o of evaluation.observations) observations.set(o.node, o);
    for (const [node, z] of Object.entries(evaluation.anomalyScores)) anomalyScores.set(node, z);
  }
  const promql: BaseObservation[] = [];
  for (const node of spec.nodes) {
    if (node.tier !== 'base' || observations.has(node.id)) continue;
    const o =
      node.signal?.kind === 'promql' ? promqlObservation(node, node.signal, sources) : unmonitored(node);
    observations.set(node.id, o);
    if (node.signal?.kind === 'promql') promql.push(o);
  }
  for (const [node, z] of Object.entries(promqlHistory.scoreAndRecord(promql, now)))
    anomalyScores.set(node, z);
  const ordered = new Map<string, BaseObservation>();
  for (const node of spec.nodes) {
    const o = observations.get(node.id);
    if (o) ordered.set(node.id, o);
  }
  return { at: now, observations: ordered, anomalyScores, models };
}

function promqlObservation(
  node: NodeSpec,
  signal: { source: string; query: string },
  sources: PromqlReadings | null,
): BaseObservation {
  const reading = sources?.reading(signal.source, signal.query);
  if (reading === undefined)
    return {
      node: node.id,
      value: null,
      observedAt: null,
      reason: `source ${signal.source} is not polled for this query`,
    };
  if (!reading.up) {
    return {
      node: node.id,
      value: null,
      observedAt: reading.observedAt,
      reason: `source ${signal.source} is down: ${reading.reason ?? 'no answer'}`,
    };
  }
  if (reading.value === null) {
    return {
      node: node.id,
      value: null,
      observedAt: reading.observedAt,
      reason: reading.reason ?? 'query returned no series',
    };
  }
  return { node: node.id, value: reading.value, observedAt: reading.observedAt };
}

function unmonitored(node: NodeSpec): BaseObservation {
  const reason = node.model
    ? `model ${node.model} has no monitor`
    : `base node ${node.id} has no model and is not a promql node`;
  return { node: node.id, value: null, observedAt: null, reason };
}
