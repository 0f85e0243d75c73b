/**
 * Seeded randomness for the multivariate methods (fold assignment, row sampling): mulberry32, a 32-bit
 * generator, so a fixed seed gives the same folds, the same sample and the same AUC on every machine.
 */

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * mulberry32 seeded with `seed` (taken modulo 2³²).
 *
 * @example
 * const u = seededUniform(42); u(); // => 0.6011037519201636
 */
export function seededUniform(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffles `items` in place (Fisher–Yates) with draws from `u`, and returns it.
 *
 * @example
 * shuffleInPlace([0, 1, 2, 3], seededUniform(1)); // => [ 3, 1, 0, 2 ]
 */
export function shuffleInPlace<T>(items: T[], u: Uniform): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Indices of a uniform sample of `size` out of `n` rows without replacement (all rows when n ≤ size),
 * in ascending order. Reservoir sampling (Algorithm R), O(n).
 *
 * @example
 * sampleRows(10, 3, seededUniform(7)); // => [ 1, 2, 4 ]
 */
export function sampleRows(n: number, size: number, u: Uniform): number[] {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  const kept = Array.from({ length: size }, (_, i) => i);
  for (let i = size; i < n; i++) {
    const j = Math.floor(u() * (i + 1));
    if (j < size) kept[j] = i;
  }
  return kept.sort((a, b) => a - b);
}
