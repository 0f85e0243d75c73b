"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.categoryTable = categoryTable;
/**
 * Aligning two category → count maps into one reference/current table over the same categories.
 */
const validate_1 = require("./validate");
/**
 * Builds the 2×k table. Categories whose count is 0 in both samples are dropped (they carry no
 * information and would give chi-square an expected frequency of 0). Throws if a count is negative or
 * non-finite, or a sample's total is 0. O(k log k) for the sort that makes the order deterministic.
 */
function categoryTable(fn, refCounts, curCounts) {
    checkCounts(fn, 'refCounts', refCounts);
    checkCounts(fn, 'curCounts', curCounts);
    const all = new Set();
    for (const [key, count] of refCounts)
        if (count > 0)
            all.add(key);
    for (const [key, count] of curCounts)
        if (count > 0)
            all.add(key);
    const categories = [...all].sort();
    const ref = new Float64Array(categories.length);
    const cur = new Float64Array(categories.length);
    let refTotal = 0;
    let curTotal = 0;
    let unseenCategories = 0;
    let unseenCount = 0;
    categories.forEach((key, i) => {
        ref[i] = refCounts.get(key) ?? 0;
        cur[i] = curCounts.get(key) ?? 0;
        refTotal += ref[i];
        curTotal += cur[i];
        if (ref[i] === 0) {
            unseenCategories++;
            unseenCount += cur[i];
        }
    });
    if (!(refTotal > 0))
        throw new Error(`${fn}: expected refCounts to have a positive total, got ${refTotal}`);
    if (!(curTotal > 0))
        throw new Error(`${fn}: expected curCounts to have a positive total, got ${curTotal}`);
    return { categories, ref, cur, refTotal, curTotal, unseenCategories, unseenShare: unseenCount / curTotal };
}
function checkCounts(fn, name, counts) {
    if (!(counts instanceof Map)) {
        throw new Error(`${fn}: expected ${name} to be a Map of category to count, got ${(0, validate_1.describeValue)(counts)}`);
    }
    for (const [key, count] of counts) {
        if (!(Number.isFinite(count) && count >= 0)) {
            throw new Error(`${fn}: expected non-negative finite counts in ${name}, got ${(0, validate_1.describeValue)(count)} for category ${JSON.stringify(key)}`);
        }
    }
}
//# sourceMappingURL=categoryTable.js.map