"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_IMPORTANCE_FEATURES = void 0;
exports.importanceStability = importanceStability;
/**
 * Feature-importance stability: Spearman's rank correlation between the reference's mean |attribution|
 * per feature and the window's. 1 = the model still leans on its features in the same order; near 0 or
 * negative = the ranking changed (a sign of concept drift or a broken feature). A feature without an
 * attribution in an event counts as 0 for that event.
 */
const simple_statistics_1 = require("simple-statistics");
/** Features needed for a rank correlation to mean anything. */
exports.MIN_IMPORTANCE_FEATURES = 3;
/**
 * The stability value of a window, or null with the reason (no reference attributions, too few events
 * with attributions, fewer than 3 features, constant importances).
 * Complexity: O(features log features). Throws nothing.
 */
function importanceStability(reference, window, minEvents) {
    if (!reference?.importance)
        return { value: null, reason: 'reference has no attributions' };
    if (window.attributionEvents < minEvents) {
        return {
            value: null,
            reason: `${window.attributionEvents} events with attributions < ${minEvents} needed`,
        };
    }
    const ref = [];
    const cur = [];
    window.layout.features.forEach((f, i) => {
        const r = reference.importance.get(f.name);
        if (r === undefined)
            return;
        ref.push(r);
        cur.push(window.attributionSum[i] / window.attributionEvents);
    });
    if (ref.length < exports.MIN_IMPORTANCE_FEATURES) {
        return {
            value: null,
            reason: `${ref.length} features with attributions < ${exports.MIN_IMPORTANCE_FEATURES} needed`,
        };
    }
    const rho = (0, simple_statistics_1.sampleRankCorrelation)(ref, cur);
    if (!Number.isFinite(rho))
        return { value: null, reason: 'attributions are constant across features' };
    // Clamp the rounding of a perfect correlation (1.0000000000000002) into [-1, 1].
    return { value: Math.max(-1, Math.min(1, rho)) };
}
//# sourceMappingURL=importance.js.map