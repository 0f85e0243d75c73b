"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateCascade = evaluateCascade;
const base_1 = require("./base");
const check_1 = require("./check");
const decay_1 = require("./decay");
const graph_1 = require("./graph");
const impact_1 = require("./impact");
const override_1 = require("./override");
const parent_1 = require("./parent");
const retrain_1 = require("./retrain");
/**
 * Evaluates the whole cascade at `now`. Complexity O(nodes + edges · log) per evaluation.
 *
 * @throws Error when `now` is not finite, the spec has problems (`cascadeSpecProblems`, all listed),
 *   or an override does not fit the spec.
 * @example
 * evaluateCascade(spec, inputs, 1700000000).nodes.find((n) => n.id === 'fraud.drift')
 * // { id: 'fraud.drift', score: 0.3, status: 'critical', reason: 'worst child fraud.drift.amount (critical)', … }
 */
function evaluateCascade(spec, inputs, now) {
    if (!Number.isFinite(now)) {
        throw new Error(`evaluateCascade: now ${now} is not a finite number of Unix seconds`);
    }
    const problems = [
        ...(0, check_1.cascadeSpecProblems)(spec).map((p) => `${p.path}: ${p.message}`),
        ...(0, override_1.overridesProblems)(spec, inputs.overrides),
    ];
    if (problems.length > 0) {
        throw new Error(`evaluateCascade: invalid spec or overrides: ${problems.join('; ')}`);
    }
    const ev = {
        spec,
        inputs,
        now,
        results: new Map(),
        dataAges: new Map(),
        beneath: (0, graph_1.modelsBeneath)(spec.nodes),
    };
    for (const node of (0, graph_1.topologicalOrder)(spec.nodes))
        ev.results.set(node.id, evaluateNode(node, ev));
    const retrain = (0, retrain_1.evaluateRetrainTriggers)(spec, ev.results, inputs.triggerSince ?? new Map(), now);
    return {
        at: now,
        nodes: spec.nodes.map((n) => ev.results.get(n.id)),
        edges: (0, graph_1.edgesOf)(spec.nodes),
        retrainRecommended: retrain.recommended,
        retrainTriggers: retrain.triggers,
    };
}
function evaluateNode(node, ev) {
    const override = ev.inputs.overrides?.get(node.id);
    const t = (0, parent_1.scoreThresholdsOf)(node, ev.spec);
    let result;
    if ((0, graph_1.isLeaf)(node)) {
        const observation = (0, override_1.effectiveObservation)(node, ev.inputs.observations.get(node.id), override, ev.now);
        result = (0, base_1.evaluateBase)(node, observation, ev.spec, ev.now);
        if (override !== undefined && 'value' in override) {
            result = { ...result, reason: `${result.reason} (scenario)` };
        }
        const observedAt = observation?.observedAt ?? null;
        ev.dataAges.set(node.id, observedAt !== null ? ev.now - observedAt : null);
    }
    else {
        result = (0, parent_1.evaluateParent)(node, childStates(node, ev.results), ev.spec, ev.now);
        ev.dataAges.set(node.id, oldestKnownChildAge(node, ev));
    }
    if (override !== undefined && !('value' in override)) {
        result = (0, override_1.forcedResult)(result, override, t);
    }
    else if (node.decay !== undefined) {
        const models = node.model !== undefined ? [node.model] : (ev.beneath.get(node.id) ?? []);
        const age = (0, decay_1.decayAge)(node.decay.of, models, ev.dataAges.get(node.id) ?? null, ev.spec, ev.inputs, ev.now);
        result = (0, decay_1.applyDecay)(result, node.decay, age, t);
    }
    if (node.impact !== undefined) {
        result = {
            ...result,
            ...(0, impact_1.impactFields)(node.impact, node.id, result.score, result.status, ev.inputs.exposures),
        };
    }
    return result;
}
function childStates(node, results) {
    return (node.children ?? []).map((c) => {
        const r = results.get(c.node);
        return { id: c.node, score: r.score, status: r.status, weight: c.weight };
    });
}
/** A parent's data age: the oldest among its known children (null when none is known). */
function oldestKnownChildAge(node, ev) {
    let oldest = null;
    for (const c of node.children ?? []) {
        const age = ev.dataAges.get(c.node) ?? null;
        if (age === null || ev.results.get(c.node)?.status === 'unknown')
            continue;
        oldest = oldest === null ? age : Math.max(oldest, age);
    }
    return oldest;
}
//# sourceMappingURL=evaluate.js.map