import fc from 'fast-check';
import { RADIX_MIN_LENGTH, sortFloat64 } from './radixSort';
import { sortedCopy } from './sortSample';

/** A large array mixing magnitudes, signs, −0, subnormals and ties, from a seeded xorshift. */
function mixed(seed: number, n: number): Float64Array {
  let s = seed >>> 0 || 1;
  const next = () => {
    s = (s ^ (s << 13)) >>> 0;
    s = (s ^ (s >>> 17)) >>> 0;
    s = (s ^ (s << 5)) >>> 0;
    return s / 2 ** 32;
  };
  const special = [0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 2.5];
  return Float64Array.from({ length: n }, () => {
    const u = next();
    if (u < 0.1) return special[Math.floor(next() * special.length)];
    if (u < 0.4) return Math.round((next() - 0.5) * 20);
    return (next() - 0.5) * 10 ** Math.floor(next() * 40 - 20);
  });
}

describe('sortFloat64', () => {
  it('sorts large arrays exactly like the native typed-array sort (−0 before +0)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 0, max: 5000 }), (seed, extra) => {
        const input = mixed(seed, RADIX_MIN_LENGTH + extra);
        const copy = input.slice();
        const sorted = sortFloat64(input);
        const expected = input.slice().sort();
        expect(sorted.length).toBe(expected.length);
        for (let i = 0; i < sorted.length; i++) {
          if (!Object.is(sorted[i], expected[i]))
            throw new Error(`index ${i}: ${sorted[i]} vs ${expected[i]}`);
        }
        expect(input).toEqual(copy);
      }),
      { numRuns: 15 },
    );
  });

  it('sorts small integers of both signs, where only the top digit pass runs', () => {
    // Integers in [-4, 4] leave the three low 16-bit digits at 0: one pass, then the negatives move.
    const input = Float64Array.from({ length: RADIX_MIN_LENGTH + 7 }, (_, i) => ((i * 7919) % 9) - 4);
    input[5] = -0;
    const expected = input.slice().sort();
    const sorted = sortFloat64(input);
    expect(sorted.every((v, i) => Object.is(v, expected[i]))).toBe(true);
    const positives = input.map(Math.abs);
    expect(Array.from(sortFloat64(positives))).toEqual(Array.from(positives.slice().sort()));
  });

  it('handles a constant array (every pass skipped) and small arrays', () => {
    const constant = new Float64Array(RADIX_MIN_LENGTH).fill(-3.25);
    expect(sortFloat64(constant)).toEqual(constant);
    expect(Array.from(sortFloat64(Float64Array.of(3, -1, 2)))).toEqual([-1, 2, 3]);
  });

  it('moves NaN and infinities to an end so sortedCopy can reject them', () => {
    const withNaN = mixed(7, RADIX_MIN_LENGTH);
    withNaN[123] = NaN;
    expect(() => sortedCopy('f', 'x', withNaN)).toThrow('f: expected finite numbers in x, got NaN');
    const negativeNaN = mixed(8, RADIX_MIN_LENGTH);
    new Uint32Array(negativeNaN.buffer)[2 * 50 + 1] = 0xfff80000; // NaN with the sign bit set
    expect(() => sortedCopy('f', 'x', negativeNaN)).toThrow('f: expected finite numbers in x, got NaN');
    const withInfinity = mixed(9, RADIX_MIN_LENGTH);
    withInfinity[9] = -Infinity;
    expect(() => sortedCopy('f', 'x', withInfinity)).toThrow(
      'f: expected finite numbers in x, got -Infinity',
    );
  });
});
