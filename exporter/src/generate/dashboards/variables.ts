/**
 * What every generated dashboard shares: the datasource variable (defaulting to the provisioned
 * Prometheus, fixed uid), environment and model variables, links to the other mlhealth views, alert
 * annotations from `ALERTS`, and the dashboard shell.
 */
import type {
  AnnotationQuery,
  Dashboard,
  DataSourceRef,
  Panel,
  RowPanel,
  VariableModel,
} from '@grafana/schema';
import type { Spec } from '../../spec/types';
import type { DashboardIdentity } from '../links';
import { numberPanels } from './panels';
import { sel } from './query';

/** Fixed datasource uids of the provisioned datasources (`provisioning/grafana/datasources`). */
export const DATASOURCE_UIDS = {
  prometheus: 'mlhealth-prometheus',
  alertmanager: 'mlhealth-alertmanager',
} as const;

export const DATASOURCE_REF: DataSourceRef = { type: 'prometheus', uid: '${datasource}' };

/** Tag every generated dashboard carries; the dashboard links list dashboards by it. */
export const DASHBOARD_TAG = 'mlhealth';

/**
 * Schema version of the generated JSON: the current one of the @grafana/schema the project builds
 * against (`defaultDashboard.schemaVersion`, 42 in 13.1 and 13.2), so Grafana runs no migration on load.
 */
export const SCHEMA_VERSION = 42;

const ON_LOAD = 1 as VariableModel['refresh'];
const ALPHABETICAL = 1 as VariableModel['sort'];

export function datasourceVariable(): VariableModel {
  return {
    name: 'datasource',
    label: 'Data source',
    type: 'datasource',
    query: 'prometheus',
    current: { text: 'Prometheus (mlhealth)', value: DATASOURCE_UIDS.prometheus },
    refresh: ON_LOAD,
  };
}

/** A query variable over label values; `all` adds an All option matching everything (also absent labels). */
export function labelVariable(
  name: string,
  label: string,
  query: string,
  options: { multi?: boolean; all?: boolean } = {},
): VariableModel {
  const v: VariableModel = {
    name,
    label,
    type: 'query',
    datasource: DATASOURCE_REF,
    query: { query, refId: `${name}-values` },
    definition: query,
    refresh: 2 as VariableModel['refresh'],
    sort: ALPHABETICAL,
    multi: options.multi ?? false,
    includeAll: options.all ?? false,
  } as VariableModel;
  if (options.all === true) {
    v.allValue = '.*';
    v.current = { text: 'All', value: '$__all' };
  }
  return v;
}

export function environmentVariable(): VariableModel {
  return labelVariable('environment', 'Environment', 'label_values(up{job="mlhealth"}, environment)', {
    multi: true,
    all: true,
  });
}

export function modelVariable(multi: boolean): VariableModel {
  return labelVariable('model', 'Model', `label_values(${sel('mlhealth_model_info')}, model)`, {
    multi,
    all: multi,
  });
}

/** Firing mlhealth alerts as annotations (range query over `ALERTS`, one annotation per firing point). */
export function alertAnnotations(): AnnotationQuery {
  const expr = sel('ALERTS', { alertstate: 'firing', alertname: '=~Mlhealth.*' });
  // The Prometheus datasource reads its annotation query from `target` (Grafana >= 10) and, for older
  // dashboards, from the top-level fields; both are written so any supported Grafana reads it.
  const legacy = {
    expr,
    step: '1m',
    titleFormat: '{{alertname}} {{node}}',
    tagKeys: 'severity,team,node',
    textFormat: '{{severity}} · {{team}}',
    useValueForTime: false,
  };
  const query: AnnotationQuery = {
    name: 'mlhealth alerts',
    enable: true,
    iconColor: 'red',
    datasource: DATASOURCE_REF,
    target: { refId: 'alerts', expr } as AnnotationQuery['target'],
  };
  return { ...query, ...legacy };
}

/** A dashboard with the shared variables, links and annotations. */
export function dashboardShell(
  spec: Spec,
  identity: DashboardIdentity,
  description: string,
  variables: VariableModel[],
  panels: Array<Panel | RowPanel>,
): Dashboard {
  return {
    uid: identity.uid,
    title: identity.title,
    description: `${description} Generated from spec ${spec.name} ${spec.version}.`,
    tags: [DASHBOARD_TAG],
    editable: true,
    graphTooltip: 1 as Dashboard['graphTooltip'],
    schemaVersion: SCHEMA_VERSION,
    time: { from: 'now-1h', to: 'now' },
    refresh: '30s',
    timezone: 'browser',
    links: [
      {
        title: 'mlhealth',
        type: 'dashboards',
        tags: [DASHBOARD_TAG],
        asDropdown: false,
        includeVars: true,
        keepTime: true,
        icon: 'external link',
        targetBlank: false,
        tooltip: '',
        url: '',
      },
    ],
    annotations: { list: [alertAnnotations()] },
    templating: { list: [datasourceVariable(), environmentVariable(), ...variables] },
    panels: numberPanels(panels),
  };
}
