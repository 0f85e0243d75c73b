/**
 * What each base signal is computed from, as dependency-graph vertex ids: a model's features, its
 * model-level event stream, its reference, its delayed labels, its governance facts, or a PromQL source.
 * Mirrors what `signals/observe.ts` reads for each kind.
 */
import type { NodeSpec } from '../spec/types';

/** Vertex id helpers, so every module spells them the same way. */
export const vertexId = {
  promql: (source: string) => `promql:${source}`,
  events: (model: string) => `events:${model}`,
  reference: (model: string) => `reference:${model}`,
  labels: (model: string) => `labels:${model}`,
  governance: (model: string) => `governance:${model}`,
  feature: (model: string, feature: string) => `feature:${model}.${feature}`,
  model: (model: string) => `model:${model}`,
};

/**
 * The vertices a base node reads directly. Feature-level signals read their feature; aggregates over
 * features (`drift_share`, `drift_worst`, `missing_ratio`/`schema_violations` without a feature) read the
 * model-level stream, since they are computed over the features still present; drift signals also read
 * the reference. Complexity O(1).
 *
 * @example baseInputs({ id: 'x', tier: 'base', title: 'x', model: 'fraud', signal: { kind: 'feature_drift', feature: 'amount' } })
 * // ['feature:fraud.amount', 'reference:fraud']
 */
export function baseInputs(node: NodeSpec): string[] {
  const signal = node.signal;
  if (signal === undefined) return [];
  if (signal.kind === 'promql') return [vertexId.promql(signal.source)];
  const m = node.model;
  if (m === undefined) return [];
  switch (signal.kind) {
    case 'feature_drift':
      return [vertexId.feature(m, signal.feature), vertexId.reference(m)];
    case 'drift_share':
    case 'drift_worst':
    case 'prediction_drift':
    case 'importance_stability':
      return [vertexId.model(m), vertexId.reference(m)];
    case 'missing_ratio':
    case 'schema_violations':
      return [signal.feature !== undefined ? vertexId.feature(m, signal.feature) : vertexId.model(m)];
    case 'realized_performance':
      return [vertexId.model(m), vertexId.labels(m)];
    case 'model_age':
    case 'policy_violations':
      return [vertexId.governance(m)];
    case 'reference_age':
      return [vertexId.reference(m)];
    default:
      return [vertexId.model(m)];
  }
}
