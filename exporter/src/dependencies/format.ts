/**
 * Text renderings of a dependency report: a table for the terminal and a Mermaid flowchart for
 * Markdown (GitHub, Grafana text panels). Pure.
 */
import { formatAmount, formatTable } from '../whatif/table';
import type { DependencyReport, DependencyVertex, SinglePointOfFailure } from './types';

const SHAPES: Record<DependencyVertex['kind'], [string, string]> = {
  promql_source: ['[(', ')]'],
  events: ['[(', ')]'],
  reference: ['[(', ')]'],
  labels: ['[(', ')]'],
  governance: ['[(', ')]'],
  feature: ['([', '])'],
  model: ['[[', ']]'],
  base: ['[', ']'],
  component: ['(', ')'],
  business: ['{{', '}}'],
};

/** Text safe inside a quoted Mermaid label. */
function mermaidText(text: string): string {
  return text
    .replace(/"/g, '#quot;')
    .replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))
    .replace(/\n/g, ' ');
}

/**
 * The graph as a Mermaid flowchart, left to right, single points of failure highlighted; vertex ids
 * are `v0`, `v1`, … (labels carry the real ids), exposure edges dotted.
 * @example dependencyMermaid(report).split('\n')[0] // 'flowchart LR'
 */
export function dependencyMermaid(report: DependencyReport): string {
  const index = new Map(report.graph.vertices.map((v, i) => [v.id, `v${i}`]));
  const spofs = new Set(report.single_points_of_failure.map((s) => s.id));
  const lines = [
    'flowchart LR',
    `  %% mlhealth dependencies of ${mermaidText(report.spec.name)} ${mermaidText(report.spec.version)}`,
  ];
  for (const v of report.graph.vertices) {
    const [open, close] = SHAPES[v.kind];
    const cls = spofs.has(v.id) ? ':::spof' : '';
    lines.push(`  ${index.get(v.id)}${open}"${mermaidText(v.id)}"${close}${cls}`);
  }
  for (const e of report.graph.edges) {
    lines.push(
      `  ${index.get(e.from)} ${e.kind === 'exposure' ? '-. exposure .->' : '-->'} ${index.get(e.to)}`,
    );
  }
  lines.push('  classDef spof stroke:#c0392b,stroke-width:3px');
  return lines.join('\n') + '\n';
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? '—' : ids.join(', ');
}

function spofBlock(s: SinglePointOfFailure, liveLabel: string): string {
  const rows: string[][] = [['node', 'measure', 'unit', liveLabel, 'if lost', 'difference']];
  for (const d of s.impacts) {
    rows.push([
      d.node,
      d.measure,
      d.unit,
      formatAmount(d.live),
      formatAmount(d.scenario),
      formatAmount(d.difference, true),
    ]);
  }
  const impact = formatTable(rows)
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  return [
    `${s.id} — ${s.label}`,
    `  reaches: ${list(s.reaches)}`,
    `  cuts every path to: ${list(s.cuts_all_paths_to)}`,
    `  exposure of: ${list(s.exposure_of)}`,
    `  nodes lost (${s.failed_nodes.length}): ${list(s.failed_nodes)}`,
    `  unknown if it fails: ${list(s.unknown_if_failed)}`,
    `  business impact if lost (failed nodes at score 0):`,
    impact,
  ].join('\n');
}

/** The report as text: the single points of failure with their impact, then every candidate's reach. */
export function dependencyTable(report: DependencyReport, liveLabel = 'live'): string {
  const n = report.single_points_of_failure.length;
  const header = `${report.spec.name} ${report.spec.version}: ${n} single point${n === 1 ? '' : 's'} of failure among ${report.candidates.length} inputs and features`;
  const blocks = report.single_points_of_failure.map((s) => spofBlock(s, liveLabel));
  const rows: string[][] = [['input', 'kind', 'nodes lost', 'reaches', 'shared', 'single point']];
  for (const c of report.candidates) {
    rows.push([
      c.id,
      c.kind,
      String(c.failed_nodes.length),
      list(c.reaches),
      c.shared ? 'yes' : 'no',
      c.single_point_of_failure ? 'yes' : 'no',
    ]);
  }
  const shared = `shared by two or more outcomes (not single points): ${list(report.shared_inputs)}`;
  return [
    header,
    '',
    ...blocks.flatMap((b) => [b, '']),
    shared,
    '',
    'all inputs and features',
    formatTable(rows),
  ].join('\n');
}
