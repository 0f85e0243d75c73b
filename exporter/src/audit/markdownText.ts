/**
 * Markdown building blocks for the audit report: escaped cells, tables, timestamps, and the note of a
 * section that needs Prometheus. Pure.
 */
import type { Needs } from './types';

/** Text safe in a Markdown table cell: no pipes, newlines or HTML. */
export function cell(text: string | number | null): string {
  if (text === null) return '—';
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** A Markdown table from a header and rows (already escaped). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (r: readonly string[]) => `| ${r.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Unix seconds as ISO-8601 UTC without milliseconds. */
export function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** A section that needs Prometheus: what it would show and from which queries. */
export function needsText(n: Needs): string {
  return `_Not available: ${cell(n.reason)}._ Queries: ${n.queries.map((q) => `\`${q}\``).join(', ')}.`;
}
