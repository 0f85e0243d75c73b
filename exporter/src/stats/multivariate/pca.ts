/**
 * Principal components of a standardised reference, and the reconstruction error of rows under them.
 *
 * Fit: centre the rows on their column means μ, form the covariance C = Xcᵀ Xc / n, and take its
 * eigenvalues λ₁ ≥ … ≥ λ_d (symmetric QL from ml-matrix; a negative rounding residue is clamped to 0).
 * Keep the smallest k with (λ₁ + … + λ_k) / Σλ ≥ the variance share (0.65 by default).
 * Error of a row z: ‖(z − μ) − V Vᵀ (z − μ)‖, V the d × k kept eigenvectors; computed as ‖Wᵀ (z − μ)‖
 * over the d − k discarded ones when that basis is smaller (equal, since [V W] is orthonormal).
 * Components whose eigenvalues tie at the cut leave the kept subspace undefined; so do zero-variance
 * data: such inputs get a valid but implementation-dependent error.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { accumulateGroup, centreGroup, norm, projectGroup, residualNorm, ROW_GROUP } from './pcaKernels';
import { asSource, forEachBlock } from './rowSource';
import type { DenseMatrix, RowSource } from './types';

/** Share of the variance the kept components must explain (NannyML's default for its PCA). */
export const PCA_VARIANCE_SHARE = 0.65;

export interface PcaModel {
  /** Column means of the fitted rows. */
  mean: Float64Array;
  /** Kept components k. */
  components: number;
  /** Explained variance ratio of every component, descending. */
  explainedRatio: number[];
  /** Row-major basis vectors (each of length d) used for the residual, and whether they are the kept ones. */
  basis: Float64Array;
  basisSize: number;
  basisIsKept: boolean;
}

/**
 * Fits the principal components of `x` (rows × d), keeping the smallest k whose cumulative explained
 * variance ratio is ≥ `share`.
 *
 * `x` may be a row source (read block by block: memory does not grow with n).
 *
 * Complexity O(n · d² + d³). Throws when `x` has fewer than 2 rows or 1 column, `share` is not in
 * (0, 1], or every column is constant (no variance to explain).
 *
 * @example
 * fitPca({ rows: 3, cols: 2, data: Float64Array.of(-1, -1, 0, 0.1, 1, 0.9) }).components; // => 1
 */
export function fitPca(input: DenseMatrix | RowSource, share = PCA_VARIANCE_SHARE): PcaModel {
  const x = asSource(input);
  if (x.rows < 2 || x.cols < 1) {
    throw new Error(`fitPca: expected at least 2 rows and 1 column, got ${x.rows} × ${x.cols}`);
  }
  if (!(share > 0 && share <= 1)) throw new Error(`fitPca: expected share in (0, 1], got ${share}`);
  const d = x.cols;
  const mean = columnMeans(x);
  const evd = new EigenvalueDecomposition(covariance(x, mean), { assumeSymmetric: true });
  const order = evd.realEigenvalues
    .map((_, i) => i)
    .sort((a, b) => evd.realEigenvalues[b] - evd.realEigenvalues[a]);
  const values = order.map((i) => Math.max(evd.realEigenvalues[i], 0));
  const total = values.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('fitPca: every column is constant; there is no variance to explain');
  const explainedRatio = values.map((v) => v / total);
  let k = 0;
  for (let cumulative = 0; k < d && cumulative < share; k++) cumulative += explainedRatio[k];
  const basisIsKept = k <= d - k;
  const picked = basisIsKept ? order.slice(0, k) : order.slice(k);
  const vectors = evd.eigenvectorMatrix;
  const basis = new Float64Array(picked.length * d);
  picked.forEach((col, b) => {
    for (let j = 0; j < d; j++) basis[b * d + j] = vectors.get(j, col);
  });
  return { mean, components: k, explainedRatio, basis, basisSize: picked.length, basisIsKept };
}

/**
 * The reconstruction error of every row of `x` under `model` (see the file header).
 *
 * Complexity O(n · d · min(k, d − k)). Throws when `x` has another column count than the model.
 *
 * @example
 * const m = fitPca({ rows: 3, cols: 2, data: Float64Array.of(-1, -1, 0, 0.1, 1, 0.9) });
 * reconstructionErrors(m, { rows: 1, cols: 2, data: Float64Array.of(1, -1) })[0]; // => 1.4138175273898481
 */
export function reconstructionErrors(model: PcaModel, x: DenseMatrix | RowSource): Float64Array {
  const d = model.mean.length;
  if (x.cols !== d) throw new Error(`reconstructionErrors: expected ${d} columns, got ${x.cols}`);
  const { basis, basisSize, basisIsKept, mean } = model;
  const out = new Float64Array(x.rows);
  const group = new Float64Array(ROW_GROUP * d);
  const projected = new Float64Array(ROW_GROUP * basisSize);
  forEachBlock(asSource(x), (block, start, count) => {
    for (let r = 0; r < count; r += ROW_GROUP) {
      const rows = Math.min(ROW_GROUP, count - r);
      centreGroup(block, r, rows, mean, group);
      projectGroup(basis, basisSize, group, d, projected);
      for (let b = 0; b < rows; b++) {
        const p = projected.subarray(b * basisSize, (b + 1) * basisSize);
        const c = group.subarray(b * d, (b + 1) * d);
        out[start + r + b] = basisIsKept ? residualNorm(c, basis, p, d) : norm(p);
      }
    }
  });
  return out;
}

function columnMeans(x: RowSource): Float64Array {
  const d = x.cols;
  const mean = new Float64Array(d);
  forEachBlock(x, (block, _start, count) => {
    for (let r = 0, at = 0; r < count; r++) for (let j = 0; j < d; j++, at++) mean[j] += block[at];
  });
  for (let j = 0; j < d; j++) mean[j] /= x.rows;
  return mean;
}

/**
 * Xcᵀ Xc / n over the upper triangle, mirrored. Rows go in groups of 4 (a last short group is
 * zero-padded, adding nothing), so each sum is loaded and stored once per 4 rows.
 */
function covariance(x: RowSource, mean: Float64Array): Matrix {
  const d = x.cols;
  const sums = new Float64Array(d * d);
  const group = new Float64Array(ROW_GROUP * d);
  forEachBlock(x, (block, _start, count) => {
    for (let r = 0; r < count; r += ROW_GROUP) {
      centreGroup(block, r, Math.min(ROW_GROUP, count - r), mean, group);
      accumulateGroup(sums, group, d);
    }
  });
  const cov = new Matrix(d, d);
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const v = sums[i * d + j] / x.rows;
      cov.set(i, j, v);
      cov.set(j, i, v);
    }
  }
  return cov;
}
