/**
 * Panel groups more than one view uses: status timelines, serving health (throughput, error ratio,
 * latency quantiles) and the exporter's own health. `model` is the matcher value for the model label
 * (`=~$model` for multi-select views, `$model` for the model view).
 */
import type { Panel } from '@grafana/schema';
import { METRICS } from '../../metrics/names';
import { SCRAPE_JOB } from '../rules/names';
import type { Layout } from './layout';
import {
  panel,
  stateTimelineOptions,
  STATUS_MAPPINGS,
  statOptions,
  timeSeriesOptions,
  type GridPos,
} from './panels';
import { sel, target } from './query';

/** `sum by (by) (rate(metric{model…}[$__rate_interval]))`. */
export function rateOf(metric: string, model: string, by: string): string {
  return `sum by (${by}) (rate(${sel(metric, { model })}[$__rate_interval]))`;
}

/** Status per node over time, with the contract's status texts and colours. */
export function statusTimeline(title: string, matchers: Record<string, string>, gridPos: GridPos): Panel {
  return panel(
    'state-timeline',
    {
      title,
      targets: [target(`max by (node) (${sel(METRICS.nodeStatus.name, matchers)})`, '{{node}}')],
      mappings: STATUS_MAPPINGS,
      options: stateTimelineOptions,
    },
    gridPos,
  );
}

/** Predictions per second, error ratio and latency quantiles of the selected model(s). */
export function servingPanels(layout: Layout, model: string, quantiles: readonly number[]): Panel[] {
  const predictions = rateOf(METRICS.predictions.name, model, 'model');
  const errors = rateOf(METRICS.predictionErrors.name, model, 'model');
  const buckets = rateOf(`${METRICS.predictionLatency.name}_bucket`, model, 'model, le');
  const latency = quantiles.map((q) =>
    target(
      `histogram_quantile(${q}, ${buckets})`,
      quantiles.length === 1 ? '{{model}}' : `p${q * 100} {{model}}`,
    ),
  );
  return [
    panel(
      'timeseries',
      {
        title: 'Predictions per second',
        targets: [target(predictions, '{{model}}')],
        unit: 'reqps',
        options: timeSeriesOptions,
      },
      layout.place(8, 8),
    ),
    panel(
      'timeseries',
      {
        title: 'Error ratio',
        targets: [target(`${errors} / ${predictions}`, '{{model}}')],
        unit: 'percentunit',
        min: 0,
        options: timeSeriesOptions,
      },
      layout.place(8, 8),
    ),
    panel(
      'timeseries',
      {
        title: `Latency ${quantiles.map((q) => `p${q * 100}`).join(', ')}`,
        targets: latency,
        unit: 's',
        options: timeSeriesOptions,
      },
      layout.place(8, 8),
    ),
  ];
}

function upDownStat(title: string, expr: string, down: string, up: string, gridPos: GridPos): Panel {
  const options = {
    '0': { text: `✕ ${down}`, color: 'red', index: 0 },
    '1': { text: `✓ ${up}`, color: 'green', index: 1 },
  };
  return panel(
    'stat',
    {
      title,
      targets: [target(expr, '{{instance}}')],
      mappings: [{ type: 'value', options } as never],
      options: statOptions('value_and_name'),
    },
    gridPos,
  );
}

/** Is the exporter scraped, does it evaluate, how long does a scrape take. */
export function exporterPanels(layout: Layout): Panel[] {
  return [
    upDownStat(
      'Exporter up',
      `up{job="${SCRAPE_JOB}",environment=~"$environment"}`,
      'Down',
      'Up',
      layout.place(6, 5),
    ),
    upDownStat('Cascade evaluation', sel(METRICS.up.name), 'Failing', 'OK', layout.place(6, 5)),
    panel(
      'timeseries',
      {
        title: 'Scrape render time',
        targets: [target(sel(METRICS.scrapeDuration.name), '{{instance}}')],
        unit: 's',
        options: timeSeriesOptions,
      },
      layout.place(12, 5),
    ),
  ];
}
