/**
 * Reads the contract series out of Grafana data frames, whatever the query refIds and whichever of the
 * two shapes Grafana's Prometheus datasource produced (see `docs/panel.md`, "Frames the panel reads"):
 *
 * - time series (range or instant queries, format "Time series"): a `Time` field and number fields whose
 *   `labels` carry every Prometheus label including `__name__`, one frame per series or several value
 *   fields sharing one time field;
 * - tables (format "Table", instant queries): `Time`, one string field per label (`__name__` among them),
 *   and a `Value` / `Value #<refId>` number field, one row per series.
 *
 * A field without `__name__` (an aggregation dropped it) is matched by the contract name found in its
 * legend, the frame name or the executed query string. Everything else is ignored.
 */
import { DataFrame, Field, FieldType } from '@grafana/data';
import { ContractMetric, isContractMetric, metricInText } from './metrics';
import { seriesStep } from './sampleAt';

/** Where a series was read, so a view can ask Grafana for that field's data links. */
export interface SeriesSource {
  frameIndex: number;
  fieldIndex: number;
  /** Row of the newest sample in that field. */
  rowIndex: number;
}

/** One contract series: a metric name, its labels (without `__name__`) and its samples in time order. */
export interface ContractSeries {
  metric: ContractMetric;
  labels: Record<string, string>;
  /** Unix milliseconds, strictly ascending. */
  times: number[];
  values: Array<number | null>;
  /** The query step (smallest gap between samples, ms), null for a single sample; see `seriesStep`. */
  step: number | null;
  source: SeriesSource;
}

type Labels = Record<string, string>;

// Samples are collected in parallel arrays (no object per sample): a 1,000-node cascade over an hour
// is a quarter of a million of them, and they nearly always arrive in time order already.
interface Pending {
  metric: ContractMetric;
  labels: Labels;
  times: number[];
  values: Array<number | null>;
  ordered: boolean;
  source: SeriesSource;
}

function pushSample(p: Pending, time: number, value: number | null) {
  if (!Number.isFinite(time)) {
    return;
  }
  const n = p.times.length;
  if (n > 0 && time <= p.times[n - 1]) {
    p.ordered = false;
  }
  p.times.push(time);
  p.values.push(value);
}

/**
 * Extracts every contract series from `frames` and merges duplicates (the same metric and labels from
 * two queries) into one, samples sorted by time, a later duplicate time replacing an earlier one.
 *
 * Complexity: O(total samples · log samples per series). Never throws: frames without a time field or
 * without a contract metric are skipped.
 *
 * @example readContractSeries([toDataFrame({ fields: [
 *   { name: 'Time', type: 'time', values: [1000] },
 *   { name: 'Value', type: 'number', values: [0.9], labels: { __name__: 'mlhealth_node_score', node: 'a' } },
 * ] })]) // [{ metric: 'mlhealth_node_score', labels: { node: 'a' }, times: [1000], values: [0.9], … }]
 */
export function readContractSeries(frames: readonly DataFrame[]): ContractSeries[] {
  const pending = new Map<string, Pending>();
  frames.forEach((frame, frameIndex) => {
    const timeField = frame.fields.find((f) => f.type === FieldType.time);
    if (!timeField) {
      return;
    }
    const isTable = frame.fields.some((f) => f.type === FieldType.string);
    const read = isTable ? readTableFrame : readTimeSeriesFrame;
    read(frame, frameIndex, timeField, pending);
  });
  return [...pending.values()].map(finish);
}

function readTimeSeriesFrame(frame: DataFrame, frameIndex: number, timeField: Field, out: Map<string, Pending>) {
  frame.fields.forEach((field, fieldIndex) => {
    if (field.type !== FieldType.number) {
      return;
    }
    const labels: Labels = { ...(field.labels ?? {}) };
    const metric = resolveMetric(labels.__name__, frame, field);
    if (!metric) {
      return;
    }
    delete labels.__name__;
    const rows = field.values.length;
    const target = pendingFor(out, metric, labels, { frameIndex, fieldIndex, rowIndex: rows - 1 });
    for (let row = 0; row < rows; row++) {
      pushSample(target, toTime(timeField.values[row]), toNumber(field.values[row]));
    }
  });
}

function readTableFrame(frame: DataFrame, frameIndex: number, timeField: Field, out: Map<string, Pending>) {
  const labelFields = frame.fields.filter((f) => f.type === FieldType.string || f.name === 'le');
  frame.fields.forEach((field, fieldIndex) => {
    if (field.type !== FieldType.number || field.name === 'le') {
      return;
    }
    for (let row = 0; row < field.values.length; row++) {
      const labels: Labels = { ...(field.labels ?? {}) };
      for (const lf of labelFields) {
        const v = lf.values[row];
        if (v !== null && v !== undefined && v !== '') {
          labels[lf.name] = String(v);
        }
      }
      const metric = resolveMetric(labels.__name__, frame, field);
      if (!metric) {
        continue;
      }
      delete labels.__name__;
      const target = pendingFor(out, metric, labels, { frameIndex, fieldIndex, rowIndex: row });
      pushSample(target, toTime(timeField.values[row]), toNumber(field.values[row]));
    }
  });
}

function resolveMetric(name: string | undefined, frame: DataFrame, field: Field): ContractMetric | null {
  if (name !== undefined) {
    return isContractMetric(name) ? name : null;
  }
  return (
    metricInText(field.config?.displayNameFromDS) ??
    metricInText(frame.name) ??
    metricInText(field.name) ??
    metricInText(frame.meta?.executedQueryString)
  );
}

function pendingFor(out: Map<string, Pending>, metric: ContractMetric, labels: Labels, source: SeriesSource) {
  const key = seriesKey(metric, labels);
  let p = out.get(key);
  if (!p) {
    p = { metric, labels, times: [], values: [], ordered: true, source };
    out.set(key, p);
  }
  return p;
}

/** Identity of a series: metric plus labels in name order, e.g. `mlhealth_node_score{node="a",tier="base"}`. */
export function seriesKey(metric: string, labels: Labels): string {
  const parts = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`);
  return `${metric}{${parts.join(',')}}`;
}

function finish(p: Pending): ContractSeries {
  let { times, values } = p;
  if (!p.ordered) {
    // Stable sort by time, then keep the last sample of equal times.
    const order = times.map((_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
    const t: number[] = [];
    const v: Array<number | null> = [];
    for (const i of order) {
      if (t.length > 0 && t[t.length - 1] === times[i]) {
        v[v.length - 1] = values[i];
      } else {
        t.push(times[i]);
        v.push(values[i]);
      }
    }
    times = t;
    values = v;
  }
  return { metric: p.metric, labels: p.labels, times, values, step: seriesStep(times), source: p.source };
}

function toNumber(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function toTime(v: unknown): number {
  if (typeof v === 'number') {
    return v;
  }
  if (typeof v === 'string') {
    return Date.parse(v);
  }
  return v instanceof Date ? v.getTime() : NaN;
}
