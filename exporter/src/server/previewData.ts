/**
 * The panel preview's data: the exporter's snapshot history answered as Prometheus would answer the
 * panel's queries (one range query per contract series, `matrix` results with `[unix seconds, "value"]`
 * points), in the JSON shape the plugin's browser harness reads (`grafana-plugin/harness/src/data.ts`).
 * The series are the very samples `/metrics` exposes (`cascadeSamples`, and `detailSamples` for
 * `mlhealth_feature_drift`), one point per snapshot, so the preview shows what Grafana would show after
 * Prometheus scraped the exporter at each evaluation. Pure.
 */
import type { CascadeSnapshot } from '../cascade/types';
import type { DetailPoint } from '../engine/engine';
import { cascadeSamples, type CascadeSamples } from '../metrics/cascadeSamples';
import { detailSamples } from '../metrics/detailSamples';
import type { Sample } from '../metrics/family';
import { METRICS } from '../metrics/names';
import type { Spec } from '../spec/types';

export interface PreviewQuery {
  refId: string;
  expr: string;
  format: 'time_series';
  stepSeconds: number;
  response: {
    status: 'success';
    data: {
      resultType: 'matrix';
      result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }>;
    };
  };
}

export interface PreviewData {
  title: string;
  /** `Loading` until the first evaluation: the page shows a loading state and asks again soon. */
  state: 'Loading' | 'Done';
  /** Unix milliseconds. */
  timeRange: { from: number; to: number };
  queries: PreviewQuery[];
  options: { impactUnit: string };
}

const SERIES: Array<[keyof CascadeSamples, string]> = [
  ['score', METRICS.nodeScore.name],
  ['status', METRICS.nodeStatus.name],
  ['value', METRICS.nodeValue.name],
  ['threshold', METRICS.nodeThreshold.name],
  ['info', METRICS.nodeInfo.name],
  ['edgeWeight', METRICS.edgeWeight.name],
  ['contribution', METRICS.nodeContribution.name],
  ['lastUpdate', METRICS.nodeLastUpdate.name],
  ['impact', METRICS.businessImpact.name],
  ['exposure', METRICS.businessExposure.name],
  ['unitInfo', METRICS.businessUnitInfo.name],
];

const DRIFT = METRICS.featureDrift.name;

/** The spec parts `cascadeSamples` reads; without a spec, no node info (titles fall back to ids). */
type SampleSpec = Pick<Spec, 'nodes' | 'models' | 'currency'>;

type MatrixSeries = { metric: Record<string, string>; values: Array<[number, string]> };

/** Appends the samples of one evaluation at `at` to their series (keyed by the full label set). */
function addPoint(
  byLabels: Map<string, MatrixSeries>,
  name: string,
  samples: readonly Sample[],
  at: number,
): void {
  for (const s of samples) {
    const metric: Record<string, string> = { __name__: name, ...(s.labels as Record<string, string>) };
    const id = JSON.stringify(metric);
    const entry = byLabels.get(id) ?? { metric, values: [] };
    entry.values.push([at, String(s.value)]);
    byLabels.set(id, entry);
  }
}

/**
 * Builds the preview data from `history` (oldest first; the live snapshot is expected last) and the
 * model details at past snapshots (`details`, oldest first: `Engine.detailHistory()`), which give the
 * `mlhealth_feature_drift{model,feature,method}` series of the drift heatmap.
 *
 * Convention: the time range runs from the first to the last snapshot (one minute before a lone
 * snapshot); the step is the smallest gap between snapshots (15 s when there is one); impacts are in
 * the spec's currency (`currencyUSD` when there is no spec); a drift statistic that could not be
 * computed has no point, as on `/metrics`. O(snapshots × series + detail points × features).
 *
 * @example previewData([], null).queries[0].response.data.result // []
 */
export function previewData(
  history: readonly CascadeSnapshot[],
  spec: Spec | null,
  details: readonly DetailPoint[] = [],
): PreviewData {
  const sampleSpec: SampleSpec = spec ?? { nodes: [], models: [], currency: 'USD' };
  const series = new Map<string, Map<string, MatrixSeries>>();
  for (const [, name] of SERIES) series.set(name, new Map());
  series.set(DRIFT, new Map());
  for (const snapshot of history) {
    // cascadeSamples only reads `nodes`, `models` and `currency` of the spec.
    const samples = cascadeSamples(sampleSpec as Spec, snapshot, new Map());
    for (const [key, name] of SERIES) addPoint(series.get(name)!, name, samples[key], snapshot.at);
  }
  for (const point of details) {
    const { drift } = detailSamples(point.details, METRICS.predictionLatency.name);
    addPoint(series.get(DRIFT)!, DRIFT, drift, point.at);
  }
  const times = history.map((s) => s.at);
  const to = times.length > 0 ? times[times.length - 1] : 0;
  const from = times.length > 1 ? times[0] : to - 60;
  const step = smallestGap(times) ?? 15;
  return {
    title: spec ? `${spec.name} — cascade preview` : 'mlhealth cascade preview',
    state: history.length === 0 ? 'Loading' : 'Done',
    timeRange: { from: from * 1000, to: to * 1000 },
    queries: [...SERIES.map(([, name]) => name), DRIFT].map((name, i) => ({
      refId: String.fromCharCode(65 + i),
      expr: name,
      format: 'time_series' as const,
      stepSeconds: step,
      response: {
        status: 'success' as const,
        data: { resultType: 'matrix' as const, result: [...series.get(name)!.values()] },
      },
    })),
    options: { impactUnit: `currency${spec?.currency ?? 'USD'}` },
  };
}

function smallestGap(times: readonly number[]): number | null {
  let gap: number | null = null;
  for (let i = 1; i < times.length; i++) {
    const d = times[i] - times[i - 1];
    if (d > 0 && (gap === null || d < gap)) gap = d;
  }
  return gap;
}
