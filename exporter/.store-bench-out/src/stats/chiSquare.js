"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.chiSquareContingency = chiSquareContingency;
exports.chiSquareSf = chiSquareSf;
/**
 * Pearson's chi-square test of homogeneity on the reference/current contingency table.
 */
const math_base_special_gammainc_1 = __importDefault(require("@stdlib/math-base-special-gammainc"));
const categoryTable_1 = require("./categoryTable");
/**
 * Chi-square test on the 2×k table (reference, current) × categories; equal to
 * `scipy.stats.chi2_contingency(table)` with scipy's defaults.
 *
 * Convention: categories are the union of both maps with a positive count somewhere (all-zero ones are
 * dropped); expected counts are row total × column total / grand total; dof = k − 1; with dof = 1 Yates'
 * continuity correction moves each observed count towards its expectation by min(0.5, |O − E|), as
 * scipy does; with one category (dof 0) the statistic is 0 and the p-value 1. The p-value is the
 * chi-square survival function, the regularised upper incomplete gamma Q(dof/2, χ²/2). Categories
 * present only in the current sample count in `unseenCategories`/`unseenShare` (they also raise χ²).
 *
 * Complexity O(k log k). Throws if a count is negative or non-finite, or either sample's total is 0.
 *
 * @example
 * chiSquareContingency(new Map([['a', 50], ['b', 30], ['c', 20]]), new Map([['a', 40], ['b', 30], ['d', 30]]));
 * // => { statistic: 51.111111111111114, pValue: 4.6325661957623796e-11, dof: 3, unseenCategories: 1, unseenShare: 0.3 }
 */
function chiSquareContingency(refCounts, curCounts) {
    const table = (0, categoryTable_1.categoryTable)('chiSquareContingency', refCounts, curCounts);
    const k = table.categories.length;
    const dof = k - 1;
    const unseen = { unseenCategories: table.unseenCategories, unseenShare: table.unseenShare };
    if (dof === 0)
        return { statistic: 0, pValue: 1, dof, ...unseen };
    const total = table.refTotal + table.curTotal;
    let statistic = 0;
    for (let j = 0; j < k; j++) {
        const column = table.ref[j] + table.cur[j];
        statistic += cellTerm(table.ref[j], (table.refTotal * column) / total, dof);
        statistic += cellTerm(table.cur[j], (table.curTotal * column) / total, dof);
    }
    return { statistic, pValue: chiSquareSf(statistic, dof), dof, ...unseen };
}
/** (O − E)² / E, with Yates' correction when dof = 1. */
function cellTerm(observed, expected, dof) {
    let o = observed;
    if (dof === 1) {
        const diff = expected - observed;
        o += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
    }
    const d = o - expected;
    return (d * d) / expected;
}
/** P(χ²_dof ≥ x) = Q(dof/2, x/2), the regularised upper incomplete gamma function. */
function chiSquareSf(x, dof) {
    if (x <= 0)
        return 1;
    return (0, math_base_special_gammainc_1.default)(x / 2, dof / 2, true, true);
}
//# sourceMappingURL=chiSquare.js.map