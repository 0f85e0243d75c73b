/** `generateDashboards`: the three generated views, keyed by their `DASHBOARDS` entry. */
import type { Dashboard } from '@grafana/schema';
import type { GenerateContext } from '../context';
import type { DashboardKey } from '../links';
import { engineeringDashboard } from './engineering';
import { executiveDashboard } from './executive';
import { modelDetailDashboard } from './modelDetail';

/**
 * The executive, engineering and model detail dashboards of a spec, as Grafana "classic" JSON models
 * (what file provisioning accepts). Deterministic: panel ids by position, no timestamps or versions.
 * @example Object.keys(generateDashboards(ctx)) // ['executive', 'engineering', 'model']
 */
export function generateDashboards(ctx: GenerateContext): Record<DashboardKey, Dashboard> {
  return {
    executive: executiveDashboard(ctx),
    engineering: engineeringDashboard(ctx),
    model: modelDetailDashboard(ctx),
  };
}
