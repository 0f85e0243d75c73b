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
import type { DenseMatrix } from './types';

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
 * Complexity O(n · d² + d³). Throws when `x` has fewer than 2 rows or 1 column, `share` is not in
 * (0, 1], or every column is constant (no variance to explain).
 *
 * @example
 * fitPca({ rows: 3, cols: 2, data: Float64Array.of(-1, -1, 0, 0.1, 1, 0.9) }).components; // => 1
 */
export function fitPca(x: DenseMatrix, share = PCA_VARIANCE_SHARE): PcaModel {
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
export function reconstructionErrors(model: PcaModel, x: DenseMatrix): Float64Array {
  const d = model.mean.length;
  if (x.cols !== d) throw new Error(`reconstructionErrors: expected ${d} columns, got ${x.cols}`);
  const { basis, basisSize, basisIsKept, mean } = model;
  const out = new Float64Array(x.rows);
  const centred = new Float64Array(d);
  const projected = new Float64Array(basisSize);
  for (let r = 0; r < x.rows; r++) {
    const row = r * d;
    for (let j = 0; j < d; j++) centred[j] = x.data[row + j] - mean[j];
    for (let b = 0; b < basisSize; b++) {
      let dot = 0;
      const at = b * d;
      for (let j = 0; j < d; j++) dot += basis[at + j] * centred[j];
      projected[b] = dot;
    }
    out[r] = basisIsKept ? residualNorm(centred, basis, projected, d) : norm(projected);
  }
  return out;
}

/** ‖c − Σ_b p_b v_b‖, overwriting `centred`. */
function residualNorm(
  centred: Float64Array,
  basis: Float64Array,
  projected: Float64Array,
  d: number,
): number {
  for (let b = 0; b < projected.length; b++) {
    const p = projected[b];
    const at = b * d;
    for (let j = 0; j < d; j++) centred[j] -= p * basis[at + j];
  }
  return norm(centred);
}

function norm(v: Float64Array): number {
  let squares = 0;
  for (let j = 0; j < v.length; j++) squares += v[j] * v[j];
  return Math.sqrt(squares);
}

function columnMeans(x: DenseMatrix): Float64Array {
  const mean = new Float64Array(x.cols);
  for (let r = 0, at = 0; r < x.rows; r++) for (let j = 0; j < x.cols; j++, at++) mean[j] += x.data[at];
  for (let j = 0; j < x.cols; j++) mean[j] /= x.rows;
  return mean;
}

/** Xcᵀ Xc / n over the upper triangle, mirrored. */
function covariance(x: DenseMatrix, mean: Float64Array): Matrix {
  const d = x.cols;
  const sums = new Float64Array(d * d);
  const c = new Float64Array(d);
  for (let r = 0; r < x.rows; r++) {
    const row = r * d;
    for (let j = 0; j < d; j++) c[j] = x.data[row + j] - mean[j];
    for (let i = 0; i < d; i++) {
      const ci = c[i];
      if (ci === 0) continue;
      const at = i * d;
      for (let j = i; j < d; j++) sums[at + j] += ci * c[j];
    }
  }
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
