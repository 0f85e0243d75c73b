/**
 * The executive view: business outcomes first — status, money (or the declared measure) at risk per
 * outcome, discrete risk levels, the trend — and the cascade down to the component tier.
 */
import type { Dashboard, Panel, RowPanel } from '@grafana/schema';
import type { Spec } from '../../spec/types';
import { METRICS } from '../../metrics/names';
import type { GenerateContext } from '../context';
import { DASHBOARDS } from '../links';
import { cascadePanel } from './cascade';
import { createLayout, type Layout } from './layout';
import { panel, scoreThresholds, STATUS_MAPPINGS, statOptions, timeSeriesOptions } from './panels';
import { sel, target } from './query';
import { statusTimeline } from './sections';
import { impactUnit } from './units';
import { dashboardShell, modelVariable } from './variables';

const BUSINESS = { tier: 'business' };

function outcomePanels(spec: Spec, ctx: GenerateContext, layout: Layout): Panel[] {
  const business = ctx.nodes.filter((f) => f.node.tier === 'business');
  const width = Math.max(4, Math.floor(24 / Math.max(1, business.length)));
  const status = business.map(({ node }) =>
    panel(
      'stat',
      {
        title: node.title,
        description: node.description,
        targets: [target(`max(${sel(METRICS.nodeStatus.name, { node: node.id })})`, node.title)],
        mappings: STATUS_MAPPINGS,
        options: statOptions('value'),
      },
      layout.place(width, 4),
    ),
  );
  const impact = business
    .filter(({ node }) => node.impact !== undefined)
    .map(({ node }) => {
      const { measure, unit } = node.impact as NonNullable<typeof node.impact>;
      return panel(
        'stat',
        {
          title: `${node.title}: ${measure.replace(/_/g, ' ')} (${unit})`,
          targets: [target(`sum(${sel(METRICS.businessImpact.name, { node: node.id, measure })})`, measure)],
          unit: impactUnit(unit, spec.currency),
          thresholds: {
            mode: 'absolute' as never,
            steps: [
              { color: 'green', value: null as unknown as number },
              { color: 'orange', value: 0.000001 },
            ],
          },
          options: statOptions('value'),
        },
        layout.place(width, 5),
      );
    });
  return [...status, ...impact];
}

/** Risk levels, status over time, impact trend and share of exposure at risk of the business tier. */
function riskPanels(spec: Spec, layout: Layout): Panel[] {
  const t = spec.defaults.score_thresholds;
  const impact = `sum by (node, measure) (${sel(METRICS.businessImpact.name)})`;
  const exposure = `sum by (node, measure) (${sel(METRICS.businessExposure.name)})`;
  return [
    panel(
      'bargauge',
      {
        title: 'Risk level per outcome (score)',
        description: `Score of each business outcome: red below ${t.critical}, orange below ${t.warning}.`,
        targets: [
          target(`max by (node) (${sel(METRICS.nodeScore.name, BUSINESS)})`, '{{node}}', { instant: true }),
        ],
        min: 0,
        max: 1,
        thresholds: scoreThresholds(t.warning, t.critical),
        options: {
          displayMode: 'lcd',
          orientation: 'horizontal',
          showUnfilled: true,
          reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
        },
      },
      layout.place(8, 8),
    ),
    statusTimeline('Outcome status over time', BUSINESS, layout.place(16, 8)),
    panel(
      'timeseries',
      {
        title: 'Impact at risk (trend)',
        targets: [target(impact, '{{node}} · {{measure}}')],
        options: timeSeriesOptions,
      },
      layout.place(12, 8),
    ),
    panel(
      'timeseries',
      {
        title: 'Share of exposure at risk',
        targets: [target(`${impact} / ${exposure}`, '{{node}} · {{measure}}')],
        unit: 'percentunit',
        min: 0,
        options: timeSeriesOptions,
      },
      layout.place(12, 8),
    ),
  ];
}

/** The executive dashboard of a spec. */
export function executiveDashboard(ctx: GenerateContext): Dashboard {
  const { spec } = ctx;
  const layout = createLayout();
  const panels: Array<Panel | RowPanel> = [
    layout.row('Business outcomes now'),
    ...outcomePanels(spec, ctx, layout),
    layout.row('Risk'),
    ...riskPanels(spec, layout),
    layout.row('Cascade'),
    cascadePanel(
      spec,
      'Business and component tiers',
      ['business', 'component'],
      false,
      layout.place(24, 14),
    ),
    statusTimeline(
      'Component status ($model)',
      { tier: 'component', model: '=~$model' },
      layout.place(24, 10),
    ),
  ];
  const description = 'Business outcomes of the ML models: status, money at risk, risk levels and trend.';
  return dashboardShell(spec, DASHBOARDS.executive, description, [modelVariable(true)], panels);
}
