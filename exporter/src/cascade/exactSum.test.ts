import fc from 'fast-check';
import { exactSum } from './exactSum';

describe('exactSum', () => {
  // Reference values: Python 3 `math.fsum` (CPython's correctly rounded sum), e.g.
  // python3 -c "import math; print(repr(math.fsum([1, 2**-53, 2**-105])))"
  it.each([
    [[0.1, 0.2, 0.3], 0.6],
    [[1e16, 1, -1e16], 1],
    [[1e100, 1, -1e100, 1e-100], 1],
    [[1, 1e-16, 1e-16], 1.0000000000000002],
    [Array(10).fill(0.1), 1],
    [[1, 2 ** -53, 2 ** -105], 1.0000000000000002],
    [[], 0],
  ])('matches math.fsum for %j', (values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  it('does not depend on the order of its terms', () => {
    const term = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(term, { maxLength: 30 }), fc.infiniteStream(fc.nat()), (values, seeds) => {
        const shuffled = [...values];
        const it = seeds[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(exactSum(shuffled)).toBe(exactSum(values));
      }),
    );
  });

  it('never decreases when one term increases', () => {
    const term = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 20 }), fc.nat(), term, (values, at, raise) => {
        const i = at % values.length;
        const raised = values.map((v, j) => (j === i ? Math.max(v, raise) : v));
        expect(exactSum(raised)).toBeGreaterThanOrEqual(exactSum(values));
      }),
    );
  });

  it('names the offending term when it is not finite', () => {
    expect(() => exactSum([1, Number.NaN])).toThrow('exactSum: term NaN is not a finite number');
    expect(() => exactSum([Infinity])).toThrow('exactSum: term Infinity is not a finite number');
  });
});
