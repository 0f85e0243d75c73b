"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linearAnchors = linearAnchors;
exports.scoreValue = scoreValue;
const thresholds_1 = require("./thresholds");
/**
 * The anchors of a node's linear mapping, in badness units (multiply by −1 for lower_is_worse to get values).
 *
 * @example linearAnchors({ warning: 0.1, critical: 0.25, direction: 'higher_is_worse' })
 * // { baseline: 0, warning: 0.1, critical: 0.25, zero: 0.4 }
 * @example linearAnchors({ warning: 0.9, critical: 0.8, direction: 'lower_is_worse' })
 * // { baseline: -1, warning: -0.9, critical: -0.8, zero: -0.7 }  (values 1.0, 0.9, 0.8, 0.7)
 */
function linearAnchors(t) {
    const sign = t.direction === 'higher_is_worse' ? 1 : -1;
    const warning = sign * t.warning;
    const critical = sign * t.critical;
    const baseline = t.baseline !== undefined ? sign * t.baseline : defaultBaseline(t, warning, critical);
    const zero = critical > warning ? critical + (critical - warning) : critical + (warning - baseline);
    return { baseline, warning, critical, zero };
}
function defaultBaseline(t, warning, critical) {
    if (t.direction === 'higher_is_worse' && t.warning > 0)
        return 0;
    if (critical > warning)
        return warning - (critical - warning);
    return warning - Math.max(Math.abs(warning), 1);
}
/**
 * The score (0..1, 1 healthy) of a base node's value under its thresholds and mapping. Complexity O(1).
 *
 * @param scoreThresholds the scores at the warning and critical thresholds (`spec.defaults.score_thresholds`).
 * @throws Error when the value is not finite or the thresholds are inconsistent.
 * @example scoreValue(0.31, { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' }, 'linear', { warning: 0.75, critical: 0.5 })
 * // 0.3  (critical: 0.5 × (0.4 − 0.31) / (0.4 − 0.25))
 * @example scoreValue(0.16, { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' }, 'step', { warning: 0.75, critical: 0.5 })
 * // 0.75
 */
function scoreValue(value, thresholds, mapping, scoreThresholds) {
    const problem = (0, thresholds_1.scoreThresholdsProblem)(scoreThresholds);
    if (problem !== null)
        throw new Error(`scoreValue: ${problem}`);
    const status = (0, thresholds_1.statusFromValue)(value, thresholds);
    if (mapping === 'step')
        return (0, thresholds_1.scoreOfStatus)(status, scoreThresholds);
    const a = linearAnchors(thresholds);
    const x = thresholds.direction === 'higher_is_worse' ? value : -value;
    const { warning: w, critical: c } = scoreThresholds;
    if (status === 'ok') {
        if (x <= a.baseline)
            return 1;
        const raw = 1 - ((1 - w) * (x - a.baseline)) / (a.warning - a.baseline);
        return Math.min(1, Math.max(raw, justAbove(w)));
    }
    if (status === 'warning') {
        const raw = w - ((w - c) * (x - a.warning)) / (a.critical - a.warning);
        return Math.min(w, Math.max(raw, justAbove(c)));
    }
    if (x >= a.zero)
        return 0;
    const raw = (c * (a.zero - x)) / (a.zero - a.critical);
    return Math.min(c, Math.max(raw, 0));
}
/** A double strictly above s (the next one or the one after) for 0 ≤ s < 1. */
function justAbove(s) {
    return s + Math.max(s * Number.EPSILON, Number.MIN_VALUE);
}
//# sourceMappingURL=mapping.js.map