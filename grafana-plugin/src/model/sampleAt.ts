/**
 * The value of a series at a moment, with Prometheus-like staleness: what the cascade looked like at
 * time `t` is the newest sample at or before `t`, provided it is recent enough to still describe `t`.
 */

/** Samples in ascending time order (Unix ms); a null value is a gap. */
export interface Samples {
  times: readonly number[];
  values: ReadonlyArray<number | null>;
}

/** Window for a series with one sample (an instant query): Prometheus' default lookback delta, 5 minutes. */
export const INSTANT_LOOKBACK_MS = 5 * 60 * 1000;

/**
 * Index of the newest sample at or before `t`, or -1 when every sample is later (binary search,
 * O(log n)).
 *
 * @example indexAtOrBefore([10, 20, 30], 25) // 1
 */
export function indexAtOrBefore(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The query step of a series: the smallest positive gap between consecutive samples, or null for fewer
 * than two samples. O(n).
 *
 * @example seriesStep([0, 15000, 30000, 60000]) // 15000
 */
export function seriesStep(times: readonly number[]): number | null {
  let step: number | null = null;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    if (gap > 0 && (step === null || gap < step)) {
      step = gap;
    }
  }
  return step;
}

/**
 * The value of `series` at time `t` (Unix ms), or null when nothing current is known then.
 *
 * Convention: the newest sample at or before `t` counts when it is at most two query steps old (a range
 * query has a point every step while the series exists, so an older one means the series had vanished),
 * or at most `INSTANT_LOOKBACK_MS` old for a single-sample series. A null sample value is a gap.
 * O(n) for the step plus O(log n) for the search. Never throws.
 *
 * @example valueAt({ times: [0, 15000, 30000], values: [1, 0.8, 0.5] }, 20000) // 0.8
 * @example valueAt({ times: [0, 15000], values: [1, 0.8] }, 600000) // null (stale)
 */
export function valueAt(series: Samples, t: number, step: number | null = seriesStep(series.times)): number | null {
  const i = indexAtOrBefore(series.times, t);
  if (i < 0) {
    return null;
  }
  const window = step === null ? INSTANT_LOOKBACK_MS : 2 * step;
  return t - series.times[i] <= window ? series.values[i] : null;
}

/**
 * The value of a descriptive series (info, thresholds, edges) at `t`: as `valueAt`, but falling back to
 * the nearest sample at any time, because a description does not go stale the way a measurement does.
 *
 * @example staticValueAt({ times: [50000], values: [0.3] }, 0) // 0.3
 */
export function staticValueAt(
  series: Samples,
  t: number,
  step: number | null = seriesStep(series.times)
): number | null {
  const current = valueAt(series, t, step);
  if (current !== null) {
    return current;
  }
  const i = indexAtOrBefore(series.times, t);
  for (let k = i >= 0 ? i : 0; k >= 0 && k < series.values.length; k += i >= 0 ? -1 : 1) {
    if (series.values[k] !== null) {
      return series.values[k];
    }
  }
  return null;
}
