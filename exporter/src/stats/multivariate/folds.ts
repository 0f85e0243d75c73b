/**
 * Stratified k-fold assignment, seeded: the rows of each class are shuffled (Fisher–Yates, mulberry32)
 * and dealt to folds 0, 1, …, k − 1 in turn, so every fold holds ⌊n_c / k⌋ or ⌈n_c / k⌉ rows of class c.
 */
import { shuffleInPlace, type Uniform } from './seeded';

/**
 * The fold (0 … k − 1) of every row, given its 0/1 label.
 *
 * Complexity O(n). Throws when k is not an integer ≥ 2 or a class has fewer than k rows.
 *
 * @example
 * stratifiedFolds(Uint8Array.of(0, 0, 1, 1), 2, seededUniform(1)); // => Uint8Array [0, 1, 1, 0]
 */
export function stratifiedFolds(labels: Uint8Array, k: number, u: Uniform): Uint8Array {
  if (!Number.isInteger(k) || k < 2 || k > 255) {
    throw new Error(`stratifiedFolds: expected an integer number of folds in [2, 255], got ${k}`);
  }
  const folds = new Uint8Array(labels.length);
  for (const label of [0, 1]) {
    const rows: number[] = [];
    labels.forEach((l, i) => {
      if (l === label) rows.push(i);
    });
    if (rows.length < k) {
      throw new Error(`stratifiedFolds: class ${label} has ${rows.length} rows, fewer than the ${k} folds`);
    }
    shuffleInPlace(rows, u).forEach((row, position) => (folds[row] = position % k));
  }
  return folds;
}
