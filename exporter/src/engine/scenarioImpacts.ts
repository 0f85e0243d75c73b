/**
 * The business impact of each what-if scenario declared in the spec, under the live inputs: what
 * `mlhealth_scenario_business_impact{scenario,node,measure}` shows beside live impact. Pure.
 */
import { evaluateScenario } from '../cascade';
import type { CascadeInputs } from '../cascade/types';
import type { Spec } from '../spec/types';

export type ScenarioImpactMap = Map<string, Map<string, { measure: string; value: number }>>;

/**
 * scenario id → business node id → impact. Nodes whose impact is unknown under a scenario have no
 * entry (never priced as zero). A scenario that cannot be applied throws, naming it.
 * Complexity: O(scenarios × cascade evaluation).
 */
export function scenarioImpacts(spec: Spec, inputs: CascadeInputs, now: number): ScenarioImpactMap {
  const out: ScenarioImpactMap = new Map();
  for (const scenario of spec.scenarios) {
    let nodes;
    try {
      nodes = evaluateScenario(spec, inputs, scenario.changes, now).nodes;
    } catch (err) {
      throw new Error(
        `scenarioImpacts: scenario ${scenario.id}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const impacts = new Map<string, { measure: string; value: number }>();
    for (const node of nodes) {
      if (node.impact !== null)
        impacts.set(node.id, { measure: node.impact.measure, value: node.impact.value });
    }
    out.set(scenario.id, impacts);
  }
  return out;
}
