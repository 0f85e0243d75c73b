/**
 * A small seeded pseudo-random generator for the demo (mulberry32) and the draws the simulator needs.
 * Seeded so that the demo's traffic, the committed reference CSVs and the golden `/metrics` file are
 * reproducible byte for byte.
 */

import { seededUniform, type Uniform } from '../stats/multivariate/seeded';

export type { Uniform };

/**
 * mulberry32: a 32-bit state generator, fast and good enough for simulation (not for cryptography).
 * The same seed always gives the same sequence. One implementation with the multivariate methods'
 * (`stats/multivariate/seeded.ts`).
 *
 * @example
 * const u = mulberry32(42); u(); // 0.6011037519201636
 */
export const mulberry32: (seed: number) => Uniform = seededUniform;

/** A standard normal draw (Box–Muller; one of the pair is discarded for simplicity). */
export function normal(u: Uniform, mean = 0, sd = 1): number {
  const u1 = Math.max(u(), Number.MIN_VALUE);
  const u2 = u();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A log-normal draw: exp(N(mu, sigma)). */
export function logNormal(u: Uniform, mu: number, sigma: number): number {
  return Math.exp(normal(u, mu, sigma));
}

/** An exponential draw with the given mean. */
export function exponential(u: Uniform, mean: number): number {
  return -mean * Math.log(Math.max(1 - u(), Number.MIN_VALUE));
}

/** A Poisson draw (Knuth's method; fine for the small means the demo uses). */
export function poisson(u: Uniform, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > limit) {
    k += 1;
    p *= u();
  }
  return k;
}

/** One of `choices`, drawn with the given (not necessarily normalised) weights. */
export function weighted<T>(u: Uniform, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let r = u() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  return choices[choices.length - 1][0];
}

/** `x` limited to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Rounds to `digits` decimals, so generated CSVs and events stay short. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
