/**
 * The engineering view: the whole cascade in the panel, why a node is degraded (contributions of its
 * children), the drift heatmap, serving health, and the exporter's own health, with firing alerts as
 * annotations.
 */
import type { Dashboard, Panel, RowPanel } from '@grafana/schema';
import { METRICS } from '../../metrics/names';
import type { GenerateContext } from '../context';
import { DASHBOARDS } from '../links';
import { cascadePanel } from './cascade';
import { createLayout, type Layout } from './layout';
import { panel, scoreThresholds, timeSeriesOptions } from './panels';
import { sel, target } from './query';
import { exporterPanels, servingPanels, statusTimeline } from './sections';
import { dashboardShell, labelVariable, modelVariable } from './variables';

const MODEL = '=~$model';

/** Contributions of `$node`'s children to its score deficit: "why is it red?". */
function whyPanel(layout: Layout): Panel {
  return panel(
    'bargauge',
    {
      title: 'Why is $node degraded? Contributions of its children',
      description:
        "Each child's share of the node's score deficit (sums to 100% when the node is not healthy).",
      targets: [
        target(`max by (child) (${sel(METRICS.nodeContribution.name, { parent: '$node' })})`, '{{child}}', {
          instant: true,
        }),
      ],
      unit: 'percentunit',
      min: 0,
      max: 1,
      options: {
        displayMode: 'gradient',
        orientation: 'horizontal',
        reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
      },
    },
    layout.place(10, 10),
  );
}

/** Features × time, one row per feature, colour-blind-safe sequential palette. */
function driftHeatmap(layout: Layout): Panel {
  return panel(
    'heatmap',
    {
      title: 'Feature drift ($model)',
      description: 'Drift statistic per feature over time; each row is a feature.',
      targets: [
        target(
          `max by (model, feature) (${sel(METRICS.featureDrift.name, { model: MODEL })})`,
          '{{model}} · {{feature}}',
        ),
      ],
      options: {
        calculate: false,
        yAxis: { axisPlacement: 'left' },
        color: { mode: 'scheme', scheme: 'Viridis', steps: 64 },
        cellGap: 1,
        legend: { show: true },
        tooltip: { mode: 'single', yHistogram: false },
      },
    },
    layout.place(12, 10),
  );
}

export function engineeringDashboard(ctx: GenerateContext): Dashboard {
  const { spec } = ctx;
  const t = spec.defaults.score_thresholds;
  const layout = createLayout();
  const panels: Array<Panel | RowPanel> = [
    layout.row('Cascade'),
    cascadePanel(
      spec,
      'Cascade: business → component → base',
      ['business', 'component', 'base'],
      true,
      layout.place(24, 16),
    ),
    statusTimeline('Component status', { tier: 'component' }, layout.place(14, 10)),
    whyPanel(layout),
    layout.row('Drift and base signals ($model)'),
    driftHeatmap(layout),
    panel(
      'timeseries',
      {
        title: 'Base node scores ($model)',
        targets: [
          target(
            `max by (node) (${sel(METRICS.nodeScore.name, { tier: 'base', model: MODEL })})`,
            '{{node}}',
          ),
        ],
        min: 0,
        max: 1,
        thresholds: scoreThresholds(t.warning, t.critical),
        custom: { thresholdsStyle: { mode: 'dashed' } },
        options: timeSeriesOptions,
      },
      layout.place(12, 10),
    ),
    layout.row('Serving ($model)'),
    ...servingPanels(layout, MODEL, [0.99]),
    layout.row('Exporter'),
    ...exporterPanels(layout),
  ];
  const nodes = labelVariable(
    'node',
    'Node (why)',
    `label_values(${sel(METRICS.nodeInfo.name, { tier: '!=base' })}, node)`,
  );
  const description = 'The whole cascade with drill-down, drift heatmap and serving health.';
  return dashboardShell(spec, DASHBOARDS.engineering, description, [modelVariable(true), nodes], panels);
}
