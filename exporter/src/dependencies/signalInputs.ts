/**
 * What each base signal is computed from, as dependency-graph vertex ids: a model's features, its
 * model-level event stream, its reference, its delayed labels, its governance facts, or a PromQL source.
 * Derived from the one table of signal kinds, which `signals/observe.ts` evaluates by.
 */
import { signalInputs } from '../spec/signalKinds';
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
 * The vertices a base node reads directly, from the kind table (`spec/signalKinds.ts`): a signal naming
 * a feature reads that feature; aggregates over features (`drift_share`, `drift_worst`,
 * `missing_ratio`/`schema_violations` without a feature) read the model-level stream, since they are
 * computed over the features still present; drift signals also read the reference. Complexity O(1).
 *
 * @example baseInputs({ id: 'x', tier: 'base', title: 'x', model: 'fraud', signal: { kind: 'feature_drift', feature: 'amount' } })
 * // ['feature:fraud.amount', 'reference:fraud']
 */
export function baseInputs(node: NodeSpec): string[] {
  return signalInputs(node.signal, node.model).map((input) => {
    switch (input.kind) {
      case 'promql':
        return vertexId.promql(input.source);
      case 'events':
        return input.feature === undefined
          ? vertexId.model(input.model)
          : vertexId.feature(input.model, input.feature);
      default:
        return vertexId[input.kind](input.model);
    }
  });
}
