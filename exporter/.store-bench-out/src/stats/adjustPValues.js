"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.adjustPValues = adjustPValues;
const validate_1 = require("./validate");
/**
 * Adjusted p-values, in the input order.
 * - `none`: a copy.
 * - `bonferroni`: min(1, p·m) — controls the family-wise error rate.
 * - `bh`: Benjamini–Hochberg step-up adjusted p-values (controls the false discovery rate), equal to
 *   `scipy.stats.false_discovery_control(ps, method='bh')` and R's `p.adjust(p, 'BH')`: sort ascending,
 *   p₍ᵢ₎·m/i, then a running minimum from the largest down so adjusted values are monotone; capped at 1.
 * Compare each adjusted p-value with the unadjusted threshold (e.g. 0.05).
 *
 * Complexity O(m log m) for `bh`, O(m) otherwise. Throws if a p-value is not in [0, 1] or the
 * correction is unknown. An empty list gives an empty list.
 *
 * @example
 * adjustPValues([0.01, 0.04, 0.03, 0.2], 'bh');
 * // => [0.04, 0.05333333333333333, 0.05333333333333333, 0.2]
 */
function adjustPValues(pValues, correction) {
    pValues.forEach((p, i) => {
        if (!(p >= 0 && p <= 1)) {
            throw new Error(`adjustPValues: expected p-values in [0, 1], got ${(0, validate_1.describeValue)(p)} at index ${i}`);
        }
    });
    const m = pValues.length;
    switch (correction) {
        case 'none':
            return pValues.slice();
        case 'bonferroni':
            return pValues.map((p) => Math.min(1, p * m));
        case 'bh':
            return benjaminiHochberg(pValues);
        default:
            throw new Error(`adjustPValues: expected correction 'none', 'bonferroni' or 'bh', got ${JSON.stringify(correction)}`);
    }
}
function benjaminiHochberg(pValues) {
    const m = pValues.length;
    if (m <= 1)
        return pValues.slice();
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
    const adjusted = new Array(m);
    let running = Infinity;
    for (let rank = m; rank >= 1; rank--) {
        const index = order[rank - 1];
        running = Math.min(running, pValues[index] * (m / rank));
        adjusted[index] = Math.min(1, running);
    }
    return adjusted;
}
//# sourceMappingURL=adjustPValues.js.map