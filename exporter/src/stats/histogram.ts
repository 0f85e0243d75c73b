/**
 * Counting values into the right-closed bins defined by ascending interior edges.
 */
import { assertFiniteSample, assertSortedSample } from './validate';

/**
 * Counts per bin for the bins (−∞, e₀], (e₀, e₁], …, (e_last, +∞): a value v goes to bin i = the
 * number of edges strictly below v (`numpy.searchsorted(edges, v, side='left')`). The result has
 * `edges.length + 1` entries.
 *
 * Complexity O(n log k) by binary search per value. Throws if `values` is empty or holds non-finite
 * numbers, or `edges` is not finite and ascending.
 *
 * @example
 * histogram(Float64Array.of(0, 1, 2, 2.5, 3, 9), Float64Array.of(1, 2.5));
 * // => Float64Array [2, 2, 2]
 */
export function histogram(values: Float64Array, edges: Float64Array): Float64Array {
  assertFiniteSample('histogram', 'values', values);
  if (edges.length > 0) assertSortedSample('histogram', 'edges', edges);
  return histogramUnchecked(values, edges);
}

/** `histogram` without input checks. O(n log k). */
export function histogramUnchecked(values: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  const k = edges.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}

/**
 * `histogram` of an ascending sample: bin i holds the values in (e_{i−1}, e_i], so its count is the
 * difference of two upper bounds found by binary search. O(k log n), no pass over the values.
 */
export function histogramSorted(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let below = 0;
  for (let bin = 0; bin < edges.length; bin++) {
    const atOrBelow = upperBound(sorted, edges[bin], below);
    counts[bin] = atOrBelow - below;
    below = atOrBelow;
  }
  counts[edges.length] = sorted.length - below;
  return counts;
}

/** The number of values ≤ `x` in an ascending sample, searching from index `from` on. */
function upperBound(sorted: Float64Array, x: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
