/**
 * Feature-importance stability: Spearman's rank correlation between the reference's mean |attribution|
 * per feature and the window's. 1 = the model still leans on its features in the same order; near 0 or
 * negative = the ranking changed (a sign of concept drift or a broken feature). A feature without an
 * attribution in an event counts as 0 for that event.
 */
import { sampleRankCorrelation } from 'simple-statistics';
import type { Measured } from './performance';
import type { ReferenceProfile } from './reference';
import type { WindowBucket } from './windowBucket';

/** Features needed for a rank correlation to mean anything. */
export const MIN_IMPORTANCE_FEATURES = 3;

/**
 * The stability value of a window, or null with the reason (no reference attributions, too few events
 * with attributions, fewer than 3 features, constant importances).
 * Complexity: O(features log features). Throws nothing.
 */
export function importanceStability(
  reference: ReferenceProfile | null,
  window: WindowBucket,
  minEvents: number,
): Measured {
  if (!reference?.importance) return { value: null, reason: 'reference has no attributions' };
  if (window.attributionEvents < minEvents) {
    return {
      value: null,
      reason: `${window.attributionEvents} events with attributions < ${minEvents} needed`,
    };
  }
  const ref: number[] = [];
  const cur: number[] = [];
  window.layout.features.forEach((f, i) => {
    const r = reference.importance!.get(f.name);
    if (r === undefined) return;
    ref.push(r);
    cur.push(window.attributionSum[i] / window.attributionEvents);
  });
  if (ref.length < MIN_IMPORTANCE_FEATURES) {
    return {
      value: null,
      reason: `${ref.length} features with attributions < ${MIN_IMPORTANCE_FEATURES} needed`,
    };
  }
  const rho = sampleRankCorrelation(ref, cur);
  if (!Number.isFinite(rho)) return { value: null, reason: 'attributions are constant across features' };
  // Clamp the rounding of a perfect correlation (1.0000000000000002) into [-1, 1].
  return { value: Math.max(-1, Math.min(1, rho)) };
}
