/**
 * Domain-classifier drift (the test of Evidently and alibi-detect): label reference rows 0 and current
 * rows 1, encode both as the PCA method does (`encode.ts`, fitted on the reference), expand the
 * features (`features.ts`), and measure how well a classifier tells them apart: the mean ROC AUC over
 * k stratified, seeded folds (5 by default) of an L2 logistic regression (`logistic.ts`). Drift when the
 * AUC is ≥ the threshold (0.55 by default, Evidently's). Each sample is first cut to at most
 * `maxRows` rows by seeded sampling without replacement, which bounds the time.
 *
 * The separating features are ranked by the magnitude of their coefficient in a model fitted on all the
 * (sampled) rows; every feature is standardised, so magnitudes compare. The same model's weight is also
 * told per original column (`columnShares` in features.ts: products split between their two columns).
 */
import { rocAuc } from './auc';
import { encodeSample, fitEncoding } from './encode';
import { columnShares, expand, planFeatures } from './features';
import { stratifiedFolds } from './folds';
import { fitLogistic, predictLogistic } from './logistic';
import { sampleRows, seededUniform } from './seeded';
import type { DenseMatrix, MultivariateColumn, MultivariateSample } from './types';

export const DEFAULT_AUC_THRESHOLD = 0.55;
export const DEFAULT_FOLDS = 5;
export const DEFAULT_CLASSIFIER_ROWS = 20000;

export interface ClassifierDriftOptions {
  threshold?: number;
  folds?: number;
  seed?: number;
  /** Rows used from each sample at most (default 20 000). */
  maxRows?: number;
  /** Features reported as separating (default 10). */
  top?: number;
}

export interface SeparatingFeature {
  feature: string;
  coefficient: number;
}

export interface ColumnShare {
  feature: string;
  share: number;
}

export interface ClassifierDriftResult {
  method: 'classifier';
  /** Mean ROC AUC over the folds. */
  statistic: number;
  threshold: number;
  drifted: boolean;
  foldAuc: number[];
  seed: number;
  /** Features by decreasing |coefficient| (positive: more typical of the current rows). */
  separatingFeatures: SeparatingFeature[];
  /** Each column's share of the separating weight, in column order (`columnShares`; sums to 1). */
  columnShares: ColumnShare[];
  referenceRowsUsed: number;
  currentRowsUsed: number;
  columns: string[];
}

/**
 * Tests `current` against `reference` with a domain classifier (see the file header).
 *
 * Complexity O(steps · folds · n · f²) for n used rows and f features. Throws when the samples' columns
 * differ or are none, a sample has fewer rows than folds, a column has no reference value, or an
 * option is out of range.
 *
 * @example
 * // reference and current of pcaReconstructionDrift's example (y follows x, then runs against it)
 * const r = classifierDrift(reference, current, { seed: 1 });
 * [r.statistic, r.drifted, r.separatingFeatures[0]];
 * // => [ 1, true, { feature: 'x×y', coefficient: -2.22907610265227 } ]
 */
export function classifierDrift(
  reference: MultivariateSample,
  current: MultivariateSample,
  options: ClassifierDriftOptions = {},
): ClassifierDriftResult {
  const { threshold = DEFAULT_AUC_THRESHOLD, folds = DEFAULT_FOLDS, seed = 0 } = options;
  const { maxRows = DEFAULT_CLASSIFIER_ROWS, top = 10 } = options;
  checkOptions(threshold, maxRows, folds, reference, current);
  const u = seededUniform(seed);
  const encoding = fitEncoding(reference);
  const ref = encodeSample(encoding, pickRows(reference, sampleRows(reference.rows, maxRows, u)));
  const cur = encodeSample(encoding, pickRows(current, sampleRows(current.rows, maxRows, u)));
  const plan = planFeatures(
    encoding.map((e) => e.name),
    ref,
  );
  const x = stack(expand(plan, ref), expand(plan, cur));
  const labels = new Uint8Array(x.rows).fill(1, ref.rows);
  const fold = stratifiedFolds(labels, folds, u);
  // The model on all rows first: each fold's optimum is near it, so its Newton steps start there.
  const full = fitLogistic(x, labels, 1);
  const foldAuc: number[] = [];
  for (let f = 0; f < folds; f++) {
    const train: number[] = [];
    const test: number[] = [];
    fold.forEach((g, i) => (g === f ? test : train).push(i));
    const model = fitLogistic(x, labels, 1, train, full);
    const scores = predictLogistic(model, x, test);
    foldAuc.push(
      rocAuc(
        scores,
        test.map((i) => labels[i]),
      ),
    );
  }
  const statistic = foldAuc.reduce((a, b) => a + b, 0) / folds;
  const separatingFeatures = plan.names
    .map((feature, j) => ({ feature, coefficient: full.weights[j] }))
    .sort((a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient) || a.feature.localeCompare(b.feature))
    .slice(0, top);
  return {
    method: 'classifier',
    statistic,
    threshold,
    drifted: statistic >= threshold,
    foldAuc,
    seed,
    separatingFeatures,
    columnShares: columnShares(plan, full.weights).map((share, j) => ({ feature: encoding[j].name, share })),
    referenceRowsUsed: ref.rows,
    currentRowsUsed: cur.rows,
    columns: encoding.map((e) => e.name),
  };
}

function checkOptions(
  threshold: number,
  maxRows: number,
  folds: number,
  reference: MultivariateSample,
  current: MultivariateSample,
): void {
  if (!(threshold > 0 && threshold <= 1))
    throw new Error(`classifierDrift: expected threshold in (0, 1], got ${threshold}`);
  if (!Number.isInteger(maxRows) || maxRows < folds) {
    throw new Error(`classifierDrift: expected maxRows an integer ≥ ${folds} (the folds), got ${maxRows}`);
  }
  if (reference.columns.length === 0) throw new Error('classifierDrift: expected at least 1 column, got 0');
  const names = (s: MultivariateSample) => s.columns.map((c) => `${c.kind} ${c.name}`).join(', ');
  if (names(reference) !== names(current)) {
    throw new Error(
      `classifierDrift: reference columns (${names(reference)}) differ from current (${names(current)})`,
    );
  }
  for (const [side, sample] of [
    ['reference', reference],
    ['current', current],
  ] as const) {
    if (sample.rows < folds)
      throw new Error(
        `classifierDrift: expected at least ${folds} ${side} rows (one per fold), got ${sample.rows}`,
      );
  }
}

/** The rows `rows` of a sample, in that order. */
export function pickRows(sample: MultivariateSample, rows: readonly number[]): MultivariateSample {
  if (rows.length === sample.rows) return sample;
  const columns = sample.columns.map((c): MultivariateColumn =>
    c.kind === 'numeric'
      ? { ...c, values: Float64Array.from(rows, (i) => c.values[i]) }
      : { ...c, values: rows.map((i) => c.values[i]) },
  );
  return { rows: rows.length, columns };
}

function stack(a: DenseMatrix, b: DenseMatrix): DenseMatrix {
  const data = new Float64Array(a.data.length + b.data.length);
  data.set(a.data);
  data.set(b.data, a.data.length);
  return { rows: a.rows + b.rows, cols: a.cols, data };
}
