"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.categoricalJensenShannon = categoricalJensenShannon;
exports.categoricalHellinger = categoricalHellinger;
/**
 * Distances between category frequency tables, reported with the same category bookkeeping as the
 * chi-square test.
 */
const categoryTable_1 = require("./categoryTable");
const hellinger_1 = require("./hellinger");
const jensenShannon_1 = require("./jensenShannon");
/**
 * Jensen–Shannon distance (base 2) between the reference and current category frequencies, over the
 * union of categories (an unseen category has reference frequency 0). pValue is null; dof = k − 1 is
 * reported for symmetry with `chiSquareContingency`.
 *
 * Complexity O(k log k). Throws if a count is negative or non-finite, or either total is 0.
 *
 * @example
 * categoricalJensenShannon(new Map([['a', 50], ['b', 50]]), new Map([['a', 50], ['c', 50]]));
 * // => { statistic: 0.7071067811865476, pValue: null, dof: 2, unseenCategories: 1, unseenShare: 0.5 }
 */
function categoricalJensenShannon(refCounts, curCounts) {
    const table = (0, categoryTable_1.categoryTable)('categoricalJensenShannon', refCounts, curCounts);
    return {
        statistic: (0, jensenShannon_1.jensenShannonDistance)(table.ref, table.cur),
        pValue: null,
        dof: table.categories.length - 1,
        unseenCategories: table.unseenCategories,
        unseenShare: table.unseenShare,
    };
}
/**
 * Hellinger distance between the reference and current category frequencies, over the union of
 * categories. Same bookkeeping as `categoricalJensenShannon`.
 *
 * Complexity O(k log k). Throws if a count is negative or non-finite, or either total is 0.
 *
 * @example
 * categoricalHellinger(new Map([['a', 50], ['b', 50]]), new Map([['a', 50], ['c', 50]]));
 * // => { statistic: 0.7071067811865475, pValue: null, dof: 2, unseenCategories: 1, unseenShare: 0.5 }
 */
function categoricalHellinger(refCounts, curCounts) {
    const table = (0, categoryTable_1.categoryTable)('categoricalHellinger', refCounts, curCounts);
    return {
        statistic: (0, hellinger_1.hellingerDistance)(table.ref, table.cur),
        pValue: null,
        dof: table.categories.length - 1,
        unseenCategories: table.unseenCategories,
        unseenShare: table.unseenShare,
    };
}
//# sourceMappingURL=categoricalDistances.js.map