/**
 * Small exact floating-point helpers for the Kolmogorov distributions, where n·x must be split into its
 * integer and fractional parts without rounding (scipy's `modNX` uses double-double for this).
 */

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp split of a double into two 26-bit halves

/** Returns [p, e] with p = fl(a·b) and p + e = a·b exactly (Dekker's two-product). */
export function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, e];
}

/** floor(n·x) and the remainder n·x − floor(n·x) in [0, 1), computed from the exact product. */
export function floorAndFraction(n: number, x: number): { floor: number; fraction: number } {
  const [p, e] = twoProduct(n, x);
  let floor = Math.floor(p);
  let fraction = p - floor + e;
  if (fraction < 0) {
    floor -= 1;
    fraction += 1;
  }
  if (fraction >= 1) {
    floor += 1;
    fraction -= 1;
  }
  return { floor, fraction };
}

/** x · 2^exponent without overflowing the power of two on the way (like C's `ldexp`). */
export function ldexp(x: number, exponent: number): number {
  let result = x;
  let e = exponent;
  while (e > 512) {
    result *= 2 ** 512;
    e -= 512;
  }
  while (e < -512) {
    result *= 2 ** -512;
    e += 512;
  }
  return result * 2 ** e;
}
