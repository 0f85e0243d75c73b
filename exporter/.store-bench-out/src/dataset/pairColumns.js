"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pairColumns = pairColumns;
exports.inferType = inferType;
const columnAccumulator_1 = require("./columnAccumulator");
/**
 * Pairs the reference and current data of column `name`, forced to `forced` when given.
 * Complexity: O(n + m) when a numeric column becomes categorical or binary, else O(distinct values).
 * Throws nothing: a column without values gets empty samples, left to the test to refuse.
 */
function pairColumns(name, reference, current, forced) {
    const type = forced ?? inferType(reference, current);
    const sizes = { referenceSize: sizeOf(reference), currentSize: sizeOf(current) };
    const missing = { referenceMissing: reference.missing, currentMissing: current.missing };
    if (type === 'numeric' && reference.kind === 'numeric' && current.kind === 'numeric') {
        return {
            name,
            type,
            uniqueCount: distinctNumbers(reference, current),
            reference: { type, values: reference.values },
            current: { type, values: current.values },
            ...sizes,
            ...missing,
        };
    }
    const refCounts = (0, columnAccumulator_1.categoryCounts)(reference);
    const curCounts = (0, columnAccumulator_1.categoryCounts)(current);
    const categoricalType = type === 'numeric' ? 'categorical' : type;
    return {
        name,
        type: categoricalType,
        uniqueCount: new Set([...refCounts.keys(), ...curCounts.keys()]).size,
        reference: { type: categoricalType, counts: refCounts },
        current: { type: categoricalType, counts: curCounts },
        ...sizes,
        ...missing,
    };
}
/** The inferred type of a column from both files (see the rule above). */
function inferType(reference, current) {
    if (reference.kind === 'numeric' && current.kind === 'numeric') {
        return distinctNumbers(reference, current) === 2 ? 'binary' : 'numeric';
    }
    const keys = new Set([...(0, columnAccumulator_1.categoryCounts)(reference).keys(), ...(0, columnAccumulator_1.categoryCounts)(current).keys()]);
    return keys.size === 2 ? 'binary' : 'categorical';
}
function distinctNumbers(reference, current) {
    if (reference.distinct === null || current.distinct === null)
        return columnAccumulator_1.DISTINCT_LIMIT + 1;
    const union = new Set([...reference.distinct, ...current.distinct]);
    return Math.min(union.size, columnAccumulator_1.DISTINCT_LIMIT + 1);
}
function sizeOf(column) {
    if (column.kind === 'numeric')
        return column.values.length;
    let total = 0;
    for (const count of column.counts.values())
        total += count;
    return total;
}
//# sourceMappingURL=pairColumns.js.map