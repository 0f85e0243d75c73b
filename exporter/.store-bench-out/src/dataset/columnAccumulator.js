"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ColumnAccumulator = exports.DISTINCT_LIMIT = void 0;
exports.categoryCounts = categoryCounts;
/**
 * Collects one column of one file while it streams by, in the least memory that still answers the drift
 * tests: finite numbers in a growable Float64Array, everything else as a dictionary of categories
 * (category → code) with a count per code, and a count of missing cells. Row order is not kept: every
 * test is univariate, so missing cells need no placeholder.
 *
 * A column read without a forced type starts numeric and turns categorical at its first non-numeric
 * value; its numbers, before and after, are categories by their shortest decimal form (`String(x)`), so
 * `1.0` and `1` are one category and `007` is `7`. Force `--types name=categorical` to keep the text.
 */
const byteDictionary_1 = require("./byteDictionary");
const cellValue_1 = require("./cellValue");
const growableFloat64_1 = require("./growableFloat64");
/** Stored in the spelling dictionary for cells that are missing (`NaN`, `inf`, blanks). */
const MISSING_CODE = -1;
/** Distinct numbers tracked per numeric column; past this the exact count is not needed (see chooseMethod). */
exports.DISTINCT_LIMIT = 1000;
class ColumnAccumulator {
    forced;
    numbers = new growableFloat64_1.GrowableFloat64();
    distinct = new Set();
    codes = null;
    counts = [];
    /** Raw cell bytes → category code (or MISSING_CODE), so each distinct spelling is decoded once. */
    spellings = null;
    missing = 0;
    observed = 0;
    /** Whether cells are categories exactly as written (a forced categorical column keeps `007` and `7` apart). */
    keepsText;
    /** @param forced the type given with `--types`, if any: numeric refuses text, the others keep text as is. */
    constructor(forced) {
        this.forced = forced;
        this.keepsText = forced === 'categorical' || forced === 'binary';
        if (this.keepsText)
            this.toCategorical();
    }
    /** Whether the column now collects categories (it may have started numeric). */
    get isCategorical() {
        return this.codes !== null;
    }
    addNumber(value) {
        this.observed++;
        if (this.numbers === null) {
            this.counts[this.codeOf(String(value))]++;
            return;
        }
        this.numbers.push(value);
        const distinct = this.distinct;
        if (distinct !== null && !distinct.has(value)) {
            if (distinct.size === exports.DISTINCT_LIMIT)
                this.distinct = null;
            else
                distinct.add(value);
        }
    }
    /**
     * Adds a non-missing, non-numeric cell (or any non-missing cell of a column that keeps text). Throws on
     * a column forced numeric; the reader catches it to say where.
     */
    addText(text) {
        if (this.forced === 'numeric')
            throw new Error(`'${text}' is not a number (the column is typed numeric)`);
        this.observed++;
        if (this.codes === null)
            this.toCategorical();
        this.counts[this.codeOf(text)]++;
    }
    /**
     * Adds an unquoted, non-empty CSV cell of a categorical column from its bytes: missing, a number or
     * text, decided once per distinct spelling. Only while {@link isCategorical}.
     */
    addBytes(bytes, start, end) {
        const spellings = this.spellings;
        let code = spellings.get(bytes, start, end);
        if (code === byteDictionary_1.NOT_FOUND) {
            code = this.categoryCodeOf(bytes.toString('utf8', start, end));
            spellings.set(bytes, start, end, code);
        }
        this.observed++;
        if (code === MISSING_CODE)
            this.missing++;
        else
            this.counts[code]++;
    }
    addMissing() {
        this.observed++;
        this.missing++;
    }
    /** The column after `rows` rows; rows that never mentioned it (JSON Lines) count as missing. */
    finish(rows) {
        const missing = this.missing + (rows - this.observed);
        if (this.numbers !== null) {
            return { kind: 'numeric', values: this.numbers.finish(), distinct: this.distinct, missing, rows };
        }
        const counts = new Map();
        for (const [category, code] of this.codes ?? [])
            if (this.counts[code] > 0)
                counts.set(category, this.counts[code]);
        return { kind: 'categorical', counts, missing, rows };
    }
    /** The code of a cell's text under this column's rule, or MISSING_CODE. */
    categoryCodeOf(text) {
        if (this.keepsText)
            return (0, cellValue_1.isMissingText)(text) ? MISSING_CODE : this.codeOf(text);
        const cell = (0, cellValue_1.classifyText)(text);
        if (cell.kind === 'missing')
            return MISSING_CODE;
        return this.codeOf(cell.kind === 'number' ? String(cell.value) : text);
    }
    codeOf(category) {
        const codes = this.codes;
        let code = codes.get(category);
        if (code === undefined) {
            code = this.counts.length;
            codes.set(category, code);
            this.counts.push(0);
        }
        return code;
    }
    toCategorical() {
        const numbers = this.numbers?.finish() ?? new Float64Array(0);
        this.numbers = null;
        this.distinct = null;
        this.codes = new Map();
        this.spellings = new byteDictionary_1.ByteDictionary();
        for (const value of numbers)
            this.counts[this.codeOf(String(value))]++;
    }
}
exports.ColumnAccumulator = ColumnAccumulator;
/** Category counts of a column, turning a numeric column's values into categories by `String(x)`. */
function categoryCounts(column) {
    if (column.kind === 'categorical')
        return column.counts;
    const counts = new Map();
    for (const value of column.values) {
        const key = String(value);
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
//# sourceMappingURL=columnAccumulator.js.map