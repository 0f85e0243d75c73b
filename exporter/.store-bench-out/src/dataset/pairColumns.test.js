"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const columnAccumulator_1 = require("./columnAccumulator");
const pairColumns_1 = require("./pairColumns");
/** A column read from cells: numbers as numbers, strings as text, null as missing. */
function column(cells, forced) {
    const acc = new columnAccumulator_1.ColumnAccumulator(forced);
    for (const cell of cells) {
        if (cell === null)
            acc.addMissing();
        else if (typeof cell === 'number' && !acc.keepsText)
            acc.addNumber(cell);
        else
            acc.addText(String(cell));
    }
    return acc.finish(cells.length);
}
describe('inferType', () => {
    it('is numeric when both files hold only numbers with more than two distinct values', () => {
        expect((0, pairColumns_1.inferType)(column([1, 2, null]), column([3, 1]))).toBe('numeric');
        expect((0, pairColumns_1.inferType)(column([5, 5]), column([5]))).toBe('numeric');
    });
    it('is binary for exactly two distinct values over both files, numbers or text', () => {
        expect((0, pairColumns_1.inferType)(column([0, 1, 1]), column([1, 0]))).toBe('binary');
        expect((0, pairColumns_1.inferType)(column([0, 0]), column([1]))).toBe('binary');
        expect((0, pairColumns_1.inferType)(column(['yes', 'no']), column(['no']))).toBe('binary');
    });
    it('is categorical when any value is text, even if only one file has text', () => {
        expect((0, pairColumns_1.inferType)(column(['a', 'b', 'c']), column(['a']))).toBe('categorical');
        expect((0, pairColumns_1.inferType)(column([1, 2, 3]), column([1, 'x']))).toBe('categorical');
    });
});
describe('pairColumns', () => {
    it('gives numeric samples without missing values, with sizes and missing counts', () => {
        const pair = (0, pairColumns_1.pairColumns)('age', column([30, null, 41, 52]), column([33, 35, null, null, 60]));
        expect(pair.type).toBe('numeric');
        expect(pair.reference).toEqual({ type: 'numeric', values: Float64Array.of(30, 41, 52) });
        expect(pair.current).toEqual({ type: 'numeric', values: Float64Array.of(33, 35, 60) });
        expect([pair.referenceSize, pair.currentSize, pair.referenceMissing, pair.currentMissing]).toEqual([
            3, 3, 1, 2,
        ]);
        expect(pair.uniqueCount).toBe(6);
    });
    it('turns a numeric side into categories when the other side has text', () => {
        const pair = (0, pairColumns_1.pairColumns)('code', column([1, 2, 2]), column(['2', 'x']));
        expect(pair.type).toBe('categorical');
        expect(pair.reference).toEqual({
            type: 'categorical',
            counts: new Map([
                ['1', 1],
                ['2', 2],
            ]),
        });
        expect(pair.current).toEqual({
            type: 'categorical',
            counts: new Map([
                ['2', 1],
                ['x', 1],
            ]),
        });
        expect(pair.uniqueCount).toBe(3);
    });
    it('gives a 0/1 column as binary counts keyed by the numbers', () => {
        const pair = (0, pairColumns_1.pairColumns)('flag', column([0, 1, 1]), column([1]));
        expect(pair.type).toBe('binary');
        expect(pair.reference).toEqual({
            type: 'binary',
            counts: new Map([
                ['0', 1],
                ['1', 2],
            ]),
        });
    });
    it('honours a forced type: numeric data read as categorical, or kept numeric with two values', () => {
        expect((0, pairColumns_1.pairColumns)('x', column([1, 2, 3], 'categorical'), column([4], 'categorical'), 'categorical').type).toBe('categorical');
        expect((0, pairColumns_1.pairColumns)('x', column([0, 1], 'numeric'), column([1, 0], 'numeric'), 'numeric').type).toBe('numeric');
    });
    it('stops counting distinct numbers past the limit and reports the limit + 1', () => {
        const many = Array.from({ length: columnAccumulator_1.DISTINCT_LIMIT + 50 }, (_, i) => i);
        const pair = (0, pairColumns_1.pairColumns)('x', column(many), column([1, 2]));
        expect(pair.uniqueCount).toBe(columnAccumulator_1.DISTINCT_LIMIT + 1);
        expect(pair.referenceSize).toBe(columnAccumulator_1.DISTINCT_LIMIT + 50);
    });
});
//# sourceMappingURL=pairColumns.test.js.map