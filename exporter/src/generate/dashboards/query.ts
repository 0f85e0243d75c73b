/**
 * PromQL for the generated dashboards. Every selector filters on the `$environment` variable (a
 * scrape-target label, `.*` for All), so one dashboard serves every environment.
 */
/** A Prometheus datasource query as Grafana stores it in panel JSON. */
export type PromTarget = {
  refId: string;
  expr: string;
  legendFormat: string;
  /** Instant query (one value per series) instead of a range. */
  instant?: boolean;
  range?: boolean;
  format?: 'time_series' | 'table' | 'heatmap';
};

/** `metric{environment=~"$environment",k="v",...}`; a value starting with `=~` or `!=` keeps its operator. */
export function sel(metric: string, matchers: Record<string, string> = {}): string {
  const parts = ['environment=~"$environment"'];
  for (const [k, v] of Object.entries(matchers)) {
    const op = v.startsWith('=~') || v.startsWith('!=') || v.startsWith('!~') ? v.slice(0, 2) : '=';
    const value = op === '=' ? v : v.slice(2);
    parts.push(`${k}${op}"${value}"`);
  }
  return `${metric}{${parts.join(',')}}`;
}

/** A target; refIds are given by position (A, B, ...) unless named. */
export function target(expr: string, legendFormat: string, options: Partial<PromTarget> = {}): PromTarget {
  return { refId: 'A', expr, legendFormat, range: options.instant !== true, ...options };
}

/** Assigns refIds A, B, C... to targets that do not name one. */
export function withRefIds(targets: PromTarget[]): PromTarget[] {
  return targets.map((t, i) => ({
    ...t,
    refId: t.refId === 'A' && i > 0 ? String.fromCharCode(65 + i) : t.refId,
  }));
}
