/**
 * PCA data-reconstruction drift (NannyML's data reconstruction error, defined exactly):
 * encode and standardise both samples with the reference's fit (`encode.ts`), fit PCA on the
 * standardised reference keeping the smallest k with cumulative explained variance ratio ≥ 0.65
 * (`pca.ts`), and measure each sample by the mean over its rows of ‖z − reconstruct(z)‖. The band is the
 * reference's 10 consecutive chunks' errors, mean ∓ 3σ (ddof 0; `chunkThresholds.ts`); drift when the
 * current error lies outside it. The statistic catches joint changes that leave every marginal alone:
 * decoupled correlated columns, a changed mix of segments.
 */
import { chunkBand, meanOf, THRESHOLD_CHUNKS } from './chunkThresholds';
import { encodedSource, fitEncoding } from './encode';
import { fitPca, PCA_VARIANCE_SHARE, reconstructionErrors } from './pca';
import type { MultivariateSample } from './types';

export interface PcaDriftResult {
  method: 'pca_reconstruction';
  /** Kept components k. */
  components: number;
  /** Mean reconstruction error of the whole reference. */
  referenceError: number;
  /** Mean reconstruction error of the current sample. */
  statistic: number;
  lower: number;
  upper: number;
  drifted: boolean;
  /** Explained variance ratio of the kept components, descending. */
  explainedRatio: number[];
  /** The reference chunks' mean errors the band comes from. */
  chunkErrors: number[];
  columns: string[];
}

export interface PcaDriftOptions {
  /** Share of variance the components keep (default 0.65). */
  varianceShare?: number;
}

/**
 * Tests `current` against `reference` by PCA reconstruction error (see the file header).
 *
 * Complexity O((n + m) · d² + d³). Throws when the columns of the two samples differ, there are fewer
 * than 2 columns (one column always reconstructs exactly) or fewer than 10 reference rows (one per
 * threshold chunk), the current sample has no rows, a column has no reference value, or every column is
 * constant in the reference.
 *
 * @example
 * // y follows x in the reference; in the current sample it runs against it (same marginals).
 * const xs = Array.from({ length: 20 }, (_, i) => i);
 * const col = (name: string, values: number[]) => ({ name, kind: 'numeric' as const, values });
 * const reference = { rows: 20, columns: [col('x', xs), col('y', xs.map((v, i) => v + ((i * 7) % 5) / 4))] };
 * const current = { rows: 20, columns: [col('x', xs), col('y', xs.map((v) => 19 - v))] };
 * const r = pcaReconstructionDrift(reference, current);
 * [r.components, r.statistic, r.lower, r.upper, r.drifted];
 * // => [ 1, 1.2205960787157528, 0.014039990421706589, 0.059764034326656446, true ]
 */
export function pcaReconstructionDrift(
  reference: MultivariateSample,
  current: MultivariateSample,
  options: PcaDriftOptions = {},
): PcaDriftResult {
  checkShapes('pcaReconstructionDrift', reference, current);
  const encoding = fitEncoding(reference);
  // Row sources: encoded block by block in each pass, never as whole matrices (memory O(d²), not O(n·d)).
  const z = encodedSource(encoding, reference);
  const model = fitPca(z, options.varianceShare ?? PCA_VARIANCE_SHARE);
  const referenceErrors = reconstructionErrors(model, z);
  const currentErrors = reconstructionErrors(model, encodedSource(encoding, current));
  const band = chunkBand(referenceErrors);
  const statistic = meanOf(currentErrors);
  return {
    method: 'pca_reconstruction',
    components: model.components,
    referenceError: meanOf(referenceErrors),
    statistic,
    lower: band.lower,
    upper: band.upper,
    drifted: statistic < band.lower || statistic > band.upper,
    explainedRatio: model.explainedRatio.slice(0, model.components),
    chunkErrors: band.chunks,
    columns: reference.columns.map((c) => c.name),
  };
}

/** Throws unless both samples have the same ≥ 2 columns (name and kind, in order) and enough rows. */
export function checkShapes(fn: string, reference: MultivariateSample, current: MultivariateSample): void {
  if (reference.columns.length < 2) {
    throw new Error(`${fn}: expected at least 2 columns, got ${reference.columns.length}`);
  }
  if (reference.rows < THRESHOLD_CHUNKS) {
    throw new Error(`${fn}: expected at least ${THRESHOLD_CHUNKS} reference rows, got ${reference.rows}`);
  }
  if (current.rows < 1) throw new Error(`${fn}: expected at least 1 current row, got 0`);
  const names = (s: MultivariateSample) => s.columns.map((c) => `${c.kind} ${c.name}`).join(', ');
  if (names(reference) !== names(current)) {
    throw new Error(`${fn}: reference columns (${names(reference)}) differ from current (${names(current)})`);
  }
}
