/**
 * What a node's sparkline plots, pure: a base node's raw statistic against its thresholds (the number
 * the thresholds are about), else the score (0..1) against the score thresholds of a parent; the
 * vertical domain always holds the data and both thresholds.
 */
import type { CascadeNode, Thresholds } from './types';

export interface SparkSeries {
  kind: 'value' | 'score';
  times: readonly number[];
  values: ReadonlyArray<number | null>;
  /** [bottom, top] of the plot, bottom < top. */
  domain: [number, number];
  thresholds: Thresholds;
}

const NO_THRESHOLDS: Thresholds = { warning: null, critical: null };

/**
 * The sparkline of `node`.
 *
 * Convention: base nodes with value samples plot the value, from min(0, data, thresholds) to the largest
 * of data and thresholds plus 10 % head-room; other nodes plot the score on [0, 1] with their thresholds
 * when they are parents (a base node's thresholds are in its value's unit, not in score). O(points).
 *
 * @example sparkSeries(node).kind // 'value' for fraud.drift.amount, 'score' for revenue_assurance
 */
export function sparkSeries(node: CascadeNode): SparkSeries {
  const values = node.valueHistory.values.filter((v): v is number => v !== null);
  if (node.tier === 'base' && values.length > 0) {
    const marks = [node.thresholds.warning, node.thresholds.critical].filter((v): v is number => v !== null);
    const all = [...values, ...marks];
    const low = Math.min(0, ...all);
    const high = Math.max(...all);
    const top = high > low ? high + (high - low) * 0.1 : low + 1;
    return {
      kind: 'value',
      times: node.valueHistory.times,
      values: node.valueHistory.values,
      domain: [low, top],
      thresholds: node.thresholds,
    };
  }
  return {
    kind: 'score',
    times: node.scoreHistory.times,
    values: node.scoreHistory.values,
    domain: [0, 1],
    thresholds: node.tier === 'base' ? NO_THRESHOLDS : node.thresholds,
  };
}

/**
 * The sample nearest to `time` among `times` that has a value (the earlier on a tie), or null. O(points).
 *
 * @example nearestSample([0, 10, 20], [1, null, 3], 12) // { index: 2, time: 20, value: 3 }
 */
export function nearestSample(
  times: readonly number[],
  values: ReadonlyArray<number | null>,
  time: number
): { index: number; time: number; value: number } | null {
  let best: { index: number; time: number; value: number } | null = null;
  for (let i = 0; i < times.length; i++) {
    const v = values[i];
    if (v !== null && (best === null || Math.abs(times[i] - time) < Math.abs(best.time - time))) {
      best = { index: i, time: times[i], value: v };
    }
  }
  return best;
}
