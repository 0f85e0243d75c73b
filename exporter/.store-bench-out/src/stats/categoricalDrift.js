"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.categoricalStatistic = categoricalStatistic;
/**
 * The categorical branch of `driftTest`: a method's statistic on two category-count maps.
 */
const categoricalDistances_1 = require("./categoricalDistances");
const categoryTable_1 = require("./categoryTable");
const chiSquare_1 = require("./chiSquare");
const psi_1 = require("./psi");
const zTest_1 = require("./zTest");
/**
 * Statistic of `method` on two category-count maps: chi-square, Jensen–Shannon, Hellinger, PSI (ε = 1e-4)
 * over the union of categories, or the Z-test with the last category in sorted order as the success.
 * Throws for `ks`/`wasserstein` (numeric only) and for `z` with more than 2 categories.
 */
function categoricalStatistic(method, refCounts, curCounts) {
    switch (method) {
        case 'chisquare':
            return pick((0, chiSquare_1.chiSquareContingency)(refCounts, curCounts));
        case 'jensenshannon':
            return pick((0, categoricalDistances_1.categoricalJensenShannon)(refCounts, curCounts));
        case 'hellinger':
            return pick((0, categoricalDistances_1.categoricalHellinger)(refCounts, curCounts));
        case 'psi': {
            const table = (0, categoryTable_1.categoryTable)('driftTest', refCounts, curCounts);
            return { statistic: (0, psi_1.psi)(table.ref, table.cur), pValue: null };
        }
        case 'z':
            return binaryZTest(refCounts, curCounts);
        default:
            throw new Error(`driftTest: method '${method}' needs a numeric column; for categories use chisquare, jensenshannon, hellinger, psi or z`);
    }
}
function binaryZTest(refCounts, curCounts) {
    const table = (0, categoryTable_1.categoryTable)('driftTest', refCounts, curCounts);
    const k = table.categories.length;
    if (k > 2) {
        throw new Error(`driftTest: method 'z' needs at most 2 categories, got ${k} (${table.categories.slice(0, 5).join(', ')}${k > 5 ? ', …' : ''})`);
    }
    const success = k - 1;
    return (0, zTest_1.twoProportionZTest)(table.ref[success], table.refTotal, table.cur[success], table.curTotal);
}
function pick(result) {
    return { statistic: result.statistic, pValue: result.pValue };
}
//# sourceMappingURL=categoricalDrift.js.map