"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decayProblem = decayProblem;
exports.decayFactor = decayFactor;
exports.decayAge = decayAge;
exports.applyDecay = applyDecay;
const format_1 = require("./format");
const status_1 = require("./status");
const thresholds_1 = require("./thresholds");
/** Why a decay spec is unusable (null when valid). */
function decayProblem(decay) {
    if (!(decay.half_life > 0 && Number.isFinite(decay.half_life))) {
        return `half_life ${decay.half_life} must be > 0`;
    }
    if (!(decay.grace >= 0 && Number.isFinite(decay.grace)))
        return `grace ${decay.grace} must be ≥ 0`;
    if (!(decay.floor >= 0 && decay.floor <= 1))
        return `floor ${decay.floor} must be in [0, 1]`;
    return null;
}
/**
 * The decay factor for an age (seconds). Complexity O(1).
 *
 * @throws Error when the age is NaN or the decay spec is invalid.
 * @example decayFactor(60 * 86400, { of: 'model', grace: 30 * 86400, half_life: 30 * 86400, floor: 0.2 }) // 0.5
 * @example decayFactor(200 * 86400, { of: 'model', grace: 30 * 86400, half_life: 30 * 86400, floor: 0.2 }) // 0.2
 */
function decayFactor(age, decay) {
    if (Number.isNaN(age))
        throw new Error(`decayFactor: age ${age} is not a number`);
    const problem = decayProblem(decay);
    if (problem !== null)
        throw new Error(`decayFactor: ${problem}`);
    if (age <= decay.grace)
        return 1;
    return Math.max(decay.floor, Math.pow(0.5, (age - decay.grace) / decay.half_life));
}
/**
 * The age a node's decay reads, or null when it cannot be known.
 *
 * @param models the node's model, or every model beneath a node that spans models.
 * @param dataAge the node's data age (seconds), when `of` is `data`.
 */
function decayAge(of, models, dataAge, spec, inputs, now) {
    if (of === 'data')
        return dataAge === null ? null : Math.max(0, dataAge);
    const ages = models.map((id) => modelOrReferenceAge(of, id, spec, inputs, now));
    if (ages.length === 0 || ages.some((a) => a === null))
        return null;
    return Math.max(0, ...ages);
}
function modelOrReferenceAge(of, model, spec, inputs, now) {
    const given = (of === 'model' ? inputs.modelAges : inputs.referenceAges).get(model);
    if (given !== undefined)
        return given;
    const m = spec.models.find((x) => x.id === model);
    const at = of === 'model' ? m?.trained_at : m?.reference_taken_at;
    return at === undefined ? null : now - at;
}
/**
 * A node result after decay: score × factor, status worsened if the decayed score says so, reason
 * extended. Unknown results pass through; an unknown age makes the node unknown.
 *
 * @example
 * // a result with score 0.875 (ok), model decay grace 30d, half-life 30d, floor 0.2, model age 60d:
 * applyDecay(result, decay, 5184000, { warning: 0.75, critical: 0.5 })
 * // → score 0.4375, status 'critical', decay 0.5, reason '…; decay ×0.5 (model age 60d, grace 30d)'
 */
function applyDecay(result, decay, age, t) {
    if (result.status === 'unknown' || result.score === null)
        return result;
    if (age === null) {
        return {
            ...result,
            score: null,
            status: 'unknown',
            reason: `${result.reason}; ${decay.of} age unknown, decay cannot be applied`,
        };
    }
    const factor = decayFactor(age, decay);
    if (factor === 1)
        return result;
    const score = result.score * factor;
    const status = (0, status_1.worseStatus)(result.status, (0, thresholds_1.statusFromScore)(score, t));
    const why = `decay ×${(0, format_1.formatNumber)(factor)} (${decay.of} age ${(0, format_1.formatDuration)(age)}, grace ${(0, format_1.formatDuration)(decay.grace)})`;
    return { ...result, score, status, decay: factor, reason: `${result.reason}; ${why}` };
}
//# sourceMappingURL=decay.js.map