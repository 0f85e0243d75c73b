/**
 * Data frames → `CascadeModel`: the panel's one entry into its pure core.
 */
import type { DataFrame } from '@grafana/data';
import { linkEdges } from './edges';
import { sumImpacts } from './impact';
import { CONTRACT_METRICS as M } from './metrics';
import { buildNode, collectNodeIds } from './nodes';
import { readContractSeries } from './series';
import { SeriesIndex } from './seriesIndex';
import type { CascadeModel, CascadeNode, DriftSeries, Notice } from './types';

export interface BuildOptions {
  /** The moment the statuses describe (Unix ms): the dashboard's "to", or the time cursor. */
  at: number;
}

/**
 * Builds the cascade as it was at `options.at` from Prometheus frames (time series or table shaped,
 * any refIds; see `series.ts`).
 *
 * Convention: every node named by any contract series appears; a node without a current status sample
 * is `unknown`, never `ok`. Notices say when the data is degraded: no contract series at all, no current
 * status sample for any node (a time range without data), no edges (the view then lists the nodes flat
 * by tier), nodes without a status series.
 * Complexity: O(samples · log samples) to read the frames, then O(nodes + edges) lookups of O(log n).
 * Never throws on odd frames; unusable fields are skipped.
 *
 * @example buildCascadeModel([], { at: 0 }).notices[0].text
 * // 'No mlhealth_* series in the query results. Query e.g. {__name__=~"mlhealth_.*"}.'
 */
export function buildCascadeModel(frames: readonly DataFrame[], options: BuildOptions): CascadeModel {
  return cascadeAt(indexFrames(frames), options);
}

/** The frames' contract series, read once: the costly half of `buildCascadeModel`, to memoise per query result. */
export interface FrameIndex {
  index: SeriesIndex;
  seriesCount: number;
  /** Distinct sample times of scores and statuses, ascending. */
  times: number[];
  drift: DriftSeries[];
}

/** Reads and indexes the contract series of `frames` (O(samples · log samples)); see `readContractSeries`. */
export function indexFrames(frames: readonly DataFrame[]): FrameIndex {
  const series = readContractSeries(frames);
  const index = new SeriesIndex(series);
  return { index, seriesCount: series.length, times: cursorTimes(index), drift: driftSeries(index) };
}

/**
 * The cascade at `options.at` from indexed frames: the cheap half of `buildCascadeModel`, re-run when the
 * time cursor moves. O((nodes + edges) · log samples).
 */
export function cascadeAt(frames: FrameIndex, options: BuildOptions): CascadeModel {
  const { index } = frames;
  const byId = new Map<string, CascadeNode>();
  for (const id of collectNodeIds(index)) {
    byId.set(id, buildNode(index, id, options.at));
  }
  const edges = linkEdges(index, byId, options.at);
  const nodes = [...byId.values()];
  return {
    nodes,
    byId,
    edges,
    at: options.at,
    times: frames.times,
    impactTotals: sumImpacts(nodes),
    drift: frames.drift,
    notices: notices(frames.seriesCount, nodes, edges.length),
  };
}

function cursorTimes(index: SeriesIndex): number[] {
  const times = new Set<number>();
  // Series of one query share the step grid: read each distinct grid once, not once per series.
  const grids = new Set<string>();
  for (const s of [...index.all(M.nodeStatus), ...index.all(M.nodeScore)]) {
    const grid = `${s.times.length}:${s.times[0]}:${s.times[s.times.length - 1]}:${s.step}`;
    if (grids.has(grid)) {
      continue;
    }
    grids.add(grid);
    for (const t of s.times) {
      times.add(t);
    }
  }
  return [...times].sort((a, b) => a - b);
}

function driftSeries(index: SeriesIndex): DriftSeries[] {
  return index
    .all(M.featureDrift)
    .map((s) => ({
      model: s.labels.model ?? '',
      feature: s.labels.feature ?? '',
      method: s.labels.method ?? '',
      times: s.times,
      values: s.values,
    }))
    .sort(
      (a, b) => a.model.localeCompare(b.model) || a.feature.localeCompare(b.feature) || a.method.localeCompare(b.method)
    );
}

function notices(seriesCount: number, nodes: readonly CascadeNode[], edgeCount: number): Notice[] {
  const out: Notice[] = [];
  if (seriesCount === 0) {
    out.push({
      severity: 'warning',
      text: 'No mlhealth_* series in the query results. Query e.g. {__name__=~"mlhealth_.*"}.',
    });
    return out;
  }
  if (nodes.length > 0 && edgeCount === 0) {
    out.push({
      severity: 'info',
      text: 'No mlhealth_edge_weight series: the nodes are listed by tier without their links.',
    });
  }
  const measured = nodes.filter((n) => n.statusSource !== 'no-status-series');
  if (measured.length > 0 && measured.every((n) => n.statusSource === 'no-current-sample')) {
    out.push({
      severity: 'warning',
      text: 'No mlhealth_node_status sample is current at this time: every node shows unknown and no amount at risk is known. Widen the time range, or check that Prometheus still scrapes the exporter.',
    });
  }
  const unmeasured = nodes.length - measured.length;
  if (unmeasured > 0) {
    out.push({
      severity: 'warning',
      text: `${unmeasured} node${unmeasured === 1 ? ' has' : 's have'} no mlhealth_node_status series and show${unmeasured === 1 ? 's' : ''} as unknown.`,
    });
  }
  return out;
}
