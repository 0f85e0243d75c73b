/**
 * Renders a drift report for people (an aligned text table, or a Markdown table for pull requests and CI
 * summaries) or for programs (JSON). Drift is spelled out as a word, never only as a symbol.
 */
import { multivariateMarkdown, multivariateText } from './driftMultivariateFormat';
import type { DriftReport, FeatureReport } from './driftReport';

export interface ReportSources {
  reference: string;
  current: string;
}

const HEADINGS = [
  'feature',
  'type',
  'method',
  'statistic',
  'p-value',
  'threshold',
  'missing ref',
  'missing cur',
  'result',
];
/** Columns aligned right in the text table (numbers). */
const NUMERIC = new Set([3, 4, 5, 6, 7]);

/** The report as JSON, two-space indented, with a final newline. */
export function formatJson(report: DriftReport, sources: ReportSources): string {
  return (
    JSON.stringify({ ...report, reference: sources.reference, current: sources.current }, null, 2) + '\n'
  );
}

/** The report as an aligned text table with a title, the verdict and the reasons for untested features. */
export function formatTable(report: DriftReport, sources: ReportSources): string {
  const rows = [HEADINGS, ...report.features.map(cells)];
  const widths = HEADINGS.map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (NUMERIC.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    title(report, sources),
    '',
    line(HEADINGS),
    rule,
    ...report.features.map((f) => line(cells(f))),
    '',
    ...summary(report),
    ...(report.multivariate === undefined
      ? []
      : ['', ...multivariateText(report.multivariate, formatNumber)]),
    '',
  ].join('\n');
}

/** The report as GitHub-flavoured Markdown. */
export function formatMarkdown(report: DriftReport, sources: ReportSources): string {
  const escape = (text: string) =>
    text
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/\r?\n|\r/g, ' ');
  const align = HEADINGS.map((_, c) => (NUMERIC.has(c) ? '--:' : '---'));
  const row = (values: string[]) => `| ${values.map(escape).join(' | ')} |`;
  const body = report.features.map((f) => {
    const values = cells(f);
    if (f.drifted === true) values[8] = `**${values[8]}**`;
    return row(values);
  });
  return [
    `### ${escape(title(report, sources))}`,
    '',
    row(HEADINGS),
    `| ${align.join(' | ')} |`,
    ...body,
    '',
    ...summary(report).map((text) => escape(text) + '  '),
    ...(report.multivariate === undefined
      ? []
      : ['', ...multivariateMarkdown(report.multivariate, formatNumber, escape)]),
    '',
  ].join('\n');
}

function title(report: DriftReport, sources: ReportSources): string {
  return (
    `Drift check: reference ${sources.reference} (${report.reference_rows} rows) ` +
    `vs current ${sources.current} (${report.current_rows} rows)`
  );
}

function cells(f: FeatureReport): string[] {
  const result = f.error !== null ? 'NOT TESTED' : f.drifted === true ? 'DRIFTED' : 'no drift';
  return [
    f.name,
    f.type,
    f.method,
    f.statistic === null ? '-' : formatNumber(f.statistic),
    f.p_value === null ? '-' : formatPValue(f.p_value),
    formatNumber(f.threshold),
    percent(f.missing_ratio_reference),
    percent(f.missing_ratio_current),
    result,
  ];
}

function summary(report: DriftReport): string[] {
  const tested = report.tested_features;
  const untested = report.untested_features > 0 ? `, ${report.untested_features} not tested` : '';
  const lines = [
    `${report.drifted_features} of ${tested} tested features drifted (${percent(report.drift_share)})${untested}; ` +
      `dataset drift: ${report.dataset_drifted ? 'YES' : 'no'} ` +
      `(when at least ${percent(report.drift_share_threshold)} of tested features drift)`,
  ];
  if (report.correction !== 'none') {
    const name = report.correction === 'bh' ? 'Benjamini-Hochberg' : 'Bonferroni';
    lines.push(
      `p-values are ${name} adjusted over ${countPValueFeatures(report)} tests before comparing with the threshold`,
    );
  }
  for (const f of report.features) if (f.error !== null) lines.push(`not tested: ${f.name}: ${f.error}`);
  return lines;
}

function countPValueFeatures(report: DriftReport): number {
  return report.features.filter((f) => f.error === null && f.p_value !== null).length;
}

/** Four significant digits, without trailing zeros; exponent form below 1e-4. */
export function formatNumber(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

/** A p-value: three significant digits, exponent form below 1e-4, `<1e-300` for underflow to 0. */
export function formatPValue(p: number): string {
  if (p === 0) return '<1e-300';
  if (p < 1e-4) return p.toExponential(2);
  return String(Number(p.toPrecision(3)));
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
