/**
 * The multivariate verdict of `mlhealth drift` for people: a few lines under the feature table (text)
 * or a small Markdown table. The verdict is a word (DRIFTED, no drift, NOT TESTED), never a symbol.
 */
import type { MultivariateReport } from './driftMultivariate';

type Formatter = (value: number) => string;

/** The verdict word of a multivariate report. */
export function multivariateVerdict(report: MultivariateReport): string {
  return report.drifted === null ? 'NOT TESTED' : report.drifted ? 'DRIFTED' : 'no drift';
}

/** Label/value rows describing the report; `format` renders numbers. */
export function multivariateRows(report: MultivariateReport, format: Formatter): [string, string][] {
  const rows: [string, string][] = [
    ['method', report.method],
    ['columns', report.columns.length === 0 ? '-' : report.columns.join(', ')],
  ];
  if (report.statistic === null) {
    rows.push(['result', `${multivariateVerdict(report)}: ${report.error ?? ''}`]);
  } else if (report.method === 'pca_reconstruction') {
    rows.push(
      [
        'components',
        `${report.components} (explaining ${percentOf(sum(report.explained_variance_ratio))} of the variance)`,
      ],
      ['reconstruction error', `${format(report.statistic)} (reference ${format(report.reference_error)})`],
      ['band', `${format(report.lower)} to ${format(report.upper)} (reference chunks: mean ∓ 3σ)`],
      ['result', multivariateVerdict(report)],
    );
  } else {
    const features = report.separating_features
      .slice(0, 5)
      .map((f) => `${f.feature} (${format(f.coefficient)})`)
      .join(', ');
    rows.push(
      ['ROC AUC', `${format(report.statistic)} (${report.fold_auc.length}-fold, seed ${report.seed})`],
      ['threshold', `${format(report.threshold)} (drift when AUC ≥ threshold)`],
      ['separating features', features === '' ? '-' : features],
      ['feature shares', sharesText(report.feature_shares)],
      ['result', multivariateVerdict(report)],
    );
  }
  for (const column of report.excluded_columns) rows.push(['left out', `${column.name}: ${column.reason}`]);
  return rows;
}

/** The report as text lines for the table format. */
export function multivariateText(report: MultivariateReport, format: Formatter): string[] {
  const rows = multivariateRows(report, format);
  const width = Math.max(...rows.map(([label]) => label.length));
  return ['multivariate drift:', ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)];
}

/** The report as a Markdown table; `escape` makes a cell safe. */
export function multivariateMarkdown(
  report: MultivariateReport,
  format: Formatter,
  escape: (text: string) => string,
): string[] {
  const rows = multivariateRows(report, format).map(([label, value]) => {
    const cell = label === 'result' && report.drifted === true ? `**${escape(value)}**` : escape(value);
    return `| ${escape(label)} | ${cell} |`;
  });
  return ['#### Multivariate drift', '', '| measure | value |', '| --- | --- |', ...rows];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function percentOf(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

// Each column's share of the classifier's separating weight, largest first: "x 45%, y 41%, c 14%".
function sharesText(shares: readonly { feature: string; share: number }[]): string {
  if (shares.length === 0) return '-';
  return [...shares]
    .sort((a, b) => b.share - a.share || a.feature.localeCompare(b.feature))
    .slice(0, 5)
    .map((s) => `${s.feature} ${percentOf(s.share)}`)
    .join(', ');
}
