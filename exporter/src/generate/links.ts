/**
 * The generated dashboards' identities and the links into them: alerts' `dashboard_url`, links
 * between the views, and the catalogue all use these, so a uid is spelled in one place.
 */
import type { NodeSpec, Spec } from '../spec/types';

export interface DashboardIdentity {
  uid: string;
  title: string;
  /** Sub-directory of `dashboards/` and the Grafana folder it is provisioned into. */
  folder: string;
  folderTitle: string;
}

export const DASHBOARDS = {
  executive: {
    uid: 'mlhealth-executive',
    title: 'Executive view',
    folder: 'executive',
    folderTitle: 'mlhealth · Executive',
  },
  engineering: {
    uid: 'mlhealth-engineering',
    title: 'Engineering view',
    folder: 'engineering',
    folderTitle: 'mlhealth · Engineering',
  },
  model: { uid: 'mlhealth-model', title: 'Model detail', folder: 'models', folderTitle: 'mlhealth · Models' },
} as const satisfies Record<string, DashboardIdentity>;

export type DashboardKey = keyof typeof DASHBOARDS;

/** Grafana's URL slug of a title: lower case, runs of other characters turned into one dash. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The URL of a dashboard with variables set, absolute when the spec gives `links.grafana_url`.
 * @example dashboardUrl(spec, 'model', { model: 'fraud' }) // 'http://localhost:3000/d/mlhealth-model/model-detail?var-model=fraud'
 */
export function dashboardUrl(spec: Spec, key: DashboardKey, vars: Record<string, string>): string {
  const d = DASHBOARDS[key];
  const base = (spec.links.grafana_url ?? '').replace(/\/+$/, '');
  const query = Object.entries(vars)
    .map(([k, v]) => `var-${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${base}/d/${d.uid}/${slugify(d.title)}${query === '' ? '' : `?${query}`}`;
}

/** The drill-down of a node: the model detail view for base nodes, the engineering view for parents. */
export function dashboardUrlFor(spec: Spec, node: NodeSpec): string {
  const vars: Record<string, string> = {};
  if (node.model !== undefined) vars.model = node.model;
  vars.node = node.id;
  return dashboardUrl(spec, node.tier === 'base' ? 'model' : 'engineering', vars);
}
