/**
 * One entry point that runs any drift method (or several on one sort) on a reference and a current column.
 */
import { categoricalStatistic } from './categoricalDrift';
import { isPValueMethod, defaultThreshold, DRIFT_METHODS } from './methods';
import { numericStatistics } from './numericDrift';
import { DEFAULT_BINS } from './psi';
import type { Column, DriftMethod, FeatureDriftResult, TestResult } from './types';
import { assertInteger, describeValue } from './validate';

/** Options of `driftTest`: reference-quantile bins for the binned distances, and the verdict threshold. */
export interface DriftTestOptions {
  bins?: number;
  threshold?: number;
}

/**
 * Runs `method` on a reference and a current column and returns the statistic, p-value and verdict:
 * drifted when p < threshold for `ks`/`chisquare`/`z`, when statistic ≥ threshold for the distances.
 *
 * Conventions: numeric columns are sorted once and every numeric statistic works on the sorted copies
 * (KS as `ksTwoSample` with method 'auto'; `wasserstein` is the normed distance, W₁ / max(std_ref, 0.001);
 * `psi`/`jensenshannon`/`hellinger` use `bins` reference-quantile bins, default 10). A numeric column
 * whose two samples together hold at most 5 distinct values is compared as categories by the
 * frequency methods (`psi`, `jensenshannon`, `hellinger`, `chisquare`, `z`); `chisquare` and `z` on
 * numeric columns always use the distinct values as categories. On category counts `z` takes the
 * last category in sorted order (e.g. "1", "true", "yes") as the success. `psi` on categories uses ε = 1e-4.
 *
 * Complexity: O(n log n + m log m) for numeric columns, O(k log k) for categories (plus the exact KS
 * p-value for small samples). Throws if the method is unknown or does not fit the column type
 * (`ks`/`wasserstein` need numeric columns; `z` needs at most 2 categories), if the two columns differ in
 * kind, if a sample is below `minimumSampleSize`, or if a value is missing/non-finite.
 *
 * @example
 * driftTest('ks', { type: 'numeric', values: Float64Array.of(1, 2, 3, 4) }, { type: 'numeric', values: Float64Array.of(3, 4, 5, 6, 7) });
 * // => { method: 'ks', statistic: 0.6, pValue: 0.2857142857142857, threshold: 0.05, drifted: false }
 */
export function driftTest(
  method: DriftMethod,
  ref: Column,
  cur: Column,
  opts: DriftTestOptions = {},
): FeatureDriftResult {
  return driftTests([{ method, threshold: opts.threshold }], ref, cur, { bins: opts.bins })[0];
}

/** One method of `driftTests`, with its own threshold (default: the method's). */
export interface DriftTestRequest {
  method: DriftMethod;
  threshold?: number;
}

/**
 * `driftTest` for several methods on one column pair: a numeric pair is validated and sorted once and
 * every method works on the same sorted copies, so KS, Wasserstein and the binned distances of a column
 * cost one sort instead of one each. Results come in the order of `requests` and equal, bit for bit,
 * what `driftTest` returns for each request alone.
 *
 * Complexity: O(n log n + m log m) once, then each method's own cost on sorted data.
 * Throws what `driftTest` throws (same messages) for the first request that cannot run: every method,
 * `bins` and threshold are checked before any statistic is computed. No requests: `[]`, nothing checked.
 *
 * @example
 * driftTests([{ method: 'ks' }, { method: 'wasserstein', threshold: 0.2 }], { type: 'numeric', values: Float64Array.of(1, 2, 3, 4) }, { type: 'numeric', values: Float64Array.of(3, 4, 5, 6, 7) });
 * // => [ { method: 'ks', statistic: 0.6, pValue: 0.2857142857142857, threshold: 0.05, drifted: false },
 * //      { method: 'wasserstein', statistic: 2.23606797749979, pValue: null, threshold: 0.2, drifted: true } ]
 */
export function driftTests(
  requests: readonly DriftTestRequest[],
  ref: Column,
  cur: Column,
  opts: { bins?: number } = {},
): FeatureDriftResult[] {
  if (requests.length === 0) return [];
  for (const { method } of requests) {
    if (!DRIFT_METHODS.includes(method)) {
      throw new Error(
        `driftTest: expected method one of ${DRIFT_METHODS.join(', ')}, got ${describeValue(method)}`,
      );
    }
  }
  const bins = opts.bins ?? DEFAULT_BINS;
  assertInteger('driftTest', 'bins', bins, 1);
  const thresholds = requests.map(({ method, threshold }) => {
    const value = threshold ?? defaultThreshold(method);
    checkThreshold(value, isPValueMethod(method));
    return value;
  });
  const methods = requests.map((request) => request.method);
  let results: TestResult[];
  if (ref.type === 'numeric' && cur.type === 'numeric') {
    results = numericStatistics(methods, ref.values, cur.values, bins);
  } else if (ref.type !== 'numeric' && cur.type !== 'numeric') {
    results = methods.map((method) => categoricalStatistic(method, ref.counts, cur.counts));
  } else {
    throw new Error(
      `driftTest: expected reference and current columns of the same kind, got ${ref.type} and ${cur.type}`,
    );
  }
  return results.map(({ statistic, pValue }, i) => {
    const method = methods[i];
    const threshold = thresholds[i];
    const drifted = isPValueMethod(method) ? (pValue ?? 1) < threshold : statistic >= threshold;
    return { method, statistic, pValue, threshold, drifted };
  });
}

function checkThreshold(threshold: number, pValueMethod: boolean): void {
  const ok = pValueMethod ? threshold > 0 && threshold < 1 : Number.isFinite(threshold) && threshold > 0;
  if (!ok) {
    const expected = pValueMethod ? 'a significance level in (0, 1)' : 'a finite distance > 0';
    throw new Error(`driftTest: expected threshold to be ${expected}, got ${describeValue(threshold)}`);
  }
}
