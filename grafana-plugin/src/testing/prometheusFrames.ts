/**
 * Prometheus HTTP API responses → data frames, the way Grafana's Prometheus datasource builds them, so
 * tests, the browser harness and the exporter's `/preview` feed the panel what Grafana would.
 *
 * What is replicated (Grafana 10.4 → 13, backend `pkg/promlib`, frontend `@grafana/prometheus`):
 * - backend converter: every matrix or vector result becomes its own frame with a `Time` field (ms,
 *   `config.interval` = step) and a `Value` number field whose `labels` are all the series labels,
 *   `__name__` included; frame `meta.type` `timeseries-multi`, `meta.executedQueryString`
 *   `Expr: <expr>\nStep: <step>`;
 * - legend: the frame name and the value field's `config.displayNameFromDS` are the legend; with legend
 *   `__auto` a series with labels gets none, with an empty legend it is `name{a="1", b="2"}` (labels sorted),
 *   `{{label}}` templates are filled in;
 * - table format (frontend `transformDFToTable`): all frames of one refId merge into one frame `Time`,
 *   one string field per label (sorted, `__name__` included), then `Value` (or `Value #<refId>` when the
 *   response has several refIds), one row per sample, `meta.preferredVisualisationType` `rawPrometheus`.
 * Not replicated: exemplars, heatmap/histogram formats, the `Series` legacy shape.
 */
import { DataFrame, FieldType, toDataFrame } from '@grafana/data';

export interface PromSample {
  metric: Record<string, string>;
  values?: Array<[number, string]>;
  value?: [number, string];
}

export interface PromResponse {
  status: string;
  data: { resultType: 'matrix' | 'vector' | 'scalar' | 'string'; result: PromSample[] };
}

export interface PromQuery {
  refId: string;
  expr: string;
  /** Default `time_series`. */
  format?: 'time_series' | 'table';
  /** Default `__auto`, Grafana's default for new queries. */
  legendFormat?: string;
  /** Step in seconds (range queries), shown in `executedQueryString` and as the Time field's interval. */
  stepSeconds?: number;
  response: PromResponse;
}

/** Converts queries answered by Prometheus into the frames Grafana would hand to a panel. */
export function promQueriesToFrames(queries: readonly PromQuery[]): DataFrame[] {
  const perQuery = queries.map((q) => ({ q, frames: queryToSeriesFrames(q) }));
  const tableRefIds = queries.filter((q) => q.format === 'table').length;
  const out: DataFrame[] = [];
  for (const { q, frames } of perQuery) {
    if (q.format === 'table') {
      out.push(seriesFramesToTable(frames, q.refId, tableRefIds > 1));
    } else {
      out.push(...frames);
    }
  }
  return out;
}

function queryToSeriesFrames(q: PromQuery): DataFrame[] {
  if (q.response.status !== 'success') {
    throw new Error(`promQueriesToFrames: query ${q.refId} has status ${q.response.status}, expected success`);
  }
  const { resultType, result } = q.response.data;
  if (resultType !== 'matrix' && resultType !== 'vector') {
    throw new Error(`promQueriesToFrames: query ${q.refId} has resultType ${resultType}, expected matrix or vector`);
  }
  const step = q.stepSeconds ?? 0;
  const executedQueryString = `Expr: ${q.expr}\nStep: ${formatStep(step)}`;
  return result.map((s) => {
    const points = s.values ?? (s.value ? [s.value] : []);
    const name = legendName(q, s.metric);
    return toDataFrame({
      name: name || undefined,
      refId: q.refId,
      meta: { type: 'timeseries-multi', typeVersion: [0, 1], executedQueryString },
      fields: [
        {
          name: 'Time',
          type: FieldType.time,
          config: { interval: step * 1000 },
          values: points.map((p) => p[0] * 1000),
        },
        {
          name: 'Value',
          type: FieldType.number,
          labels: { ...s.metric },
          config: name ? { displayNameFromDS: name } : {},
          values: points.map((p) => parseSampleValue(p[1])),
        },
      ],
    });
  });
}

function legendName(q: PromQuery, labels: Record<string, string>): string {
  const legend = q.legendFormat ?? '__auto';
  let name: string;
  if (legend === '__auto') {
    name = Object.keys(labels).length > 0 ? '' : metricNameFromLabels(labels);
  } else if (legend !== '') {
    name = legend.replace(/\{\{\s*(.+?)\s*\}\}/g, (_, label: string) => labels[label] ?? '');
  } else {
    name = metricNameFromLabels(labels);
  }
  return name === '{}' ? q.expr.replace(/\n/g, '') : name;
}

function metricNameFromLabels(labels: Record<string, string>): string {
  const parts = Object.keys(labels)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`);
  const metric = labels.__name__ ?? '';
  if (parts.length === 0) {
    return metric || '{}';
  }
  return `${metric}{${parts.join(', ')}}`;
}

function seriesFramesToTable(frames: DataFrame[], refId: string, manyRefIds: boolean): DataFrame {
  const labelNames = new Set<string>();
  for (const f of frames) {
    Object.keys(f.fields[1]?.labels ?? {}).forEach((l) => labelNames.add(l));
  }
  const sortedLabels = [...labelNames].sort();
  const time: number[] = [];
  const value: number[] = [];
  const labelValues: string[][] = sortedLabels.map(() => []);
  for (const f of frames) {
    const labels = f.fields[1].labels ?? {};
    f.fields[0].values.forEach((t: number, i: number) => {
      time.push(t);
      value.push(f.fields[1].values[i]);
      sortedLabels.forEach((l, k) => labelValues[k].push(labels[l] ?? ''));
    });
  }
  return toDataFrame({
    refId,
    meta: { ...(frames[0]?.meta ?? {}), preferredVisualisationType: 'rawPrometheus' },
    fields: [
      { name: 'Time', type: FieldType.time, values: time },
      ...sortedLabels.map((l, k) => ({
        name: l,
        type: l === 'le' ? FieldType.number : FieldType.string,
        config: { filterable: true },
        values: labelValues[k],
      })),
      { name: manyRefIds ? `Value #${refId}` : 'Value', type: FieldType.number, values: value },
    ],
  });
}

function parseSampleValue(v: string): number {
  switch (v) {
    case '+Inf':
      return Number.POSITIVE_INFINITY;
    case '-Inf':
      return Number.NEGATIVE_INFINITY;
    default:
      return parseFloat(v);
  }
}

// Go's time.Duration.String for whole seconds: 15s, 1m0s, 1h30m0s.
function formatStep(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) {
    return `${h}h${m}m${s}s`;
  }
  return m > 0 ? `${m}m${s}s` : `${s}s`;
}
