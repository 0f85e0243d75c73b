/**
 * The model detail view: every base signal of the selected model with its thresholds (one panel per
 * base node, repeated over `$node`), drift, data quality and serving detail, and the model's identity.
 */
import type { Dashboard, Panel, RowPanel } from '@grafana/schema';
import { METRICS } from '../../metrics/names';
import type { GenerateContext } from '../context';
import { DASHBOARDS } from '../links';
import { createLayout, type Layout } from './layout';
import { panel, statOptions, timeSeriesOptions } from './panels';
import { sel, target } from './query';
import { rateOf, servingPanels, statusTimeline } from './sections';
import { dashboardShell, labelVariable, modelVariable } from './variables';

const MODEL = { model: '$model' };
/** Feature drift tests (distances have no p-value): the p-value panel appears only when the spec declares one. */
const TEST_METHODS = new Set(['ks', 'chisquare', 'z']);

function stat(
  title: string,
  expr: string,
  legend: string,
  extra: Record<string, unknown>,
  layout: Layout,
): Panel {
  return panel(
    'stat',
    { title, targets: [target(expr, legend)], options: statOptions('value'), ...extra },
    layout.place(6, 4),
  );
}

function identityPanels(layout: Layout): Panel[] {
  const retrainMappings = [
    {
      type: 'value',
      options: {
        '0': { text: '✓ No', color: 'green', index: 0 },
        '1': { text: '! Yes', color: 'orange', index: 1 },
      },
    } as never,
  ];
  return [
    panel(
      'stat',
      {
        title: 'Version',
        targets: [target(sel(METRICS.modelInfo.name, MODEL), '{{version}}', { instant: true })],
        options: statOptions('name'),
      },
      layout.place(6, 4),
    ),
    stat(
      'Model age',
      `time() - max(${sel(METRICS.modelTrained.name, MODEL)})`,
      'age',
      { unit: 'dtdurations' },
      layout,
    ),
    stat(
      'Retraining recommended',
      `max(${sel(METRICS.retrainRecommended.name, MODEL)})`,
      'retrain',
      { mappings: retrainMappings },
      layout,
    ),
    stat(
      'Predictions per second',
      `sum(rate(${sel(METRICS.predictions.name, MODEL)}[$__rate_interval]))`,
      'predictions',
      { unit: 'reqps' },
      layout,
    ),
  ];
}

/** One time series per base node (repeated over `$node`): its value and its threshold lines. */
function baseSignalPanel(layout: Layout): Panel {
  const dashed = (level: string, color: string) => ({
    matcher: { id: 'byName', options: level },
    properties: [
      { id: 'color', value: { mode: 'fixed', fixedColor: color } },
      { id: 'custom.lineStyle', value: { fill: 'dash', dash: [10, 10] } },
    ],
  });
  return panel(
    'timeseries',
    {
      title: '$node',
      description:
        'The raw statistic of the base node and its warning/critical thresholds (mlhealth_node_threshold), in the node unit.',
      repeat: 'node',
      targets: [
        target(`max by (node) (${sel(METRICS.nodeValue.name, { node: '$node' })})`, 'value'),
        target(`max by (level) (${sel(METRICS.nodeThreshold.name, { node: '$node' })})`, '{{level}}'),
      ],
      overrides: [dashed('warning', 'orange'), dashed('critical', 'red')],
      options: {
        ...timeSeriesOptions,
        legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
      },
    },
    layout.place(8, 8),
  );
}

function series(
  title: string,
  expr: string,
  legend: string,
  extra: Record<string, unknown>,
  layout: Layout,
): Panel {
  return panel(
    'timeseries',
    { title, targets: [target(expr, legend)], options: timeSeriesOptions, ...extra },
    layout.place(12, 8),
  );
}

function dataPanels(ctx: GenerateContext, layout: Layout): Panel[] {
  const tests = ctx.spec.models.some((m) =>
    m.features.some((f) => f.drift_method !== undefined && TEST_METHODS.has(f.drift_method)),
  );
  const byFeature = (metric: string) => `max by (feature, method) (${sel(metric, MODEL)})`;
  return [
    series('Feature drift', byFeature(METRICS.featureDrift.name), '{{feature}} ({{method}})', {}, layout),
    ...(tests
      ? [
          series(
            'Drift test p-values',
            byFeature(METRICS.featureDriftPValue.name),
            '{{feature}} ({{method}})',
            { min: 0, max: 1 },
            layout,
          ),
        ]
      : []),
    series(
      'Missing values per feature',
      `max by (feature) (${sel(METRICS.featureMissingRatio.name, MODEL)})`,
      '{{feature}}',
      { unit: 'percentunit', min: 0 },
      layout,
    ),
    series(
      'Schema violations per second',
      rateOf(METRICS.featureViolations.name, '$model', 'feature, kind'),
      '{{feature}} · {{kind}}',
      { unit: 'reqps' },
      layout,
    ),
  ];
}

export function modelDetailDashboard(ctx: GenerateContext): Dashboard {
  const layout = createLayout();
  const panels: Array<Panel | RowPanel> = [
    layout.row('Model $model'),
    ...identityPanels(layout),
    statusTimeline('Base signal status', { tier: 'base', ...MODEL }, layout.place(24, 10)),
    layout.row('Every base signal with its thresholds'),
    baseSignalPanel(layout),
    layout.row('Drift and data quality'),
    ...dataPanels(ctx, layout),
    layout.row('Serving'),
    ...servingPanels(layout, '$model', [0.5, 0.95, 0.99]),
  ];
  const nodes = labelVariable(
    'node',
    'Base node',
    `label_values(${sel(METRICS.nodeInfo.name, { tier: 'base', ...MODEL })}, node)`,
    { multi: true, all: true },
  );
  const description = 'Every base signal of one model with its thresholds, drift, data quality and serving.';
  return dashboardShell(ctx.spec, DASHBOARDS.model, description, [modelVariable(false), nodes], panels);
}
