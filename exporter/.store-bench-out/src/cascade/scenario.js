"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyScenario = applyScenario;
exports.evaluateScenario = evaluateScenario;
const evaluate_1 = require("./evaluate");
const scenarioChanges_1 = require("./scenarioChanges");
/**
 * Applies scenario changes to copies of the spec and inputs. Complexity O(changes × nodes).
 *
 * @throws Error naming the change (index and JSON) and what is wrong: unknown node, source, model or
 *   feature; a value on a parent; a score outside [0, 1]; negative days, factor or exposure.
 * @example applyScenario(spec, inputs, [{ fail_source: 'prom' }]).inputs.observations.get('fraud.serving.cpu')
 * // { node: 'fraud.serving.cpu', value: null, observedAt: 1700000000, reason: 'scenario: source prom failed' }
 */
function applyScenario(spec, inputs, changes, options = {}) {
    const d = {
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
            (0, scenarioChanges_1.applyChange)(d, change);
        }
        catch (e) {
            throw new Error(`applyScenario: change ${i} ${JSON.stringify(change)}: ${e.message}`);
        }
    });
    const { observations, exposures, modelAges, referenceAges, overrides } = d;
    const out = { ...inputs, observations, exposures, modelAges, referenceAges, overrides };
    return { spec: d.spec, inputs: out, overrides, notes: d.notes };
}
/**
 * Applies a scenario and evaluates the result at `now`: the what-if cascade, business impact included.
 *
 * @example evaluateScenario(spec, inputs, [{ scale_exposure: { factor: 3 } }], now) // every impact × 3
 */
function evaluateScenario(spec, inputs, changes, now, options = {}) {
    const applied = applyScenario(spec, inputs, changes, options);
    return (0, evaluate_1.evaluateCascade)(applied.spec, applied.inputs, now);
}
//# sourceMappingURL=scenario.js.map