/**
 * What-if scenarios, pure: a list of `ScenarioChange`s applied, in order, to copies of the spec and
 * inputs, then evaluated like live data. Nothing passed in is ever mutated.
 *
 * - `{node, value}`: the base node reads that value, fresh (`override.ts`); `{node, score}` and
 *   `{node, status}` fix any node's result (its parents read it).
 * - `{fail_source}`: every `promql` base node on that source loses its value (value null → unknown,
 *   reason "scenario: source prom failed"), and every exposure read from it becomes null (impact unknown;
 *   under `worst_case` exposures keep their reading, so the failure has a price).
 * - `{fail_feature: {model, feature}}`: the model's `feature_drift`, `missing_ratio` and
 *   `schema_violations` nodes on that feature lose their value, like a failed source. Aggregates
 *   (`drift_share`, `drift_worst`) are left alone: they are computed over the features still present.
 *   With `options.failure = 'worst_case'`, failed nodes instead get score 0 (critical), so the failure
 *   can be priced — what dependency-risk reports need, since an unknown node has no impact amount.
 * - `{age_model: {model, days}}`: N days pass without a retrain: `modelAges` and `referenceAges` entries
 *   grow by N·86400, `trained_at` and `reference_taken_at` move back by as much, and the model's
 *   `model_age` / `reference_age` base nodes read N·86400 more. Data freshness is unchanged.
 * - `{scale_exposure: {node?, factor}}`: the exposure of that node (or of every node with an impact
 *   model) is multiplied by factor (constant or read; a missing reading stays missing).
 * - `{set_exposure: {node, value}}`: the node's exposure becomes the constant value.
 * Changes that name something the spec does not have throw (a scenario that silently did nothing
 * would be priced as "no impact"); changes that apply but affect nothing are listed in `notes`.
 */
import type { ScenarioChange, Spec } from '../spec/types';
import { evaluateCascade } from './evaluate';
import { applyChange, type Draft } from './scenarioChanges';
import type { CascadeInputs, CascadeSnapshot, NodeOverride } from './types';

export interface ScenarioOptions {
  /** How a failed source or feature shows: `unknown` (value null, as live data would; default) or `worst_case` (score 0). */
  failure?: 'unknown' | 'worst_case';
}

export interface AppliedScenario {
  spec: Spec;
  inputs: CascadeInputs;
  /** The node overrides the scenario set (also in `inputs.overrides`). */
  overrides: ReadonlyMap<string, NodeOverride>;
  /** Changes that applied but affected nothing, e.g. "fail_source prom: no node reads it". */
  notes: string[];
}

/**
 * Applies scenario changes to copies of the spec and inputs. Complexity O(changes × nodes).
 *
 * @throws Error naming the change (index and JSON) and what is wrong: unknown node, source, model or
 *   feature; a value on a parent; a score outside [0, 1]; negative days, factor or exposure.
 * @example applyScenario(spec, inputs, [{ fail_source: 'prom' }]).inputs.observations.get('fraud.serving.cpu')
 * // { node: 'fraud.serving.cpu', value: null, observedAt: 1700000000, reason: 'scenario: source prom failed' }
 */
export function applyScenario(
  spec: Spec,
  inputs: CascadeInputs,
  changes: readonly ScenarioChange[],
  options: ScenarioOptions = {},
): AppliedScenario {
  const d: Draft = {
    spec: structuredClone(spec),
    observations: new Map(inputs.observations),
    exposures: new Map(inputs.exposures),
    modelAges: new Map(inputs.modelAges),
    referenceAges: new Map(inputs.referenceAges),
    overrides: new Map(inputs.overrides ?? []),
    notes: [],
    failure: options.failure ?? 'unknown',
  };
  changes.forEach((change, i) => {
    try {
      applyChange(d, change);
    } catch (e) {
      throw new Error(`applyScenario: change ${i} ${JSON.stringify(change)}: ${(e as Error).message}`);
    }
  });
  const { observations, exposures, modelAges, referenceAges, overrides } = d;
  const out: CascadeInputs = { ...inputs, observations, exposures, modelAges, referenceAges, overrides };
  return { spec: d.spec, inputs: out, overrides, notes: d.notes };
}

/**
 * Applies a scenario and evaluates the result at `now`: the what-if cascade, business impact included.
 *
 * @example evaluateScenario(spec, inputs, [{ scale_exposure: { factor: 3 } }], now) // every impact × 3
 */
export function evaluateScenario(
  spec: Spec,
  inputs: CascadeInputs,
  changes: readonly ScenarioChange[],
  now: number,
  options: ScenarioOptions = {},
): CascadeSnapshot {
  const applied = applyScenario(spec, inputs, changes, options);
  return evaluateCascade(applied.spec, applied.inputs, now);
}
