/**
 * Turning two count vectors into two probability vectors of the same length, for the distances.
 */
import { assertCounts } from './validate';

/** Normalised copies of two equally long count (or weight) vectors. Throws on a length mismatch,
 * a negative or non-finite entry, or an all-zero vector. O(k). */
export function normalisePair(
  fn: string,
  p: ArrayLike<number>,
  q: ArrayLike<number>,
): { p: Float64Array; q: Float64Array } {
  if (p.length !== q.length) {
    throw new Error(`${fn}: expected p and q of equal length, got ${p.length} and ${q.length}`);
  }
  if (p.length === 0) throw new Error(`${fn}: expected at least one bin, got 0`);
  const pTotal = assertCounts(fn, 'p', p);
  const qTotal = assertCounts(fn, 'q', q);
  const pn = new Float64Array(p.length);
  const qn = new Float64Array(q.length);
  for (let i = 0; i < p.length; i++) {
    pn[i] = p[i] / pTotal;
    qn[i] = q[i] / qTotal;
  }
  return { p: pn, q: qn };
}
