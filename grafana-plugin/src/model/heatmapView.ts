/**
 * The drift heatmap's view of a `DriftMatrix`, pure: which model it opens on, its grid's pixel sizes in
 * the space it is given, each row's colour scale, and the words for rows and for screen readers.
 */
import type { DriftMatrix, DriftRow } from './drift';

/** Room for the row labels, left of the grid. */
export const LABEL_WIDTH = 170;
/** Room for the colour legend, under the grid. */
export const LEGEND_HEIGHT = 22;
// The heading and model selector above the grid.
const BAR_HEIGHT = 34;
const LABEL_MAX_CHARS = 24;

/**
 * The model to show: the one picked in the selector while it still has drift series, else the preferred
 * one (the option, or the selected node's model) when it has, else the first; undefined without drift.
 *
 * @example shownDriftModel(['fraud', 'recs'], null, 'recs') // 'recs'
 */
export function shownDriftModel(
  models: readonly string[],
  picked: string | null,
  preferred: string
): string | undefined {
  if (picked !== null && models.includes(picked)) {
    return picked;
  }
  return models.includes(preferred) ? preferred : models[0];
}

/**
 * Width of the grid in a heatmap `width` px wide (at least 60 px, beside the labels), and how many time
 * bins to ask for: one per 10 px, between 1 and 48.
 *
 * @example heatmapColumns(600) // { gridWidth: 422, bins: 42 }
 */
export function heatmapColumns(width: number): { gridWidth: number; bins: number } {
  const gridWidth = Math.max(60, width - LABEL_WIDTH - 8);
  return { gridWidth, bins: Math.max(1, Math.min(48, Math.floor(gridWidth / 10))) };
}

/**
 * Cell sizes for `rows` × `columns` cells in a grid `gridWidth` wide, in a heatmap `height` px tall: rows
 * share the height left by the bar and the legend, each 8–18 px (more rows scroll); the legend's
 * gradient is at most 160 px, leaving room for its caption.
 *
 * @example heatmapCells(422, 138, 3, 42) // { rowHeight: 18, cellWidth: 10.047…, legendWidth: 160 }
 */
export function heatmapCells(
  gridWidth: number,
  height: number,
  rows: number,
  columns: number
): { rowHeight: number; cellWidth: number; legendWidth: number } {
  const rowHeight = Math.max(8, Math.min(18, Math.floor((height - BAR_HEIGHT - LEGEND_HEIGHT) / Math.max(1, rows))));
  return { rowHeight, cellWidth: gridWidth / columns, legendWidth: Math.min(160, gridWidth - 90) };
}

/** A row's name: its feature and drift method, e.g. `amount · psi`. */
export function driftRowLabel(row: DriftRow): string {
  return `${row.feature} · ${row.method}`;
}

/** A row label cut to fit beside the grid, with an ellipsis when cut. */
export function shortRowLabel(label: string): string {
  return label.length > LABEL_MAX_CHARS ? `${label.slice(0, LABEL_MAX_CHARS - 1)}…` : label;
}

/**
 * A cell value on its method's own scale, 0 → the method's largest value in the matrix (statistics of
 * different methods are not comparable); 0 when that largest value is 0.
 */
export function relativeDrift(matrix: DriftMatrix, row: number, value: number): number {
  const max = matrix.methodMax[matrix.rows[row].method];
  return max > 0 ? value / max : 0;
}

/**
 * The heatmap in words, for its accessible name: how many rows, and the three rows whose worst cell is
 * highest on its method's scale, with that raw value.
 *
 * @example driftSummary(binDrift([{ model: 'fraud', feature: 'amount', method: 'psi', times: [0], values: [0.31] }], 'fraud', 0, 100, 1), 'fraud')
 * // 'Drift of 1 feature statistics of model fraud over the time range; highest: amount · psi 0.310.'
 */
export function driftSummary(matrix: DriftMatrix, model: string): string {
  const top = matrix.rows
    .map((_, r) => ({ r, v: Math.max(-1, ...matrix.cells[r].map((c) => c ?? -1)) }))
    .filter((x) => x.v >= 0)
    .sort((a, b) => relativeDrift(matrix, b.r, b.v) - relativeDrift(matrix, a.r, a.v))
    .slice(0, 3);
  const highest = top.map((x) => `${driftRowLabel(matrix.rows[x.r])} ${x.v.toFixed(3)}`).join(', ');
  return `Drift of ${matrix.rows.length} feature statistics of model ${model} over the time range; highest: ${highest}.`;
}

/** An SVG id for the model's legend gradient (ids allow no spaces or dots). */
export function gradientIdFor(model: string): string {
  return `mlhealth-viridis-${model}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
