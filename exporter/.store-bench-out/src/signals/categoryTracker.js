"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CategoryTracker = void 0;
/**
 * Bounds the categories a monitor tracks per categorical column: the first `max` distinct values
 * (the spec's and the reference's come first) are tracked, every later new value is counted under
 * `__other__`. The tracked sets only grow, so a window's counts never refer to a forgotten category.
 */
const types_1 = require("./types");
class CategoryTracker {
    max;
    tracked;
    /**
     * @param columns number of columns (features, then the prediction column).
     * @param max tracked categories per column, `__other__` not included (≥ 1).
     * Throws when max < 1.
     */
    constructor(columns, max) {
        this.max = max;
        if (!(max >= 1))
            throw new Error(`CategoryTracker: max is ${max}, expected ≥ 1`);
        this.tracked = Array.from({ length: columns }, () => new Set());
    }
    /** Tracks `values` of a column up front (reference and declared categories), within the cap. */
    seed(column, values) {
        for (const v of values)
            this.fold(column, v);
    }
    /** The value to count for `value`: itself when tracked (or trackable), else `__other__`. O(1). */
    fold(column, value) {
        const set = this.tracked[column];
        if (set.has(value))
            return value;
        if (value !== types_1.OTHER_CATEGORY && set.size < this.max) {
            set.add(value);
            return value;
        }
        return types_1.OTHER_CATEGORY;
    }
    /** The tracked categories of a column (never `__other__`). */
    categories(column) {
        return this.tracked[column];
    }
    toJSON() {
        return this.tracked.map((s) => [...s]);
    }
    restore(state) {
        state.forEach((values, i) => {
            if (i < this.tracked.length)
                this.seed(i, values);
        });
    }
}
exports.CategoryTracker = CategoryTracker;
//# sourceMappingURL=categoryTracker.js.map