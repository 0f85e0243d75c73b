/**
 * Contract series grouped for lookup: by metric, then by the value of one label (`node`, `parent`,
 * `model`), so building a model of n nodes stays O(series) rather than O(nodes × series).
 */
import type { ContractSeries } from './series';
import type { ContractMetric } from './metrics';
import { staticValueAt, valueAt } from './sampleAt';

export class SeriesIndex {
  private readonly byMetric = new Map<ContractMetric, ContractSeries[]>();
  private readonly byLabelCache = new Map<string, Map<string, ContractSeries[]>>();

  constructor(series: readonly ContractSeries[]) {
    for (const s of series) {
      const list = this.byMetric.get(s.metric);
      if (list) {
        list.push(s);
      } else {
        this.byMetric.set(s.metric, [s]);
      }
    }
  }

  /** Every series of a metric (empty array when none). */
  all(metric: ContractMetric): readonly ContractSeries[] {
    return this.byMetric.get(metric) ?? [];
  }

  /** The series of `metric` whose `label` equals `value`. O(1) after the first call per metric and label. */
  withLabel(metric: ContractMetric, label: string, value: string): readonly ContractSeries[] {
    const key = `${metric}\u0000${label}`;
    let map = this.byLabelCache.get(key);
    if (!map) {
      map = new Map();
      for (const s of this.all(metric)) {
        const v = s.labels[label];
        if (v === undefined) {
          continue;
        }
        const list = map.get(v);
        if (list) {
          list.push(s);
        } else {
          map.set(v, [s]);
        }
      }
      this.byLabelCache.set(key, map);
    }
    return map.get(value) ?? [];
  }
}

/** A series chosen among several candidates, with its value at the model's time. */
export interface Picked {
  series: ContractSeries;
  value: number | null;
}

/**
 * Chooses, among series that describe the same thing (e.g. one node's status exported under two `tier`
 * labels over time), the one that is current at `at`, preferring the newest sample; when none is
 * current, the one with the newest sample overall and a null value. `stat` selects `staticValueAt`
 * (descriptions) over `valueAt` (measurements). Returns null for an empty list. O(candidates · log n).
 *
 * @example pickAt([], 0, false) // null
 */
export function pickAt(candidates: readonly ContractSeries[], at: number, stat: boolean): Picked | null {
  let best: Picked | null = null;
  let bestTime = -Infinity;
  for (const series of candidates) {
    const value = stat ? staticValueAt(series, at, series.step) : valueAt(series, at, series.step);
    const last = series.times.length ? series.times[series.times.length - 1] : -Infinity;
    const better =
      best === null ||
      (value !== null && best.value === null) ||
      ((value !== null) === (best.value !== null) && last > bestTime);
    if (better) {
      best = { series, value };
      bestTime = last;
    }
  }
  return best;
}
