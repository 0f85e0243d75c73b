/**
 * Every PromQL expression of a generated dashboard — panel targets, annotation queries, query
 * variables — with the dashboard variables substituted, so a test can run each against Prometheus.
 */
import type { Dashboard, Panel, RowPanel } from '@grafana/schema';

export interface DashboardQuery {
  where: string;
  expr: string;
  /** For `label_values(selector, label)` variables: the label every answer must carry. */
  label?: string;
}

/** Replaces `$name` and `${name}` of each variable (longest names first). */
export function substitute(expr: string, vars: Record<string, string>): string {
  let out = expr;
  for (const name of Object.keys(vars).sort((a, b) => b.length - a.length)) {
    out = out
      .split(`\${${name}}`)
      .join(vars[name] as string)
      .split(`$${name}`)
      .join(vars[name] as string);
  }
  return out;
}

export function dashboardQueries(dashboard: Dashboard, vars: Record<string, string>): DashboardQuery[] {
  const out: DashboardQuery[] = [];
  const panels = (dashboard.panels ?? []) as Array<Panel | RowPanel>;
  for (const p of panels) {
    for (const t of ((p as Panel).targets ?? []) as Array<{ expr?: string }>) {
      if (t.expr !== undefined)
        out.push({ where: `${dashboard.uid} panel '${p.title ?? ''}'`, expr: substitute(t.expr, vars) });
    }
  }
  for (const a of (dashboard.annotations?.list ?? []) as Array<{ name: string; expr?: string }>) {
    if (a.expr !== undefined)
      out.push({ where: `${dashboard.uid} annotation '${a.name}'`, expr: substitute(a.expr, vars) });
  }
  for (const v of dashboard.templating?.list ?? []) {
    const definition = (v as { definition?: string }).definition;
    const m = definition === undefined ? null : /^label_values\((.+), (\w+)\)$/.exec(definition);
    if (m !== null)
      out.push({
        where: `${dashboard.uid} variable '${v.name}'`,
        expr: substitute(m[1] as string, vars),
        label: m[2] as string,
      });
  }
  return out;
}
