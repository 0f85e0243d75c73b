"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildCascadeInputs = buildCascadeInputs;
/**
 * `CascadeInputs` at `now`: every model's base observations plus the PromQL ones, and the model and
 * reference ages (seconds, never negative) for decay, from each model's detail. A model without a
 * training time (or reference time) has no age entry, so decay of that kind does not apply to it.
 */
function buildCascadeInputs(parts, now) {
    const observations = new Map();
    const modelAges = new Map();
    const referenceAges = new Map();
    for (const evaluation of parts.evaluations) {
        for (const obs of evaluation.observations)
            observations.set(obs.node, obs);
        const { model, trainedAt, referenceTakenAt } = evaluation.detail;
        if (trainedAt !== null)
            modelAges.set(model, Math.max(0, now - trainedAt));
        if (referenceTakenAt !== null)
            referenceAges.set(model, Math.max(0, now - referenceTakenAt));
    }
    for (const [node, obs] of parts.sourceObservations)
        observations.set(node, obs);
    return {
        observations,
        exposures: parts.exposures,
        modelAges,
        referenceAges,
        triggerSince: parts.triggerSince,
    };
}
//# sourceMappingURL=cascadeInputs.js.map