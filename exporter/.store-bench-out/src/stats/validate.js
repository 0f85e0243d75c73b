"use strict";
/**
 * Input checks shared by the statistics core. Each throws an `Error` naming the calling function, the
 * offending value and what was expected, so a bad column is found from the message alone.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeValue = describeValue;
exports.assertFiniteSample = assertFiniteSample;
exports.assertSortedSample = assertSortedSample;
exports.assertCounts = assertCounts;
exports.assertInteger = assertInteger;
exports.assertPositive = assertPositive;
/** Renders a value for an error message without dumping whole arrays. */
function describeValue(value) {
    if (typeof value === 'number')
        return Number.isNaN(value) ? 'NaN' : String(value);
    if (value instanceof Float64Array)
        return `Float64Array(${value.length})`;
    if (typeof value === 'string')
        return JSON.stringify(value);
    return String(value);
}
/** Throws unless `sample` is a non-empty Float64Array of finite numbers. O(n). */
function assertFiniteSample(fn, name, sample) {
    if (!(sample instanceof Float64Array)) {
        throw new Error(`${fn}: expected ${name} to be a Float64Array, got ${describeValue(sample)}`);
    }
    if (sample.length === 0)
        throw new Error(`${fn}: expected a non-empty ${name} sample, got 0 values`);
    for (let i = 0; i < sample.length; i++) {
        if (!Number.isFinite(sample[i])) {
            throw new Error(`${fn}: expected finite numbers in ${name}, got ${describeValue(sample[i])} at index ${i}`);
        }
    }
}
/**
 * Throws unless `sample` is non-empty, finite and ascending. One pass, O(n): cheap next to the sort it
 * lets the caller skip, and a mis-sorted input would otherwise give a silently wrong statistic.
 */
function assertSortedSample(fn, name, sample) {
    assertFiniteSample(fn, name, sample);
    for (let i = 1; i < sample.length; i++) {
        if (sample[i] < sample[i - 1]) {
            throw new Error(`${fn}: expected ${name} sorted ascending, got ${sample[i]} after ${sample[i - 1]} at index ${i}`);
        }
    }
}
/** Throws unless every entry is a finite count ≥ 0 and the total is positive; returns the total. O(k). */
function assertCounts(fn, name, counts) {
    let total = 0;
    for (let i = 0; i < counts.length; i++) {
        const c = counts[i];
        if (!(Number.isFinite(c) && c >= 0)) {
            throw new Error(`${fn}: expected non-negative finite counts in ${name}, got ${describeValue(c)} at index ${i}`);
        }
        total += c;
    }
    if (!(total > 0))
        throw new Error(`${fn}: expected ${name} to have a positive total, got ${total}`);
    return total;
}
/** Throws unless `value` is an integer ≥ `min`. */
function assertInteger(fn, name, value, min) {
    if (!(Number.isInteger(value) && value >= min)) {
        throw new Error(`${fn}: expected ${name} to be an integer >= ${min}, got ${describeValue(value)}`);
    }
}
/** Throws unless `value` is a finite number > 0. */
function assertPositive(fn, name, value) {
    if (!(Number.isFinite(value) && value > 0)) {
        throw new Error(`${fn}: expected ${name} to be a finite number > 0, got ${describeValue(value)}`);
    }
}
//# sourceMappingURL=validate.js.map