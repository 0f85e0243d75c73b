/**
 * `mlhealth drift`: a batch drift check for pipelines. Streams the reference and the current file into
 * columns, tests each feature, prints a table, Markdown or JSON, and sets the exit code
 * (0 done, 1 drift with --fail-on-drift, 2 bad usage or bad input). Documented in docs/drift.md.
 */
import { resolve } from 'node:path';
import { DatasetError, pairColumns, type Dataset } from '../dataset';
import { formatJson, formatMarkdown, formatTable } from './driftFormat';
import { multivariateReportOf } from './driftMultivariate';
import { DRIFT_USAGE, parseDriftOptions, type DriftOptions } from './driftOptions';
import { buildDriftReportWith, type DriftReport } from './driftReport';
import {
  driftTaskRunner,
  driftThreads,
  readDriftFiles,
  withDriftPool,
  type PoolSource,
} from './driftThreads';
import { UsageError, type CliCommand } from './io';

export const runDrift: CliCommand = async (argv, io) => {
  const options = parseDriftOptions(argv);
  if (options === null) {
    io.stdout(DRIFT_USAGE);
    return 0;
  }
  // Files are named in messages as the user wrote them.
  const sources = { reference: options.reference, current: options.current };
  const read = {
    columns: options.columns,
    types: options.types,
    keepRows: options.multivariate !== undefined,
  };
  const files = [
    { path: resolve(io.cwd, options.reference), source: `reference ${sources.reference}` },
    { path: resolve(io.cwd, options.current), source: `current ${sources.current}` },
  ];
  const threads = await driftThreads(options.workers, io.env, [files[0].path, files[1].path]);
  const report = await withDriftPool(threads, async (pool) => {
    let reference: Dataset;
    let current: Dataset;
    try {
      [reference, current] = await readDriftFiles(files, read, pool);
    } catch (err) {
      if (err instanceof DatasetError) throw new UsageError(err.message);
      throw err;
    }
    if (options.columns === undefined) checkSameColumns(reference, current);
    return driftReportOf(reference, current, options, pool);
  });
  const render =
    options.format === 'json' ? formatJson : options.format === 'markdown' ? formatMarkdown : formatTable;
  io.stdout(render(report, sources));
  return exitCode(report, options, io.stderr);
};

async function driftReportOf(
  reference: Dataset,
  current: Dataset,
  options: DriftOptions,
  pool: PoolSource,
): Promise<DriftReport> {
  const names = options.columns ?? reference.columns;
  // First, so a mistyped --multivariate-columns is reported before the univariate tests run.
  const multivariate =
    options.multivariate === undefined
      ? undefined
      : multivariateReportOf(reference, current, names, options.multivariate);
  const pairs = names.map((name) => {
    const ref = reference.data.get(name);
    const cur = current.data.get(name);
    if (ref === undefined || cur === undefined) throw new Error(`drift: column '${name}' was not read`);
    return pairColumns(name, ref, cur, options.types.get(name));
  });
  const settings = {
    method: options.method,
    threshold: options.threshold,
    correction: options.correction,
    bins: options.bins,
    driftShare: options.driftShare,
    referenceRows: reference.rows,
    currentRows: current.rows,
  };
  const report = await buildDriftReportWith(pairs, settings, driftTaskRunner(pool));
  return multivariate === undefined ? report : { ...report, multivariate };
}

/** Throws UsageError naming the columns only one of the files has. */
function checkSameColumns(reference: Dataset, current: Dataset): void {
  const inCurrent = new Set(current.columns);
  const inReference = new Set(reference.columns);
  const onlyReference = reference.columns.filter((name) => !inCurrent.has(name));
  const onlyCurrent = current.columns.filter((name) => !inReference.has(name));
  if (onlyReference.length === 0 && onlyCurrent.length === 0) return;
  const list = (names: string[]) => names.map((name) => `'${name}'`).join(', ');
  const parts = [
    onlyReference.length > 0 ? `only in the reference: ${list(onlyReference)}` : '',
    onlyCurrent.length > 0 ? `only in the current: ${list(onlyCurrent)}` : '',
  ].filter((part) => part !== '');
  throw new UsageError(
    `${reference.source} and ${current.source} have different columns (${parts.join('; ')}); ` +
      'pick common ones with --columns',
  );
}

function exitCode(report: DriftReport, options: DriftOptions, stderr: (text: string) => void): number {
  if (!options.failOnDrift) return 0;
  const multivariate = report.multivariate;
  if (multivariate?.drifted === true) {
    stderr(`mlhealth drift: the rows drifted as a whole (${multivariate.method})\n`);
    return 1;
  }
  if (multivariate !== undefined && multivariate.drifted === null) {
    stderr(
      `mlhealth drift: the multivariate test could not run (${multivariate.error}), so drift is not ruled out\n`,
    );
    return 1;
  }
  if (report.dataset_drifted) {
    stderr(
      `mlhealth drift: dataset drifted: ${report.drifted_features} of ${report.tested_features} tested features\n`,
    );
    return 1;
  }
  if (report.untested_features > 0) {
    stderr(
      `mlhealth drift: ${report.untested_features} feature(s) could not be tested, so drift is not ruled out\n`,
    );
    return 1;
  }
  return 0;
}
