"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateNamedScenarios = evaluateNamedScenarios;
/**
 * The business impact of every what-if scenario declared in the spec, under the given (live) inputs:
 * the rows of `mlhealth_scenario_business_impact{scenario,node,measure}`. Pure.
 */
const cascade_1 = require("../cascade");
/**
 * One row per (declared scenario, node with an impact amount under it), scenarios in spec order, nodes
 * in spec order. A node whose impact is unknown under a scenario (unknown status or exposure, e.g. the
 * scenario fails the exposure's source) has no row: missing data is never priced as zero. Scenarios run
 * with `failure: 'unknown'`, as live data would show the failure.
 * Complexity: one cascade evaluation per scenario.
 *
 * @throws Error naming the scenario when its changes do not fit the spec (the loader rejects such specs).
 * @example evaluateNamedScenarios(spec, live, now).filter((r) => r.scenario === 'black_friday')
 * // [{ scenario: 'black_friday', node: 'revenue_assurance', measure: 'revenue_at_risk', value: 4210.5 }, …]
 */
function evaluateNamedScenarios(spec, inputs, now) {
    const rows = [];
    for (const scenario of spec.scenarios) {
        let nodes;
        try {
            nodes = (0, cascade_1.evaluateScenario)(spec, inputs, scenario.changes, now).nodes;
        }
        catch (err) {
            throw new Error(`evaluateNamedScenarios: scenario '${scenario.id}': ${err.message}`);
        }
        for (const node of nodes) {
            if (node.impact !== null) {
                rows.push({
                    scenario: scenario.id,
                    node: node.id,
                    measure: node.impact.measure,
                    value: node.impact.value,
                });
            }
        }
    }
    return rows;
}
//# sourceMappingURL=named.js.map