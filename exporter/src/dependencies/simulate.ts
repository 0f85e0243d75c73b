/**
 * The simulated loss of a raw input or feature, through the scenario engine: the changes that express
 * it, its business impact priced at worst case (failed nodes at score 0, exposures kept), and the
 * outcomes that go unknown when it fails the way live data would show it. Pure.
 */
import type { CascadeInputs } from '../cascade/types';
import type { ScenarioChange, Spec } from '../spec/types';
import { runScenario } from '../whatif/run';
import type { FailureReach, SinglePointOfFailure } from './types';

/**
 * The scenario changes for a candidate's loss: `fail_source` for a PromQL source (its exposures
 * included), `fail_feature` for a feature, and for a model's events, reference, labels or governance
 * facts one change per failed base node (`score 0` under worst case, `status unknown` otherwise).
 *
 * @example failureChanges(spec, { id: 'feature:fraud.amount', kind: 'feature', … }, 'worst_case')
 * // [{ fail_feature: { model: 'fraud', feature: 'amount' } }]
 */
export function failureChanges(
  spec: Spec,
  reach: FailureReach,
  mode: 'unknown' | 'worst_case',
): ScenarioChange[] {
  const rest = reach.id.slice(reach.id.indexOf(':') + 1);
  if (reach.kind === 'promql_source') return [{ fail_source: rest }];
  if (reach.kind === 'feature') {
    const model = spec.models.find(
      (m) => rest.startsWith(`${m.id}.`) && m.features.some((f) => `${m.id}.${f.name}` === rest),
    );
    if (model === undefined)
      throw new Error(
        `failureChanges: feature vertex ${reach.id} names no model feature of spec ${spec.name}`,
      );
    return [{ fail_feature: { model: model.id, feature: rest.slice(model.id.length + 1) } }];
  }
  return reach.failed_nodes.map((node) =>
    mode === 'worst_case' ? { node, score: 0 } : { node, status: 'unknown' as const },
  );
}

/**
 * A candidate's simulated loss against the given inputs at `now`. Complexity: four cascade evaluations.
 * @throws Error from the scenario engine when the spec has problems.
 */
export function simulateFailure(
  spec: Spec,
  inputs: CascadeInputs,
  now: number,
  reach: FailureReach,
): SinglePointOfFailure {
  const worstChanges = failureChanges(spec, reach, 'worst_case');
  const worst = runScenario(spec, inputs, { changes: worstChanges, failure: 'worst_case', market: {} }, now);
  const unknownChanges = failureChanges(spec, reach, 'unknown');
  const blind = runScenario(spec, inputs, { changes: unknownChanges, failure: 'unknown', market: {} }, now);
  const unknownIfFailed = blind.scenario.nodes
    .filter((n) => n.tier === 'business' && n.status === 'unknown')
    .filter((n) => blind.live.nodes.find((l) => l.id === n.id)?.status !== 'unknown')
    .map((n) => n.id);
  return { ...reach, changes: worstChanges, impacts: worst.impacts, unknown_if_failed: unknownIfFailed };
}
