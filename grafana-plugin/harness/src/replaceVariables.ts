/**
 * A small stand-in for Grafana's template service, enough for data links: `${__field.labels.<l>}`,
 * `${__field.name}`, `${__data.fields.<name>}` (the row of the link), `${__url_time_range}` and
 * `${__from}`/`${__to}`, URL-encoded when Grafana asks for it.
 */
import type { DataFrame, Field, InterpolateFunction, TimeRange } from '@grafana/data';

interface DataContext {
  frame?: DataFrame;
  field?: Field;
  rowIndex?: number;
}

export function makeReplaceVariables(timeRange: TimeRange): InterpolateFunction {
  return (value, scopedVars, format) => {
    const ctx = (scopedVars?.__dataContext?.value ?? {}) as DataContext;
    const encode = format === 'uriencode' ? encodeURIComponent : (s: string) => s;
    return value.replace(/\$\{([^}]+)\}/g, (whole, expr: string) => {
      const from = timeRange.from.valueOf();
      const to = timeRange.to.valueOf();
      if (expr === '__url_time_range') {
        return `from=${from}&to=${to}`;
      }
      if (expr === '__from' || expr === '__to') {
        return String(expr === '__from' ? from : to);
      }
      const label = /^__field\.labels\.(.+)$/.exec(expr);
      if (label) {
        return encode(ctx.field?.labels?.[label[1]] ?? '');
      }
      if (expr === '__field.name') {
        return encode(ctx.field?.name ?? '');
      }
      const column = /^__data\.fields\.(.+)$/.exec(expr);
      if (column && ctx.frame && ctx.rowIndex !== undefined) {
        const f = ctx.frame.fields.find((x) => x.name === column[1]);
        return encode(f ? String(f.values[ctx.rowIndex] ?? '') : '');
      }
      return whole;
    });
  };
}
