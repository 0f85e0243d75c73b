/**
 * The cascade panel's queries, as a generated dashboard carries them (the `mlhealth-cascade-panel`
 * targets, `$environment` filled in), answered by a real Prometheus over the last `seconds`: a capture
 * in the format of the panel's fixtures (grafana-plugin/fixtures/prometheus-demo.json, written by
 * grafana-plugin/scripts/capture-fixtures.ts), which the panel's tests and browser harness turn into
 * the frames Grafana's Prometheus datasource would hand the panel.
 */
import type { Dashboard, Panel, RowPanel } from '@grafana/schema';
import { CASCADE_PANEL_ID } from '../../../src/generate/dashboards/panels';
import { substitute } from './dashboardQueries';

interface PromAnswer {
  status: string;
  data: {
    resultType: string;
    result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }>;
  };
}

export interface PanelCapture {
  title: string;
  capturedWith: string;
  timeRange: { from: number; to: number };
  queries: Array<{
    refId: string;
    expr: string;
    format: 'time_series' | 'table';
    legendFormat: string;
    stepSeconds: number;
    response: PromAnswer;
  }>;
}

/** The targets of the dashboard's cascade panel. */
function cascadeTargets(
  dashboard: Dashboard,
): Array<{ refId: string; expr: string; legendFormat?: string; format?: string }> {
  const panels = (dashboard.panels ?? []) as Array<Panel | RowPanel>;
  const cascade = panels.find((p) => p.type === CASCADE_PANEL_ID) as Panel | undefined;
  if (cascade === undefined)
    throw new Error(`capturePanel: no ${CASCADE_PANEL_ID} in dashboard ${dashboard.uid}`);
  return (cascade.targets ?? []) as Array<{
    refId: string;
    expr: string;
    legendFormat?: string;
    format?: string;
  }>;
}

/** Range answers of the panel's queries at `url` over the last `seconds`, one point every `step`. */
export async function capturePanel(
  url: string,
  dashboard: Dashboard,
  vars: Record<string, string>,
  title: string,
  seconds = 20,
  step = 1,
): Promise<PanelCapture> {
  const end = Math.floor(Date.now() / 1000);
  const start = end - seconds;
  const queries: PanelCapture['queries'] = [];
  for (const t of cascadeTargets(dashboard)) {
    const expr = substitute(t.expr, vars);
    const q = new URLSearchParams({
      query: expr,
      start: String(start),
      end: String(end),
      step: String(step),
    });
    const response = (await (await fetch(`${url}/api/v1/query_range?${q}`)).json()) as PromAnswer;
    if (response.status !== 'success')
      throw new Error(`capturePanel: ${expr} answered ${JSON.stringify(response)}`);
    const format = t.format === 'table' ? 'table' : 'time_series';
    queries.push({
      refId: t.refId,
      expr,
      format,
      legendFormat: t.legendFormat ?? '__auto',
      stepSeconds: step,
      response,
    });
  }
  return {
    title,
    capturedWith: 'exporter/test/e2e/scaleOut.test.ts (MLHEALTH_CAPTURE_FIXTURES=1)',
    timeRange: { from: start * 1000, to: end * 1000 },
    queries,
  };
}
