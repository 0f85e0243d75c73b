/**
 * Value → score for base nodes: the `linear` and `step` mappings of `ScoreMapping`.
 *
 * Work in "badness" x = value for higher_is_worse and x = −value for lower_is_worse, so that the
 * anchors are ordered baseline < warning ≤ critical < zero point:
 *
 *   linear: piecewise linear through (baseline, 1), (warning, w), (critical, c), (zero, 0), where w and c
 *           are `spec.defaults.score_thresholds`; 1 on the healthy side of the baseline, 0 past the zero
 *           point. The zero point lies one warning→critical band beyond critical:
 *           zero = critical + (critical − warning); if warning = critical, zero = critical + (warning − baseline).
 *   step:   ok 1, warning w, critical c.
 *
 * The default baseline, when the spec gives none: 0 for higher_is_worse with a positive warning
 * threshold; otherwise the mirror of critical about warning, baseline = warning − (critical − warning)
 * in badness (accuracy warning 0.9, critical 0.8 → baseline 1.0); with warning = critical, one
 * max(|warning|, 1) away from warning.
 *
 * Agreement with the status: the score of a value always lies in the band of its status —
 * ok (w, 1], warning (c, w], critical [0, c] — so `statusFromScore(scoreValue(v)) === statusFromValue(v)`.
 * Rounding right below a threshold could land a score on the band's edge; it is then moved to the
 * nearest double inside the band, which keeps the score monotone in the value.
 */
import type { ScoreMapping, ThresholdSpec } from '../spec/types';
import { scoreThresholdsProblem } from '../spec/semantic/cascadeRules';
import { scoreOfStatus, statusFromValue, type ScoreThresholds } from './thresholds';

/** Anchors of the linear mapping in badness units (x = ±value, larger is worse). */
export interface MappingAnchors {
  baseline: number;
  warning: number;
  critical: number;
  zero: number;
}

/**
 * The anchors of a node's linear mapping, in badness units (multiply by −1 for lower_is_worse to get values).
 *
 * @example linearAnchors({ warning: 0.1, critical: 0.25, direction: 'higher_is_worse' })
 * // { baseline: 0, warning: 0.1, critical: 0.25, zero: 0.4 }
 * @example linearAnchors({ warning: 0.9, critical: 0.8, direction: 'lower_is_worse' })
 * // { baseline: -1, warning: -0.9, critical: -0.8, zero: -0.7 }  (values 1.0, 0.9, 0.8, 0.7)
 */
export function linearAnchors(t: ThresholdSpec): MappingAnchors {
  const sign = t.direction === 'higher_is_worse' ? 1 : -1;
  const warning = sign * t.warning;
  const critical = sign * t.critical;
  const baseline = t.baseline !== undefined ? sign * t.baseline : defaultBaseline(t, warning, critical);
  const zero = critical > warning ? critical + (critical - warning) : critical + (warning - baseline);
  return { baseline, warning, critical, zero };
}

function defaultBaseline(t: ThresholdSpec, warning: number, critical: number): number {
  if (t.direction === 'higher_is_worse' && t.warning > 0) return 0;
  if (critical > warning) return warning - (critical - warning);
  return warning - Math.max(Math.abs(warning), 1);
}

/**
 * The score (0..1, 1 healthy) of a base node's value under its thresholds and mapping. Complexity O(1).
 *
 * @param scoreThresholds the scores at the warning and critical thresholds (`spec.defaults.score_thresholds`).
 * @throws Error when the value is not finite or the thresholds are inconsistent.
 * @example scoreValue(0.31, { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' }, 'linear', { warning: 0.75, critical: 0.5 })
 * // 0.3  (critical: 0.5 × (0.4 − 0.31) / (0.4 − 0.25))
 * @example scoreValue(0.16, { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' }, 'step', { warning: 0.75, critical: 0.5 })
 * // 0.75
 */
export function scoreValue(
  value: number,
  thresholds: ThresholdSpec,
  mapping: ScoreMapping,
  scoreThresholds: ScoreThresholds,
): number {
  const problem = scoreThresholdsProblem(scoreThresholds);
  if (problem !== null) throw new Error(`scoreValue: ${problem}`);
  const status = statusFromValue(value, thresholds);
  if (mapping === 'step') return scoreOfStatus(status, scoreThresholds) as number;
  const a = linearAnchors(thresholds);
  const x = thresholds.direction === 'higher_is_worse' ? value : -value;
  const { warning: w, critical: c } = scoreThresholds;
  if (status === 'ok') {
    if (x <= a.baseline) return 1;
    const raw = 1 - ((1 - w) * (x - a.baseline)) / (a.warning - a.baseline);
    return Math.min(1, Math.max(raw, justAbove(w)));
  }
  if (status === 'warning') {
    const raw = w - ((w - c) * (x - a.warning)) / (a.critical - a.warning);
    return Math.min(w, Math.max(raw, justAbove(c)));
  }
  if (x >= a.zero) return 0;
  const raw = (c * (a.zero - x)) / (a.zero - a.critical);
  return Math.min(c, Math.max(raw, 0));
}

/** A double strictly above s (the next one or the one after) for 0 ≤ s < 1. */
function justAbove(s: number): number {
  return s + Math.max(s * Number.EPSILON, Number.MIN_VALUE);
}
