/**
 * "Did you mean": the declared name closest to a mistyped one, by edit distance, for every message that
 * names an unknown key, node, model, source, policy or feature. Pure.
 */

/** Levenshtein distance, O(|a|·|b|). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `name` (case-insensitive), if it is within a third of the candidate's
 * length (at least 1 edit) and shares at least one character position with it; ties go to the first
 * candidate. Complexity O(candidates × |name| × |candidate|).
 *
 * @example closestName('thresold', ['thresholds', 'title']) // 'thresholds'
 * @example closestName('fraud.drfit', ['fraud.drift', 'recs.drift']) // 'fraud.drift'
 * @example closestName('zzz', ['amount']) // undefined
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: { k: string; d: number } | undefined;
  for (const k of candidates) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    // Within a third of the name (at least 1 edit), and never a whole replacement ('y' is not 'x').
    if (d > Math.max(1, Math.floor(k.length / 3)) || d >= Math.min(k.length, name.length)) continue;
    if (best === undefined || d < best.d) best = { k, d };
  }
  return best?.k;
}

/** `; did you mean 'x'?` for a close candidate, else ''. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const close = closestName(name, candidates);
  return close === undefined ? '' : `; did you mean '${close}'?`;
}
