/**
 * A numeric column's distinct values (kept up to DISTINCT_LIMIT, small integers through a byte map) are
 * exactly what a plain Set of the values gives, or null past the limit.
 */
import fc from 'fast-check';
import { ColumnAccumulator, DISTINCT_LIMIT } from './columnAccumulator';

/** What the column should report: the Set of the values, or null once it would pass the limit. */
function expected(values: number[]): number[] | null {
  const set = new Set<number>();
  for (const v of values) {
    if (set.has(v)) continue;
    if (set.size === DISTINCT_LIMIT) return null;
    set.add(v);
  }
  return [...set].sort((a, b) => a - b);
}

function distinctOf(values: number[]): number[] | null {
  const acc = new ColumnAccumulator();
  for (const v of values) acc.addNumber(v);
  const column = acc.finish(values.length);
  if (column.kind !== 'numeric') throw new Error('not numeric');
  return column.distinct === null ? null : [...column.distinct].sort((a, b) => a - b);
}

describe('ColumnAccumulator distinct numbers', () => {
  it('equals a Set of the values: small and large integers, −0, fractions, negatives', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1100 }),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom(-0, 0, 0.5, 1023, 1024, 1023.5, 2 ** 53),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 2000 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), (values) => {
        expect(distinctOf(values)).toEqual(expected(values));
      }),
      { numRuns: 300 },
    );
  });

  it('gives up at the limit whether the values are small integers or not', () => {
    const small = Array.from({ length: DISTINCT_LIMIT }, (_, i) => i);
    expect(distinctOf([...small, ...small])).toHaveLength(DISTINCT_LIMIT);
    expect(distinctOf([...small, DISTINCT_LIMIT + 0.5])).toBeNull();
    expect(distinctOf([...small.map((i) => i + 0.5), 3])).toBeNull();
    expect(distinctOf([...small.map((i) => i + 0.5), 0.5])).toHaveLength(DISTINCT_LIMIT);
    expect(distinctOf([-0, 0, -0])).toEqual([0]);
  });
});
