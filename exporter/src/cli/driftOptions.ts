/**
 * The options of `mlhealth drift`, parsed and checked once; everything below receives a valid value.
 */
import type { ColumnType } from '../dataset';
import { DRIFT_METHODS, isPValueMethod, type Correction, type DriftMethod } from '../stats';
import { choiceOption, listOption, numberOption, parseCommandArgs } from './args';
import {
  MULTIVARIATE_ARGS,
  MULTIVARIATE_USAGE,
  parseMultivariateOptions,
  withMultivariateDefault,
  type MultivariateOptions,
} from './driftMultivariateOptions';
import { UsageError } from './io';

export const CORRECTIONS = ['none', 'bonferroni', 'bh'] as const satisfies readonly Correction[];
export const FORMATS = ['table', 'json', 'markdown'] as const;
const COLUMN_TYPES = ['numeric', 'categorical', 'binary'] as const satisfies readonly ColumnType[];

/** The most `--workers` accepts (a cap: the pool never exceeds the machine's available parallelism). */
export const MAX_WORKERS = 1024;

/** Share of drifted features at which the dataset counts as drifted, as in Evidently's DatasetDriftMetric. */
export const DEFAULT_DRIFT_SHARE = 0.5;

export interface DriftOptions {
  reference: string;
  current: string;
  method: DriftMethod | 'auto';
  /** Replaces every method's default threshold when given. */
  threshold?: number;
  correction: Correction;
  columns?: string[];
  types: Map<string, ColumnType>;
  bins?: number;
  format: (typeof FORMATS)[number];
  failOnDrift: boolean;
  driftShare: number;
  /** The test of the rows as a whole, when `--multivariate` asked for one. */
  multivariate?: MultivariateOptions;
  /** `--workers`: at most this many worker threads (undefined: MLHEALTH_WORKERS, else the machine's). */
  workers?: number;
}

export const DRIFT_USAGE = `usage: mlhealth drift --reference REF --current CUR [options]

Compares each column of CUR with the same column of REF (CSV with a header row, or JSON Lines:
.csv, .jsonl, .ndjson) and reports which features drifted.

options:
  --reference PATH      reference data (e.g. the training set)
  --current PATH        current data (e.g. last week's inputs)
  --method M            auto (default) | ${DRIFT_METHODS.join(' | ')}
  --threshold X         drift threshold for every feature (default: the method's own, see docs/drift.md)
  --correction C        multiple-testing correction of p-values: none (default) | bonferroni | bh
  --columns a,b         check only these columns
  --types a=numeric,b=categorical
                        force column types (numeric | categorical | binary) instead of inferring them
  --bins N              bins for psi, jensenshannon and hellinger on numeric columns (default 10)
  --drift-share X       the dataset drifts when at least this share of tested features drift (default ${DEFAULT_DRIFT_SHARE})
${MULTIVARIATE_USAGE}  --format F            table (default) | json | markdown
  --fail-on-drift       exit 1 when the dataset drifted, a feature (or the multivariate test) could not be
                        tested, or the multivariate test found drift
  --workers N           at most N worker threads for large files (default: $MLHEALTH_WORKERS, else one
                        per available CPU); 1 runs everything on the main thread
  -h, --help            show this help

exit codes: 0 done, 1 drift found (with --fail-on-drift), 2 bad usage or bad input
`;

/** Parses `argv`; returns null when help was asked for. Throws UsageError for anything invalid. */
export function parseDriftOptions(argv: string[]): DriftOptions | null {
  const { values } = parseCommandArgs({
    args: withMultivariateDefault(argv),
    options: {
      ...MULTIVARIATE_ARGS,
      reference: { type: 'string' },
      current: { type: 'string' },
      method: { type: 'string', default: 'auto' },
      threshold: { type: 'string' },
      correction: { type: 'string', default: 'none' },
      columns: { type: 'string' },
      types: { type: 'string' },
      bins: { type: 'string' },
      'drift-share': { type: 'string' },
      format: { type: 'string', default: 'table' },
      'fail-on-drift': { type: 'boolean', default: false },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  if (values.reference === undefined) throw new UsageError('--reference PATH is required (see --help)');
  if (values.current === undefined) throw new UsageError('--current PATH is required (see --help)');
  const columns = values.columns === undefined ? undefined : listOption('columns', values.columns);
  if (columns !== undefined) {
    const repeated = columns.find((name, i) => columns.indexOf(name) !== i);
    if (repeated !== undefined) throw new UsageError(`--columns names '${repeated}' twice`);
  }
  const method = choiceOption('method', values.method, ['auto', ...DRIFT_METHODS]);
  const threshold =
    values.threshold === undefined
      ? undefined
      : numberOption('threshold', values.threshold, { min: 0, exclusiveMin: true });
  if (threshold !== undefined && threshold >= 1 && method !== 'auto' && isPValueMethod(method)) {
    throw new UsageError(
      `--threshold ${threshold} is not a significance level in (0, 1), which ${method} compares p-values with`,
    );
  }
  return {
    reference: values.reference,
    current: values.current,
    method,
    threshold,
    correction: choiceOption('correction', values.correction, CORRECTIONS),
    columns,
    types: values.types === undefined ? new Map() : parseTypes(values.types),
    bins:
      values.bins === undefined
        ? undefined
        : numberOption('bins', values.bins, { min: 2, max: 10000, integer: true }),
    format: choiceOption('format', values.format, FORMATS),
    failOnDrift: values['fail-on-drift'],
    driftShare:
      values['drift-share'] === undefined
        ? DEFAULT_DRIFT_SHARE
        : numberOption('drift-share', values['drift-share'], { min: 0, max: 1 }),
    multivariate: parseMultivariateOptions(values),
    workers: workersOption(values.workers),
  };
}

function workersOption(value: string | undefined): number | undefined {
  return value === undefined
    ? undefined
    : numberOption('workers', value, { min: 1, max: MAX_WORKERS, integer: true });
}

/** `a=numeric,b=categorical` → a map; the last `=` separates, so a column name may hold `=`. */
function parseTypes(value: string): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  for (const item of listOption('types', value)) {
    const at = item.lastIndexOf('=');
    if (at <= 0)
      throw new UsageError(`--types item '${item}' is not COLUMN=TYPE (TYPE: ${COLUMN_TYPES.join(', ')})`);
    const name = item.slice(0, at).trim();
    if (types.has(name)) throw new UsageError(`--types gives column '${name}' twice`);
    const type = item.slice(at + 1).trim();
    if (!(COLUMN_TYPES as readonly string[]).includes(type)) {
      throw new UsageError(`--types ${name}=${type}: '${type}' is not one of ${COLUMN_TYPES.join(', ')}`);
    }
    types.set(name, type as ColumnType);
  }
  return types;
}
