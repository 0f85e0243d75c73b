"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.twoProportionZTest = twoProportionZTest;
/**
 * Two-proportion Z-test for binary columns.
 */
const math_base_special_erfc_1 = __importDefault(require("@stdlib/math-base-special-erfc"));
const validate_1 = require("./validate");
/**
 * Pooled two-proportion Z-test, two-sided: z = (p_ref − p_cur) / √(P(1−P)(1/n_ref + 1/n_cur)) with the
 * pooled proportion P = (x_ref + x_cur)/(n_ref + n_cur); p-value = erfc(|z|/√2) = 2·(1 − Φ(|z|)).
 *
 * Convention: same statistic as Evidently's `z` test (`proportions_diff_z_stat_ind`); the p-value is
 * computed with erfc rather than Evidently's 2·(1 − Φ(|z|)), so it stays accurate below 1e-16 instead
 * of rounding to 0. When both samples are all successes or all failures the standard error is 0 and the
 * result is z = 0, p = 1 (no evidence of a difference; Evidently special-cases this too).
 *
 * Complexity O(1). Throws if a total is not a finite number > 0 or a success count is outside [0, total].
 *
 * @example
 * twoProportionZTest(30, 100, 45, 100);
 * // => { statistic: -2.1908902300206647, pValue: 0.028459736916310572 }
 */
function twoProportionZTest(refSuccesses, refTotal, curSuccesses, curTotal) {
    checkProportion('refSuccesses', refSuccesses, 'refTotal', refTotal);
    checkProportion('curSuccesses', curSuccesses, 'curTotal', curTotal);
    const p1 = refSuccesses / refTotal;
    const p2 = curSuccesses / curTotal;
    const pooled = (refSuccesses + curSuccesses) / (refTotal + curTotal);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / refTotal + 1 / curTotal));
    if (se === 0)
        return { statistic: 0, pValue: 1 };
    const z = (p1 - p2) / se;
    return { statistic: z, pValue: Math.min(1, (0, math_base_special_erfc_1.default)(Math.abs(z) / Math.SQRT2)) };
}
function checkProportion(successName, successes, totalName, total) {
    if (!(Number.isFinite(total) && total > 0)) {
        throw new Error(`twoProportionZTest: expected ${totalName} to be a finite number > 0, got ${(0, validate_1.describeValue)(total)}`);
    }
    if (!(Number.isFinite(successes) && successes >= 0 && successes <= total)) {
        throw new Error(`twoProportionZTest: expected ${successName} in [0, ${totalName} = ${total}], got ${(0, validate_1.describeValue)(successes)}`);
    }
}
//# sourceMappingURL=zTest.js.map