/**
 * The multivariate options of `mlhealth drift`: `--multivariate [pca|classifier]` (a bare flag means
 * pca), `--multivariate-columns a,b`, and the classifier's `--multivariate-threshold` and
 * `--multivariate-seed`. Parsed once; the command receives a valid value or none.
 */
import { DEFAULT_AUC_THRESHOLD } from '../stats';
import { choiceOption, listOption, numberOption } from './args';
import { UsageError } from './io';

export const MULTIVARIATE_METHODS = ['pca', 'classifier'] as const;
export type MultivariateMethod = (typeof MULTIVARIATE_METHODS)[number];

export interface MultivariateOptions {
  method: MultivariateMethod;
  /** The columns to use; all usable ones when absent. */
  columns?: string[];
  /** The classifier's AUC threshold. */
  threshold: number;
  /** The classifier's seed (folds, row sampling). */
  seed: number;
}

/** The parseArgs declarations of the multivariate options. */
export const MULTIVARIATE_ARGS = {
  multivariate: { type: 'string' },
  'multivariate-columns': { type: 'string' },
  'multivariate-threshold': { type: 'string' },
  'multivariate-seed': { type: 'string' },
} as const;

export const MULTIVARIATE_USAGE = `  --multivariate [M]    also test the rows as a whole: pca (default: PCA reconstruction error) | classifier
                        (a classifier telling reference rows from current rows; drift when its ROC AUC is high)
  --multivariate-columns a,b
                        the columns the multivariate test uses (default: every column with reference values)
  --multivariate-threshold X
                        classifier: drift when the cross-validated AUC is ≥ X (default ${DEFAULT_AUC_THRESHOLD})
  --multivariate-seed N classifier: the seed of its folds and row sampling (default 0)
`;

/**
 * Gives a bare `--multivariate` its default value, so `--multivariate --format json` and a trailing
 * `--multivariate` parse; a following word that is not an option is its value (and is checked later).
 */
export function withMultivariateDefault(argv: readonly string[]): string[] {
  const out: string[] = [];
  argv.forEach((arg, i) => {
    const next = argv[i + 1];
    if (arg === '--multivariate' && (next === undefined || next.startsWith('-')))
      out.push('--multivariate=pca');
    else out.push(arg);
  });
  return out;
}

/** The multivariate options, or undefined when `--multivariate` was not given. Throws UsageError. */
export function parseMultivariateOptions(values: {
  multivariate?: string;
  'multivariate-columns'?: string;
  'multivariate-threshold'?: string;
  'multivariate-seed'?: string;
}): MultivariateOptions | undefined {
  if (values.multivariate === undefined) {
    const stray = (['multivariate-columns', 'multivariate-threshold', 'multivariate-seed'] as const).find(
      (name) => values[name] !== undefined,
    );
    if (stray !== undefined) throw new UsageError(`--${stray} needs --multivariate`);
    return undefined;
  }
  const method = choiceOption('multivariate', values.multivariate, MULTIVARIATE_METHODS);
  const columnsText = values['multivariate-columns'];
  const columns = columnsText === undefined ? undefined : listOption('multivariate-columns', columnsText);
  const repeated = columns?.find((name, i) => columns.indexOf(name) !== i);
  if (repeated !== undefined) throw new UsageError(`--multivariate-columns names '${repeated}' twice`);
  const thresholdText = values['multivariate-threshold'];
  const seedText = values['multivariate-seed'];
  if (method === 'pca' && (thresholdText !== undefined || seedText !== undefined)) {
    throw new UsageError(
      '--multivariate-threshold and --multivariate-seed apply to --multivariate classifier; pca sets its band from the reference',
    );
  }
  return {
    method,
    columns,
    threshold:
      thresholdText === undefined
        ? DEFAULT_AUC_THRESHOLD
        : numberOption('multivariate-threshold', thresholdText, { min: 0.5, max: 1 }),
    seed:
      seedText === undefined
        ? 0
        : numberOption('multivariate-seed', seedText, { min: 0, max: 2 ** 32 - 1, integer: true }),
  };
}
