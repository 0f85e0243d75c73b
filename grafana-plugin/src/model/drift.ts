/** The drift heatmap's matrix: features × time bins for one model and one drift method. */
import type { DriftSeries } from './types';

export interface DriftRow {
  feature: string;
  method: string;
}

export interface DriftMatrix {
  model: string;
  /** One row per feature and drift method, in feature then method order. */
  rows: DriftRow[];
  /** Start of each time bin, Unix ms, ascending. */
  binStarts: number[];
  binWidth: number;
  /** cells[row][bin]: the largest statistic in the bin, null when the bin has no sample. */
  cells: Array<Array<number | null>>;
  /** Largest cell per method: statistics of different methods are not comparable, so each has its scale. */
  methodMax: Record<string, number>;
}

/** Models with drift series, sorted. */
export function driftModels(drift: readonly DriftSeries[]): string[] {
  return [...new Set(drift.map((d) => d.model))].sort();
}

/**
 * Bins the drift series of `model` into at most `maxBins` equal time bins over [from, to] (Unix ms),
 * and never more bins than distinct sample times, so a short range has no empty stripes.
 *
 * Convention: a bin holds the largest statistic of its samples (the worst drift seen in that slice, so a
 * spike is never averaged away); a sample at exactly `to` falls in the last bin; samples outside the
 * range are ignored. Throws when `maxBins` < 1 or `to` <= `from`. O(samples + rows · bins).
 *
 * @example binDrift([{ model: 'm', feature: 'f', method: 'psi', times: [0, 50], values: [0.1, 0.3] }], 'm', 0, 100, 2).cells
 * // [[0.1, 0.3]]
 */
export function binDrift(
  drift: readonly DriftSeries[],
  model: string,
  from: number,
  to: number,
  maxBins: number
): DriftMatrix {
  if (!(maxBins >= 1) || !(to > from)) {
    throw new Error(`binDrift: expected maxBins >= 1 and to > from, got maxBins=${maxBins}, from=${from}, to=${to}`);
  }
  const series = drift
    .filter((d) => d.model === model)
    .sort((a, b) => a.feature.localeCompare(b.feature) || a.method.localeCompare(b.method));
  const distinct = new Set(series.flatMap((d) => d.times.filter((t) => t >= from && t <= to)));
  const bins = Math.max(1, Math.min(Math.floor(maxBins), distinct.size));
  const binWidth = (to - from) / bins;
  const methodMax: Record<string, number> = {};
  const cells = series.map((d) => {
    const row = new Array<number | null>(bins).fill(null);
    methodMax[d.method] = methodMax[d.method] ?? 0;
    d.times.forEach((t, i) => {
      const v = d.values[i];
      if (v === null || t < from || t > to) {
        return;
      }
      const b = Math.min(bins - 1, Math.floor((t - from) / binWidth));
      row[b] = row[b] === null ? v : Math.max(row[b] as number, v);
      methodMax[d.method] = Math.max(methodMax[d.method], v);
    });
    return row;
  });
  const binStarts = Array.from({ length: bins }, (_, i) => from + i * binWidth);
  return {
    model,
    rows: series.map((d) => ({ feature: d.feature, method: d.method })),
    binStarts,
    binWidth,
    cells,
    methodMax,
  };
}
