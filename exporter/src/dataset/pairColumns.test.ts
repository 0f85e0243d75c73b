import { ColumnAccumulator, DISTINCT_LIMIT, type ColumnData, type ColumnType } from './columnAccumulator';
import { inferType, pairColumns } from './pairColumns';

/** A column read from cells: numbers as numbers, strings as text, null as missing. */
function column(cells: (number | string | null)[], forced?: ColumnType): ColumnData {
  const acc = new ColumnAccumulator(forced);
  for (const cell of cells) {
    if (cell === null) acc.addMissing();
    else if (typeof cell === 'number' && !acc.keepsText) acc.addNumber(cell);
    else acc.addText(String(cell));
  }
  return acc.finish(cells.length);
}

describe('inferType', () => {
  it('is numeric when both files hold only numbers with more than two distinct values', () => {
    expect(inferType(column([1, 2, null]), column([3, 1]))).toBe('numeric');
    expect(inferType(column([5, 5]), column([5]))).toBe('numeric');
  });

  it('is binary for exactly two distinct values over both files, numbers or text', () => {
    expect(inferType(column([0, 1, 1]), column([1, 0]))).toBe('binary');
    expect(inferType(column([0, 0]), column([1]))).toBe('binary');
    expect(inferType(column(['yes', 'no']), column(['no']))).toBe('binary');
  });

  it('is categorical when any value is text, even if only one file has text', () => {
    expect(inferType(column(['a', 'b', 'c']), column(['a']))).toBe('categorical');
    expect(inferType(column([1, 2, 3]), column([1, 'x']))).toBe('categorical');
  });
});

describe('pairColumns', () => {
  it('gives numeric samples without missing values, with sizes and missing counts', () => {
    const pair = pairColumns('age', column([30, null, 41, 52]), column([33, 35, null, null, 60]));
    expect(pair.type).toBe('numeric');
    expect(pair.reference).toEqual({ type: 'numeric', values: Float64Array.of(30, 41, 52) });
    expect(pair.current).toEqual({ type: 'numeric', values: Float64Array.of(33, 35, 60) });
    expect([pair.referenceSize, pair.currentSize, pair.referenceMissing, pair.currentMissing]).toEqual([
      3, 3, 1, 2,
    ]);
    expect(pair.uniqueCount).toBe(6);
  });

  it('turns a numeric side into categories when the other side has text', () => {
    const pair = pairColumns('code', column([1, 2, 2]), column(['2', 'x']));
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
    const pair = pairColumns('flag', column([0, 1, 1]), column([1]));
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
    expect(
      pairColumns('x', column([1, 2, 3], 'categorical'), column([4], 'categorical'), 'categorical').type,
    ).toBe('categorical');
    expect(pairColumns('x', column([0, 1], 'numeric'), column([1, 0], 'numeric'), 'numeric').type).toBe(
      'numeric',
    );
  });

  it('stops counting distinct numbers past the limit and reports the limit + 1', () => {
    const many = Array.from({ length: DISTINCT_LIMIT + 50 }, (_, i) => i);
    const pair = pairColumns('x', column(many), column([1, 2]));
    expect(pair.uniqueCount).toBe(DISTINCT_LIMIT + 1);
    expect(pair.referenceSize).toBe(DISTINCT_LIMIT + 50);
  });
});
