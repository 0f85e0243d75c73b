/**
 * The numeric branch of `driftTest`: sort each sample once, then compute the method's statistic on the
 * sorted copies (KS, Wasserstein and the binned distances all want sorted data).
 */
import { LOW_CARDINALITY_MAX_UNIQUE } from './chooseMethod';
import { categoricalStatistic } from './categoricalDrift';
import { hellingerSorted } from './hellinger';
import { jensenShannonSorted } from './jensenShannon';
import { ksFromSorted } from './ksTwoSample';
import { DRIFT_METHODS, minimumSampleSize } from './methods';
import { psiSorted } from './psi';
import { sortedCopy } from './sortSample';
import type { DriftMethod, TestResult } from './types';
import { assertInteger, assertSortedSample, describeValue } from './validate';
import { populationStd, wassersteinSorted, WASSERSTEIN_STD_FLOOR } from './wasserstein';

/**
 * Statistics of `methods` on two numeric samples, sorted once for all of them (validated and sorted
 * here; inputs not mutated). Throws like `driftTest`, at the first method that cannot run.
 */
export function numericStatistics(
  methods: readonly DriftMethod[],
  ref: Float64Array,
  cur: Float64Array,
  bins: number,
): TestResult[] {
  const refSorted = sortedCopy('driftTest', 'reference values', ref);
  const curSorted = sortedCopy('driftTest', 'current values', cur);
  return methods.map((method) => numericStatisticSorted(method, refSorted, curSorted, bins));
}

/**
 * `driftTest`'s numeric statistic for samples already sorted ascending, so a caller can sort a
 * reference once and test many windows or methods against it. Checks the method, `bins`, the order
 * (O(n + m)) and the minimum sizes, and throws like `driftTest`.
 *
 * @example
 * driftStatisticSorted('wasserstein', Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8), 10);
 * // => { statistic: 4.0089186286863665, pValue: null }
 */
export function driftStatisticSorted(
  method: DriftMethod,
  refSorted: Float64Array,
  curSorted: Float64Array,
  bins: number,
): TestResult {
  if (!DRIFT_METHODS.includes(method)) {
    throw new Error(
      `driftStatisticSorted: expected method one of ${DRIFT_METHODS.join(', ')}, got ${describeValue(method)}`,
    );
  }
  assertInteger('driftStatisticSorted', 'bins', bins, 1);
  assertSortedSample('driftStatisticSorted', 'refSorted', refSorted);
  assertSortedSample('driftStatisticSorted', 'curSorted', curSorted);
  return numericStatisticSorted(method, refSorted, curSorted, bins);
}

function numericStatisticSorted(
  method: DriftMethod,
  a: Float64Array,
  b: Float64Array,
  bins: number,
): TestResult {
  switch (method) {
    case 'ks':
      return ksFromSorted('driftTest', a, b, 'auto');
    case 'wasserstein':
      return {
        statistic: wassersteinSorted(a, b) / Math.max(populationStd(a), WASSERSTEIN_STD_FLOOR),
        pValue: null,
      };
    case 'chisquare':
    case 'z':
      return categoricalStatistic(method, valueCounts(a), valueCounts(b));
    default:
      break;
  }
  if (distinctUnion(a, b, LOW_CARDINALITY_MAX_UNIQUE + 1) <= LOW_CARDINALITY_MAX_UNIQUE) {
    return categoricalStatistic(method, valueCounts(a), valueCounts(b));
  }
  const minimum = minimumSampleSize(method, 'numeric', bins).reference;
  if (a.length < minimum) {
    throw new Error(
      `driftTest: method '${method}' with ${bins} bins needs at least ${minimum} reference values, got ${a.length}`,
    );
  }
  if (method === 'psi') return { statistic: psiSorted(a, b, bins), pValue: null };
  if (method === 'jensenshannon') return { statistic: jensenShannonSorted(a, b, bins), pValue: null };
  return { statistic: hellingerSorted(a, b, bins), pValue: null };
}

/** Number of distinct values in the union of two ascending samples, counting no further than `cap`. */
export function distinctUnion(a: Float64Array, b: Float64Array, cap: number): number {
  let i = 0;
  let j = 0;
  let distinct = 0;
  while ((i < a.length || j < b.length) && distinct < cap) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    distinct++;
  }
  return distinct;
}

/** Counts of each distinct value of an ascending sample, keyed by its decimal string. O(n). */
export function valueCounts(sorted: Float64Array): Map<string, number> {
  const counts = new Map<string, number>();
  let i = 0;
  while (i < sorted.length) {
    const v = sorted[i];
    let j = i;
    while (j < sorted.length && sorted[j] === v) j++;
    counts.set(String(v), j - i);
    i = j;
  }
  return counts;
}
