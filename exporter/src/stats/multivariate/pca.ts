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
  const data = x.data;
  const out = new Float64Array(x.rows);
  const block = new Float64Array(ROW_BLOCK * d);
  const projected = new Float64Array(ROW_BLOCK * basisSize);
  for (let r = 0; r < x.rows; r += ROW_BLOCK) {
    const count = Math.min(ROW_BLOCK, x.rows - r);
    block.fill(0);
    for (let b = 0; b < count; b++) {
      const row = (r + b) * d;
      for (let j = 0; j < d; j++) block[b * d + j] = data[row + j] - mean[j];
    }
    projectBlock(basis, basisSize, block, d, projected);
    for (let b = 0; b < count; b++) {
      const p = projected.subarray(b * basisSize, (b + 1) * basisSize);
      out[r + b] = basisIsKept ? residualNorm(block.subarray(b * d, (b + 1) * d), basis, p, d) : norm(p);
    }
  }
  return out;
}

/** projected[b][v] = basis[v] · block[b] for the 4 rows of a block. */
function projectBlock(
  basis: Float64Array,
  size: number,
  block: Float64Array,
  d: number,
  projected: Float64Array,
): void {
  const d2 = 2 * d;
  const d3 = 3 * d;
  for (let v = 0; v < size; v++) {
    const at = v * d;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    for (let j = 0; j < d; j++) {
      const w = basis[at + j];
      p0 += w * block[j];
      p1 += w * block[d + j];
      p2 += w * block[d2 + j];
      p3 += w * block[d3 + j];
    }
    projected[v] = p0;
    projected[size + v] = p1;
    projected[2 * size + v] = p2;
    projected[3 * size + v] = p3;
  }
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

/** sums[i][j] += Σ_b block[b][i] · block[b][j] for j ≥ i, over a block of 4 rows. */
function accumulateBlock(sums: Float64Array, block: Float64Array, d: number): void {
  const d2 = 2 * d;
  const d3 = 3 * d;
  for (let i = 0; i < d; i++) {
    const a0 = block[i];
    const a1 = block[d + i];
    const a2 = block[d2 + i];
    const a3 = block[d3 + i];
    const at = i * d;
    for (let j = i; j < d; j++) {
      sums[at + j] += a0 * block[j] + a1 * block[d + j] + a2 * block[d2 + j] + a3 * block[d3 + j];
    }
  }
}

function columnMeans(x: DenseMatrix): Float64Array {
  const mean = new Float64Array(x.cols);
  const data = x.data;
  for (let r = 0, at = 0; r < x.rows; r++) for (let j = 0; j < x.cols; j++, at++) mean[j] += data[at];
  for (let j = 0; j < x.cols; j++) mean[j] /= x.rows;
  return mean;
}

/** Rows centred and multiplied together at once in `covariance` (fewer passes over the sums). */
const ROW_BLOCK = 4;

/**
 * Xcᵀ Xc / n over the upper triangle, mirrored. Rows go in blocks of 4 (rows past a multiple of 4 are
 * zero-padded, adding nothing), so each sum is loaded and stored once per 4 rows.
 */
function covariance(x: DenseMatrix, mean: Float64Array): Matrix {
  const d = x.cols;
  const data = x.data;
  const sums = new Float64Array(d * d);
  const block = new Float64Array(ROW_BLOCK * d);
  for (let r = 0; r < x.rows; r += ROW_BLOCK) {
    const count = Math.min(ROW_BLOCK, x.rows - r);
    block.fill(0);
    for (let b = 0; b < count; b++) {
      const row = (r + b) * d;
      for (let j = 0; j < d; j++) block[b * d + j] = data[row + j] - mean[j];
    }
    accumulateBlock(sums, block, d);
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
