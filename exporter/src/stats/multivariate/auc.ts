/**
 * ROC AUC in its Mann–Whitney form: AUC = U / (n₁ n₀), U = R₁ − n₁(n₁ + 1)/2, with R₁ the sum of the
 * positives' ranks among all scores and tied scores given their average (mid) rank, so a tie between a
 * positive and a negative counts one half. 0.5 is chance, 1 perfect separation, 0 perfect inversion.
 */

/**
 * The ROC AUC of `scores` for the 0/1 `labels` (1 = positive).
 *
 * Complexity O(n log n). Throws when the lengths differ, a score is not finite, a label is not 0 or 1,
 * or either class is empty.
 *
 * @example
 * rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // => 0.75
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  if (labels.length !== n) {
    throw new Error(`rocAuc: expected as many labels as scores, got ${labels.length} and ${n}`);
  }
  let positives = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(scores[i]))
      throw new Error(`rocAuc: expected finite scores, got ${scores[i]} at ${i}`);
    if (labels[i] !== 0 && labels[i] !== 1)
      throw new Error(`rocAuc: expected 0/1 labels, got ${labels[i]} at ${i}`);
    positives += labels[i];
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) {
    throw new Error(`rocAuc: expected both classes, got ${positives} positives and ${negatives} negatives`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    const midRank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) if (labels[order[i]] === 1) rankSum += midRank;
    start = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
