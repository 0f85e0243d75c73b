/**
 * The domain classifier's inputs: the encoded, standardised columns (`encode.ts`), their squares (a
 * change of spread; not for a column with at most 2 reference values, whose square is a linear function
 * of it and would only split its coefficient) and, for up to {@link MAX_PAIR_COLUMNS} columns, their pairwise products (a change
 * of correlation, which no single column shows). Every derived feature is standardised again with its
 * reference mean and population deviation (0 → 1), so coefficient magnitudes compare across features.
 *
 * Column shares (`columnShares`): the weight a fitted model puts on each original column. Every term's
 * |coefficient| goes to the columns it is made of — a linear term or a square wholly to its column, a
 * product half to each of its two — and is divided by Σ |coefficients| over all terms, so the shares sum
 * to 1 (all 0 when every coefficient is 0).
 */
import type { DenseMatrix } from './types';

/** Up to this many columns, pairwise products are features too (45 pairs at 10 columns). */
export const MAX_PAIR_COLUMNS = 10;

export interface FeatureExpansion {
  names: string[];
  /** Column pairs (i, i) for a square, (i, j) for a product; empty for the linear terms. */
  pairs: [number, number][];
  mean: Float64Array;
  scale: Float64Array;
}

/**
 * The expansion of the columns `names`, standardised on `reference` (the encoded reference matrix).
 *
 * @example
 * planFeatures(['a', 'b'], { rows: 3, cols: 2, data: Float64Array.of(-1, 1, 0, 0, 1, 1) }).names;
 * // => [ 'a', 'b', 'a²', 'a×b' ]
 */
export function planFeatures(names: readonly string[], reference: DenseMatrix): FeatureExpansion {
  const d = names.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < d; i++) if (!isTwoValued(reference, i)) pairs.push([i, i]);
  if (d <= MAX_PAIR_COLUMNS) for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) pairs.push([i, j]);
  const all = [...names, ...pairs.map(([i, j]) => (i === j ? `${names[i]}²` : `${names[i]}×${names[j]}`))];
  const plan = {
    names: all,
    pairs,
    mean: new Float64Array(all.length).fill(0),
    scale: new Float64Array(all.length).fill(1),
  };
  const raw = expand(plan, reference);
  for (let f = 0; f < all.length; f++) {
    let sum = 0;
    for (let r = 0; r < raw.rows; r++) sum += raw.data[r * raw.cols + f];
    const mean = sum / raw.rows;
    let squares = 0;
    for (let r = 0; r < raw.rows; r++) squares += (raw.data[r * raw.cols + f] - mean) ** 2;
    const sd = Math.sqrt(squares / raw.rows);
    plan.mean[f] = mean;
    plan.scale[f] = sd > 0 ? sd : 1;
  }
  return plan;
}

/**
 * `x` (rows × d, encoded) expanded and standardised under `plan`: rows × names.length.
 *
 * @example
 * const x = { rows: 3, cols: 2, data: Float64Array.of(-1, 1, 0, 0, 1, 1) };
 * expand(planFeatures(['a', 'b'], x), x).cols; // => 4 (a, b, a², a×b)
 */
export function expand(plan: FeatureExpansion, x: DenseMatrix): DenseMatrix {
  const d = x.cols;
  const cols = plan.names.length;
  const data = new Float64Array(x.rows * cols);
  for (let r = 0; r < x.rows; r++) {
    const from = r * d;
    const to = r * cols;
    for (let j = 0; j < d; j++) data[to + j] = (x.data[from + j] - plan.mean[j]) / plan.scale[j];
    plan.pairs.forEach(([i, j], p) => {
      const f = d + p;
      data[to + f] = (x.data[from + i] * x.data[from + j] - plan.mean[f]) / plan.scale[f];
    });
  }
  return { rows: x.rows, cols, data };
}

/**
 * Each of the plan's original columns' share of the |coefficients| `weights` (aligned with
 * `plan.names`), by the rule in the file header. Throws when `weights` has not one per term.
 *
 * @example
 * // terms a, b, a², a×b with coefficients 1, −1, 0.5, 0.5: a gets 1 + 0.5 + 0.25, b 1 + 0.25, of 3
 * columnShares({ names: ['a', 'b', 'a²', 'a×b'], pairs: [[0, 0], [0, 1]], mean: ..., scale: ... }, [1, -1, 0.5, 0.5]);
 * // => [ 0.5833333333333334, 0.4166666666666667 ]
 */
export function columnShares(plan: FeatureExpansion, weights: ArrayLike<number>): number[] {
  const d = plan.names.length - plan.pairs.length;
  if (weights.length !== plan.names.length) {
    throw new Error(
      `columnShares: expected ${plan.names.length} weights (one per term), got ${weights.length}`,
    );
  }
  const shares = new Array<number>(d).fill(0);
  let total = 0;
  for (let j = 0; j < d; j++) shares[j] += Math.abs(weights[j]);
  plan.pairs.forEach(([a, b], p) => {
    const w = Math.abs(weights[d + p]);
    shares[a] += a === b ? w : w / 2;
    if (a !== b) shares[b] += w / 2;
  });
  for (let j = 0; j < weights.length; j++) total += Math.abs(weights[j]);
  return shares.map((s) => (total > 0 ? s / total : 0));
}

/** Whether column `j` of `x` takes at most 2 distinct values. */
function isTwoValued(x: DenseMatrix, j: number): boolean {
  const seen: number[] = [];
  for (let r = 0; r < x.rows; r++) {
    const v = x.data[r * x.cols + j];
    if (seen.includes(v)) continue;
    if (seen.length === 2) return false;
    seen.push(v);
  }
  return true;
}
