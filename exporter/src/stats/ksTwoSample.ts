/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, equal to `scipy.stats.ks_2samp(ref, cur)`.
 */
import { ksExactTwoSided } from './ksExact';
import { kolmogorovTwoSidedSf } from './kolmogorovTwoSided';
import { gcd, roundHalfEven } from './roundHalfEven';
import { sortedCopy } from './sortSample';
import type { TestResult } from './types';
import { assertSortedSample } from './validate';

/** How the p-value is computed; `auto` is exact when both samples have at most 10 000 values. */
export type KsMethod = 'auto' | 'exact' | 'asymp';

/** scipy's MAX_AUTO_N: `auto` tries the exact distribution up to this size. */
export const KS_MAX_EXACT_N = 10000;
const INT32_MAX = 2147483647;

/**
 * Two-sided two-sample Kolmogorov–Smirnov test: D = sup |F_ref(x) − F_cur(x)| over the empirical
 * CDFs, with scipy's p-value (`scipy.stats.ks_2samp`, alternative='two-sided').
 *
 * Convention: ties are handled as scipy does, by evaluating both CDFs after all copies of a value
 * (right-continuous CDFs). `method: 'auto'` (default) uses the exact null distribution when
 * max(n, m) ≤ 10 000 and otherwise Kolmogorov's distribution `kstwo` at n·m/(n+m) rounded half to even;
 * `'exact'` falls back to `'asymp'` when lcm(n, m) would overflow int32 or the exact sum fails, like scipy.
 * In the exact branch the statistic is snapped to the lattice h/lcm(n, m), as scipy reports it.
 *
 * Complexity: O(n log n + m log m) for the sorts, O(n + m) for the statistic; the exact p-value is
 * O(n) for equal sizes and O(max(n, m) · D · min(n, m)) otherwise.
 *
 * Throws if either sample is empty or holds NaN/±Infinity, the method is unknown, or `asymp` is forced on
 * two single values (where scipy returns NaN). Inputs are not mutated.
 *
 * @example
 * ksTwoSample(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6, 7));
 * // => { statistic: 0.6, pValue: 0.2857142857142857 }
 */
export function ksTwoSample(ref: Float64Array, cur: Float64Array, opts?: { method?: KsMethod }): TestResult {
  const refSorted = sortedCopy('ksTwoSample', 'ref', ref);
  const curSorted = sortedCopy('ksTwoSample', 'cur', cur);
  return ksFromSorted('ksTwoSample', refSorted, curSorted, opts?.method ?? 'auto');
}

/**
 * `ksTwoSample` for samples already sorted ascending (lets a caller sort the reference once and test
 * many current windows against it). Checks the order in one O(n + m) pass and throws if it is broken.
 *
 * @example
 * ksTwoSampleSorted(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6, 7));
 * // => { statistic: 0.6, pValue: 0.2857142857142857 }
 */
export function ksTwoSampleSorted(
  refSorted: Float64Array,
  curSorted: Float64Array,
  opts?: { method?: KsMethod },
): TestResult {
  assertSortedSample('ksTwoSampleSorted', 'refSorted', refSorted);
  assertSortedSample('ksTwoSampleSorted', 'curSorted', curSorted);
  return ksFromSorted('ksTwoSampleSorted', refSorted, curSorted, opts?.method ?? 'auto');
}

/**
 * The KS statistic of two ascending samples in one merge: max(D⁺, D⁻) where the CDF difference
 * i/n1 − j/n2 is evaluated after consuming every copy of each distinct value. O(n1 + n2).
 */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let minDiff = 0;
  while (i < n1 && j < n2) {
    const v = a[i] <= b[j] ? a[i] : b[j];
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    else if (diff < minDiff) minDiff = diff;
  }
  // Once one sample is exhausted the difference moves monotonically towards 0: no new extreme.
  const minS = Math.min(-minDiff, 1);
  return minS > maxDiff ? minS : maxDiff;
}

/** Statistic and p-value of two validated ascending samples. */
export function ksFromSorted(fn: string, a: Float64Array, b: Float64Array, method: KsMethod): TestResult {
  if (method !== 'auto' && method !== 'exact' && method !== 'asymp') {
    throw new Error(`${fn}: expected method 'auto', 'exact' or 'asymp', got ${JSON.stringify(method)}`);
  }
  const n1 = a.length;
  const n2 = b.length;
  let d = ksStatisticSorted(a, b);
  const g = gcd(n1, n2);
  let mode = method;
  if (mode === 'auto') mode = Math.max(n1, n2) <= KS_MAX_EXACT_N ? 'exact' : 'asymp';
  else if (mode === 'exact' && n1 / g >= INT32_MAX / (n2 / g)) mode = 'asymp';
  if (mode === 'exact') {
    const exact = ksExactTwoSided(n1, n2, g, d);
    d = exact.d;
    if (exact.ok) return { statistic: d, pValue: exact.pValue };
  }
  const en = roundHalfEven((n1 * n2) / (n1 + n2));
  if (en < 1) {
    // Only 1 vs 1 with method 'asymp' gets here; scipy returns NaN.
    throw new Error(
      `${fn}: method 'asymp' needs n·m/(n+m) to round to at least 1, got sizes ${n1} and ${n2}; use 'exact'`,
    );
  }
  const p = kolmogorovTwoSidedSf(en, d);
  return { statistic: d, pValue: Math.min(Math.max(p, 0), 1) };
}
