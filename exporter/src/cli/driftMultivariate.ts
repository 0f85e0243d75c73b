/**
 * The multivariate part of `mlhealth drift`: picks the columns (`--multivariate-columns`, or every
 * column with at least one reference value), turns the row-ordered cells of both files into the core's
 * samples, runs PCA reconstruction or the domain classifier, and shapes the `multivariate` object of
 * the JSON report. A column is numeric when it is numeric in both files (0/1 columns included), else
 * categorical by its cells' text. A test that cannot run is reported with `error` and `drifted: null`:
 * missing data is never "no drift".
 */
import type { Dataset, RowColumn } from '../dataset';
import { closestName } from '../spec/closest';
import {
  classifierDrift,
  pcaReconstructionDrift,
  type MultivariateColumn,
  type MultivariateSample,
} from '../stats';
import type { MultivariateOptions } from './driftMultivariateOptions';
import { UsageError } from './io';

export interface ExcludedColumn {
  name: string;
  reason: string;
}

interface Common {
  columns: string[];
  excluded_columns: ExcludedColumn[];
  error: string | null;
}

export type MultivariateReport =
  | (Common & {
      method: 'pca_reconstruction';
      components: number;
      reference_error: number;
      statistic: number;
      lower: number;
      upper: number;
      drifted: boolean;
      explained_variance_ratio: number[];
      chunk_errors: number[];
    })
  | (Common & {
      method: 'classifier';
      statistic: number;
      threshold: number;
      drifted: boolean;
      fold_auc: number[];
      seed: number;
      separating_features: { feature: string; coefficient: number }[];
      feature_shares: { feature: string; share: number }[];
      reference_rows_used: number;
      current_rows_used: number;
    })
  | (Common & { method: 'pca_reconstruction' | 'classifier'; statistic: null; drifted: null });

/**
 * Runs the multivariate test of `options` over the columns `available` (those the command read).
 * Throws UsageError for a `--multivariate-columns` name that is not available or has no reference value.
 */
export function multivariateReportOf(
  reference: Dataset,
  current: Dataset,
  available: readonly string[],
  options: MultivariateOptions,
): MultivariateReport {
  const method = options.method === 'pca' ? 'pca_reconstruction' : 'classifier';
  const requested = options.columns ?? available;
  for (const name of requested) checkAvailable(name, available, reference.source);
  const excluded: ExcludedColumn[] = [];
  const refColumns: MultivariateColumn[] = [];
  const curColumns: MultivariateColumn[] = [];
  for (const name of requested) {
    const [ref, cur] = [rowColumnOf(reference, name), rowColumnOf(current, name)];
    const numeric = ref.kind === 'numeric' && cur.kind === 'numeric';
    const refColumn = toColumn(name, ref, numeric);
    if (!hasValue(refColumn)) {
      const reason = `no values in ${reference.source}`;
      if (options.columns !== undefined)
        throw new UsageError(`--multivariate-columns: column '${name}' has ${reason}`);
      excluded.push({ name, reason });
      continue;
    }
    refColumns.push(refColumn);
    curColumns.push(toColumn(name, cur, numeric));
  }
  const common = { columns: refColumns.map((c) => c.name), excluded_columns: excluded, error: null };
  const refSample: MultivariateSample = { rows: reference.rows, columns: refColumns };
  const curSample: MultivariateSample = { rows: current.rows, columns: curColumns };
  try {
    return method === 'pca_reconstruction'
      ? pcaReport(refSample, curSample, common)
      : classifierReport(refSample, curSample, options, common);
  } catch (err) {
    return { method, statistic: null, drifted: null, ...common, error: (err as Error).message };
  }
}

function pcaReport(
  reference: MultivariateSample,
  current: MultivariateSample,
  common: Common,
): MultivariateReport {
  const r = pcaReconstructionDrift(reference, current);
  return {
    method: 'pca_reconstruction',
    components: r.components,
    reference_error: r.referenceError,
    statistic: r.statistic,
    lower: r.lower,
    upper: r.upper,
    drifted: r.drifted,
    ...common,
    explained_variance_ratio: r.explainedRatio,
    chunk_errors: r.chunkErrors,
  };
}

function classifierReport(
  reference: MultivariateSample,
  current: MultivariateSample,
  options: MultivariateOptions,
  common: Common,
): MultivariateReport {
  const r = classifierDrift(reference, current, { threshold: options.threshold, seed: options.seed });
  return {
    method: 'classifier',
    statistic: r.statistic,
    threshold: r.threshold,
    drifted: r.drifted,
    ...common,
    fold_auc: r.foldAuc,
    seed: r.seed,
    separating_features: r.separatingFeatures,
    feature_shares: r.columnShares,
    reference_rows_used: r.referenceRowsUsed,
    current_rows_used: r.currentRowsUsed,
  };
}

function checkAvailable(name: string, available: readonly string[], source: string): void {
  if (available.includes(name)) return;
  const guess = closestName(name, available);
  const hint = guess === undefined ? ` (columns: ${available.join(', ')})` : ` (did you mean '${guess}'?)`;
  throw new UsageError(`--multivariate-columns: no column '${name}' in ${source}${hint}`);
}

function rowColumnOf(dataset: Dataset, name: string): RowColumn {
  const column = dataset.rowColumns?.get(name);
  if (column === undefined)
    throw new Error(`drift: column '${name}' of ${dataset.source} was not kept in row order`);
  return column;
}

/** A row column as the core's column: numbers (NaN missing), or categories (null missing). */
function toColumn(name: string, column: RowColumn, numeric: boolean): MultivariateColumn {
  if (numeric && column.kind === 'numeric') return { name, kind: 'numeric', values: column.values };
  const values: (string | null)[] = new Array<string | null>(
    column.kind === 'numeric' ? column.values.length : column.codes.length,
  );
  if (column.kind === 'numeric')
    column.values.forEach((v, i) => (values[i] = Number.isNaN(v) ? null : String(v)));
  else column.codes.forEach((code, i) => (values[i] = code < 0 ? null : column.categories[code]));
  return { name, kind: 'categorical', values };
}

function hasValue(column: MultivariateColumn): boolean {
  for (let i = 0; i < column.values.length; i++) {
    const v = column.values[i];
    if (v !== null && !(typeof v === 'number' && Number.isNaN(v))) return true;
  }
  return false;
}
