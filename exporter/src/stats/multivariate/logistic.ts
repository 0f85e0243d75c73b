/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares):
 * minimise Σ log(1 + e^(−sᵢ wᵀxᵢ)) + (λ/2) ‖w‖² over the weights (the intercept is not penalised), the
 * penalty of scikit-learn's LogisticRegression(C = 1/λ). The objective is strictly convex, so the
 * optimum is unique and the fit deterministic; the penalty keeps it finite on separable data. Each step
 * solves the d + 1 Newton system with ml-matrix's Cholesky decomposition; it stops when no weight moves
 * by more than 1e-10 or after 50 steps.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import type { DenseMatrix } from './types';

export interface LogisticModel {
  intercept: number;
  /** One weight per column of the training matrix. */
  weights: Float64Array;
  /** Newton steps taken. */
  steps: number;
}

const MAX_STEPS = 50;
const TOLERANCE = 1e-10;

/**
 * Fits the model on the rows `rows` of `x` (all rows when omitted) with 0/1 labels `y`, starting from
 * `start` (zero weights when omitted; a nearby model, e.g. one fitted on more rows, saves Newton steps
 * and reaches the same unique optimum).
 *
 * Complexity O(steps · n · d²). Throws when `lambda` is not > 0, lengths differ, or a label is not 0/1.
 *
 * @example
 * const x = { rows: 4, cols: 1, data: Float64Array.of(-2, -1, 1, 2) };
 * fitLogistic(x, Uint8Array.of(0, 1, 0, 1)).weights[0]; // => 0.2905219321171783
 */
export function fitLogistic(
  x: DenseMatrix,
  y: Uint8Array,
  lambda = 1,
  rows?: ArrayLike<number>,
  start?: LogisticModel,
): LogisticModel {
  if (!(lambda > 0)) throw new Error(`fitLogistic: expected lambda > 0, got ${lambda}`);
  if (y.length !== x.rows) throw new Error(`fitLogistic: expected ${x.rows} labels, got ${y.length}`);
  const d = x.cols;
  const w = new Float64Array(d + 1); // w[d] is the intercept
  if (start !== undefined && start.weights.length === d) {
    w.set(start.weights);
    w[d] = start.intercept;
  }
  let steps = 0;
  while (steps < MAX_STEPS) {
    steps++;
    const { gradient, hessian } = newtonSystem(x, y, w, lambda, rows);
    const step = new CholeskyDecomposition(hessian).solve(Matrix.columnVector(Array.from(gradient)));
    let largest = 0;
    for (let j = 0; j <= d; j++) {
      const delta = step.get(j, 0);
      w[j] -= delta;
      largest = Math.max(largest, Math.abs(delta));
    }
    if (largest < TOLERANCE) break;
  }
  return { intercept: w[d], weights: w.slice(0, d), steps };
}

/**
 * The model's probability of class 1 for every row `rows` of `x` (all rows when omitted).
 *
 * @example
 * predictLogistic({ intercept: 0, weights: Float64Array.of(1), steps: 1 }, { rows: 1, cols: 1, data: Float64Array.of(0) });
 * // => Float64Array [0.5]
 */
export function predictLogistic(
  model: LogisticModel,
  x: DenseMatrix,
  rows?: ArrayLike<number>,
): Float64Array {
  const n = rows === undefined ? x.rows : rows.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const at = (rows === undefined ? i : rows[i]) * x.cols;
    let t = model.intercept;
    for (let j = 0; j < x.cols; j++) t += model.weights[j] * x.data[at + j];
    out[i] = 1 / (1 + Math.exp(-t));
  }
  return out;
}

/** Gradient and Hessian of the penalised negative log-likelihood at `w`. */
function newtonSystem(
  x: DenseMatrix,
  y: Uint8Array,
  w: Float64Array,
  lambda: number,
  rows?: ArrayLike<number>,
) {
  const d = x.cols;
  const size = d + 1;
  const gradient = new Float64Array(size);
  const upper = new Float64Array(size * size);
  const row = new Float64Array(size);
  row[d] = 1;
  const n = rows === undefined ? x.rows : rows.length;
  for (let i = 0; i < n; i++) {
    const r = rows === undefined ? i : rows[i];
    if (y[r] !== 0 && y[r] !== 1)
      throw new Error(`fitLogistic: expected 0/1 labels, got ${y[r]} at row ${r}`);
    let t = w[d];
    for (let j = 0; j < d; j++) {
      row[j] = x.data[r * d + j];
      t += w[j] * row[j];
    }
    const p = 1 / (1 + Math.exp(-t));
    const residual = p - y[r];
    const weight = p * (1 - p);
    for (let a = 0; a < size; a++) {
      gradient[a] += residual * row[a];
      const wa = weight * row[a];
      if (wa === 0) continue;
      for (let b = a; b < size; b++) upper[a * size + b] += wa * row[b];
    }
  }
  const hessian = new Matrix(size, size);
  for (let a = 0; a < size; a++) {
    if (a < d) gradient[a] += lambda * w[a];
    for (let b = a; b < size; b++) {
      const v = upper[a * size + b] + (a === b && a < d ? lambda : 0);
      hessian.set(a, b, v);
      hessian.set(b, a, v);
    }
  }
  return { gradient, hessian };
}
