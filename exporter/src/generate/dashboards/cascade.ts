/**
 * The `mlhealth-cascade-panel`: it reads the contract series by metric name (any refId), as range
 * queries so it can draw sparklines and replay the past.
 */
import type { Panel } from '@grafana/schema';
import type { Spec, Tier } from '../../spec/types';
import { METRICS } from '../../metrics/names';
import { DASHBOARDS, slugify } from '../links';
import { CASCADE_PANEL_ID, panel, type GridPos } from './panels';
import { sel, target, type PromTarget } from './query';
import { currencyUnit } from './units';

const CASCADE_METRICS = [
  METRICS.nodeScore,
  METRICS.nodeStatus,
  METRICS.nodeValue,
  METRICS.nodeThreshold,
  METRICS.nodeInfo,
  METRICS.edgeWeight,
  METRICS.nodeContribution,
  METRICS.nodeLastUpdate,
  METRICS.businessImpact,
  METRICS.businessExposure,
  METRICS.businessUnitInfo,
];

/**
 * One range query per contract series the panel reads; the drift heatmap's series when asked; the
 * classifier's feature shares (the details' separating features) when the spec has such a node.
 */
export function cascadeTargets(drift: boolean, classifier = false): PromTarget[] {
  const metrics = [
    ...CASCADE_METRICS,
    ...(drift ? [METRICS.featureDrift] : []),
    ...(classifier ? [METRICS.multivariateFeatureShare] : []),
  ];
  return metrics.map((m) => target(sel(m.name), '__auto', { refId: m.name.replace(/^mlhealth_/, '') }));
}

function hasClassifierNode(spec: Spec): boolean {
  return spec.nodes.some((n) => n.signal?.kind === 'multivariate_drift' && n.signal.method === 'classifier');
}

function drillDownLinks(): NonNullable<NonNullable<Panel['fieldConfig']>['defaults']['links']> {
  const model = DASHBOARDS.model;
  const engineering = DASHBOARDS.engineering;
  const vars = 'var-node=${__field.labels.node}&${environment:queryparam}&${__url_time_range}';
  return [
    {
      title: 'Model detail',
      url: `/d/${model.uid}/${slugify(model.title)}?var-model=\${__field.labels.model}&${vars}`,
    },
    { title: 'Engineering view', url: `/d/${engineering.uid}/${slugify(engineering.title)}?${vars}` },
  ];
}

/** The cascade panel showing `tiers`, with impact in the spec's currency. */
export function cascadePanel(
  spec: Spec,
  title: string,
  tiers: Tier[],
  drift: boolean,
  gridPos: GridPos,
): Panel {
  return panel(
    CASCADE_PANEL_ID,
    {
      title,
      description:
        'The cascade from the exporter series. Needs the mlhealth-cascade-panel plugin; the core panels beside it work without.',
      targets: cascadeTargets(drift, hasClassifierNode(spec)),
      links: drillDownLinks(),
      options: {
        tiers,
        rootNode: '',
        orientation: 'horizontal',
        sortBySeverity: true,
        colorMode: 'safe',
        showSparklines: true,
        showTimeCursor: true,
        showImpact: true,
        impactUnit: currencyUnit(spec.currency),
        showRiskBars: true,
        showDrift: drift,
        driftModel: '',
      },
    },
    gridPos,
  );
}
