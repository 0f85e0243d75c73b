/**
 * The drift heatmap's matrix: features × time bins for one model, one row per feature whatever drift
 * methods it is tested with, and the link from a cascade node to its feature's row.
 *
 * Conventions: a z-test's statistic is signed, its size is what drifts, so z-tests (`z`, `ztest`,
 * `z_test`) are shown as |z|; statistics of different methods are not comparable, so each method has its
 * own scale (0 → its largest value in range) and a cell holds the sample, of any of the feature's
 * methods, that is highest on its own method's scale in that time slice (a spike is never averaged away).
 */
import type { DriftSeries } from './types';

export interface DriftRow {
  feature: string;
  /** The methods the feature's series use, sorted. */
  methods: string[];
}

export interface DriftCell {
  /** The statistic as shown: |z| for z-tests, else as exported. */
  value: number;
  method: string;
}

export interface DriftMatrix {
  model: string;
  /** One row per feature, by feature name. */
  rows: DriftRow[];
  /** Start of each time bin, Unix ms, ascending. */
  binStarts: number[];
  binWidth: number;
  /** cells[row][bin]: the sample highest on its method's scale in the bin, null when there is none. */
  cells: Array<Array<DriftCell | null>>;
  /** Largest shown value per method in range (0 when it has no sample). */
  methodMax: Record<string, number>;
}

/** True for the methods whose statistic is a signed z score. */
export function isZTest(method: string): boolean {
  return /^z(_?test)?$/i.test(method);
}

/** Models with drift series, sorted. */
export function driftModels(drift: readonly DriftSeries[]): string[] {
  return [...new Set(drift.map((d) => d.model))].sort();
}

const shown = (method: string, v: number) => (isZTest(method) ? Math.abs(v) : v);
const onScale = (max: number, v: number) => (max > 0 ? v / max : 0);

/**
 * Bins the drift series of `model` into at most `maxBins` equal time bins over [from, to] (Unix ms),
 * and never more bins than distinct sample times, so a short range has no empty stripes; a sample at
 * exactly `to` falls in the last bin; samples outside the range are ignored. Throws when `maxBins` < 1
 * or `to` <= `from`. O(samples + rows · bins).
 *
 * @example binDrift([{ model: 'm', feature: 'f', method: 'z', times: [0, 50], values: [-2, 1] }], 'm', 0, 100, 2).cells
 * // [[{ value: 2, method: 'z' }, { value: 1, method: 'z' }]]
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
  const series = drift.filter((d) => d.model === model);
  const inRange = (t: number) => t >= from && t <= to;
  const distinct = new Set(series.flatMap((d) => d.times.filter(inRange)));
  const bins = Math.max(1, Math.min(Math.floor(maxBins), distinct.size));
  const binWidth = (to - from) / bins;
  const methodMax: Record<string, number> = {};
  for (const d of series) {
    methodMax[d.method] = methodMax[d.method] ?? 0;
    d.times.forEach((t, i) => {
      const v = d.values[i];
      if (v !== null && inRange(t)) {
        methodMax[d.method] = Math.max(methodMax[d.method], shown(d.method, v));
      }
    });
  }
  const features = [...new Set(series.map((d) => d.feature))].sort((a, b) => a.localeCompare(b));
  const rows = features.map((feature) => ({
    feature,
    methods: [...new Set(series.filter((d) => d.feature === feature).map((d) => d.method))].sort(),
  }));
  const cells = features.map((feature) => {
    const row = new Array<DriftCell | null>(bins).fill(null);
    for (const d of series.filter((s) => s.feature === feature)) {
      d.times.forEach((t, i) => {
        const raw = d.values[i];
        if (raw === null || !inRange(t)) {
          return;
        }
        const b = Math.min(bins - 1, Math.floor((t - from) / binWidth));
        const cell = { value: shown(d.method, raw), method: d.method };
        const held = row[b];
        if (
          held === null ||
          onScale(methodMax[cell.method], cell.value) > onScale(methodMax[held.method], held.value)
        ) {
          row[b] = cell;
        }
      });
    }
    return row;
  });
  const binStarts = Array.from({ length: bins }, (_, i) => from + i * binWidth);
  return { model, rows, binStarts, binWidth, cells, methodMax };
}

/**
 * The heatmap row of a cascade node about one feature's drift: among the drift series of the node's
 * model, the feature named by the node's id (a dot-separated part, e.g. `fraud.drift.amount`) or, else,
 * by a whole word of its title; the longest such feature; null when none is.
 *
 * @example driftRowOf({ id: 'fraud.drift.amount', title: 'Amount PSI', model: 'fraud' }, [{ model: 'fraud', feature: 'amount', method: 'psi', times: [], values: [] }])
 * // { model: 'fraud', feature: 'amount' }
 */
export function driftRowOf(
  node: { id: string; title: string; model: string },
  drift: readonly DriftSeries[]
): { model: string; feature: string } | null {
  if (node.model === '') {
    return null;
  }
  const parts = new Set(node.id.split('.'));
  const title = node.title.toLowerCase();
  const inTitle = (f: string) =>
    new RegExp(`(^|[^a-z0-9_])${f.replace(/[^a-z0-9_]/gi, '\\$&')}($|[^a-z0-9_])`).test(title);
  const features = [...new Set(drift.filter((d) => d.model === node.model).map((d) => d.feature))].sort(
    (a, b) => b.length - a.length || a.localeCompare(b)
  );
  const feature = features.find((f) => parts.has(f)) ?? features.find((f) => inTitle(f.toLowerCase()));
  return feature === undefined ? null : { model: node.model, feature };
}
