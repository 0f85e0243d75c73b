/**
 * The drift heatmap's view of a `DriftMatrix`, pure: which model it opens on, its grid's pixel sizes in
 * the space it is given, the time axis's ticks, each cell's colour scale, and the words for rows, cells
 * and screen readers.
 */
import { isZTest, type DriftCell, type DriftMatrix, type DriftRow } from './drift';

/** Room for the row labels, left of the grid. */
export const LABEL_WIDTH = 150;
/** The time axis under the grid. */
export const AXIS_HEIGHT = 18;
/** One legend line per method, under the axis. */
export const LEGEND_LINE = 16;
// The heading and model selector above the grid.
const BAR_HEIGHT = 34;
const LABEL_MAX_CHARS = 21;

/**
 * The model to show: the one a node asks for (`focus`, the selected drift node's) when it has drift
 * series, else the one picked in the selector while it still has, else the preferred one (the option,
 * or the selected node's model) when it has, else the first; undefined without drift.
 *
 * @example shownDriftModel(['fraud', 'recs'], null, 'recs') // 'recs'
 */
export function shownDriftModel(
  models: readonly string[],
  picked: string | null,
  preferred: string,
  focus: string | null = null
): string | undefined {
  if (focus !== null && models.includes(focus)) {
    return focus;
  }
  if (picked !== null && models.includes(picked)) {
    return picked;
  }
  return models.includes(preferred) ? preferred : models[0];
}

/**
 * Width of the grid in a heatmap `width` px wide (at least 60 px, beside the labels), and how many time
 * bins to ask for: one per 10 px, between 1 and 48.
 *
 * @example heatmapColumns(600) // { gridWidth: 442, bins: 44 }
 */
export function heatmapColumns(width: number): { gridWidth: number; bins: number } {
  const gridWidth = Math.max(60, width - LABEL_WIDTH - 8);
  return { gridWidth, bins: Math.max(1, Math.min(48, Math.floor(gridWidth / 10))) };
}

/**
 * Cell sizes for `rows` × `columns` cells in a grid `gridWidth` wide, in a heatmap `height` px tall with
 * `legendLines` method legends: rows share the height left by the bar, the axis and the legend, each
 * 8–18 px (more rows scroll); a legend's gradient is at most 120 px, leaving room for its numbers.
 *
 * @example heatmapCells(422, 170, 3, 42, 1) // { rowHeight: 18, cellWidth: 10.047…, legendWidth: 120 }
 */
export function heatmapCells(
  gridWidth: number,
  height: number,
  rows: number,
  columns: number,
  legendLines = 1
): { rowHeight: number; cellWidth: number; legendWidth: number } {
  const free = height - BAR_HEIGHT - AXIS_HEIGHT - legendLines * LEGEND_LINE;
  const rowHeight = Math.max(8, Math.min(18, Math.floor(free / Math.max(1, rows))));
  return { rowHeight, cellWidth: gridWidth / columns, legendWidth: Math.max(30, Math.min(120, gridWidth - 120)) };
}

// Tick steps a time axis may use, ms.
const MIN = 60_000;
const STEPS = [
  MIN,
  2 * MIN,
  5 * MIN,
  10 * MIN,
  15 * MIN,
  30 * MIN,
  60 * MIN,
  2 * 3600e3,
  3 * 3600e3,
  6 * 3600e3,
  12 * 3600e3,
  86400e3,
  2 * 86400e3,
  7 * 86400e3,
];

/**
 * Ticks of a time axis over [from, to] (Unix ms) drawn `width` px wide: the smallest round step (1 min …
 * 7 d) that keeps ticks at least `minGap` px apart, at multiples of the step (in UTC; a time zone whose
 * offset is not a whole step shifts them, still evenly); x in px from the axis's left.
 *
 * @example timeTicks(0, 3_600_000, 300).map((t) => t.time) // [0, 900000, 1800000, 2700000, 3600000]
 */
export function timeTicks(from: number, to: number, width: number, minGap = 70): Array<{ time: number; x: number }> {
  if (!(to > from) || !(width > 0)) {
    return [];
  }
  const span = to - from;
  const wanted = Math.max(1, Math.floor(width / minGap));
  const step = STEPS.find((s) => span / s <= wanted) ?? Math.ceil(span / wanted / 86400e3) * 86400e3;
  const ticks: Array<{ time: number; x: number }> = [];
  for (let t = Math.ceil(from / step) * step; t <= to && ticks.length <= wanted + 1; t += step) {
    ticks.push({ time: t, x: ((t - from) / span) * width });
  }
  return ticks;
}

/** A row's name: its feature. */
export function driftRowLabel(row: DriftRow): string {
  return row.feature;
}

/** A row label cut to fit beside the grid, with an ellipsis when cut. */
export function shortRowLabel(label: string): string {
  return label.length > LABEL_MAX_CHARS ? `${label.slice(0, LABEL_MAX_CHARS - 1)}…` : label;
}

/** How a method's statistic is named: `|z|` for z-tests, else the method. */
export function methodLabel(method: string): string {
  return isZTest(method) ? '|z|' : method;
}

/**
 * A drift statistic with the precision its size needs: 3 decimals below 10, 2 below 100, 1 above.
 *
 * @example formatDrift(2.834) // '2.834'
 */
export function formatDrift(v: number): string {
  return v.toFixed(v < 10 ? 3 : v < 100 ? 2 : 1);
}

/** A cell in words: `psi 2.834`, `|z| 3.100`. */
export function cellText(cell: DriftCell): string {
  return `${methodLabel(cell.method)} ${formatDrift(cell.value)}`;
}

/** A cell on its method's own scale, 0 → the method's largest value in the matrix; 0 when that is 0. */
export function relativeDrift(matrix: DriftMatrix, cell: DriftCell): number {
  const max = matrix.methodMax[cell.method] ?? 0;
  return max > 0 ? cell.value / max : 0;
}

/** The methods of the matrix, sorted: one legend line each. */
export function legendMethods(matrix: DriftMatrix): string[] {
  return Object.keys(matrix.methodMax).sort();
}

/**
 * The heatmap in words, for its accessible name: how many features, and the three whose worst cell is
 * highest on its method's scale, with that value.
 *
 * @example driftSummary(binDrift([{ model: 'fraud', feature: 'amount', method: 'psi', times: [0], values: [0.31] }], 'fraud', 0, 100, 1), 'fraud')
 * // 'Drift of 1 feature of model fraud over the time range; highest: amount psi 0.310.'
 */
export function driftSummary(matrix: DriftMatrix, model: string): string {
  const top = matrix.rows
    .map((row, r) => {
      const cells = matrix.cells[r].filter((c): c is DriftCell => c !== null);
      const worst = cells.sort((a, b) => relativeDrift(matrix, b) - relativeDrift(matrix, a))[0];
      return { row, worst };
    })
    .filter((x): x is { row: DriftRow; worst: DriftCell } => x.worst !== undefined)
    .sort((a, b) => relativeDrift(matrix, b.worst) - relativeDrift(matrix, a.worst))
    .slice(0, 3);
  const n = matrix.rows.length;
  const highest = top.map((x) => `${x.row.feature} ${cellText(x.worst)}`).join(', ');
  return `Drift of ${n} feature${n === 1 ? '' : 's'} of model ${model} over the time range; highest: ${highest}.`;
}

/** An SVG id for the model's legend gradient (ids allow no spaces or dots). */
export function gradientIdFor(model: string): string {
  return `mlhealth-viridis-${model}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
