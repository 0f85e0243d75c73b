/**
 * Thresholds → status, for values (base nodes, in the node's unit) and for scores (every node, 0..1).
 *
 * Bounds are inclusive on the worse side: reaching a threshold is enough (like Polystat's
 * `threshold_processor`, whose ranges take `>=` on the lower bound and exclude the upper one).
 *
 *   higher_is_worse (PSI, latency, missing ratio)   lower_is_worse (accuracy, throughput)
 *     value <  warning            → ok                value >  warning            → ok
 *     warning ≤ value < critical  → warning           critical < value ≤ warning  → warning
 *     critical ≤ value            → critical          value ≤ critical            → critical
 *
 * Scores are always lower-is-worse, with the same inclusive rule:
 *     score > warning → ok;   critical < score ≤ warning → warning;   score ≤ critical → critical.
 *
 * So a base node whose value sits exactly on its warning threshold scores exactly the warning score
 * (`mapping.ts`) and both rules call it `warning`: status from value and status from score agree.
 */
import type { Status } from '../spec/status';
import { scoreThresholdsProblem, valueThresholdsProblem } from '../spec/semantic/cascadeRules';
import type { ThresholdSpec } from '../spec/types';

/** Score thresholds of a status: `spec.defaults.score_thresholds`, or a parent node's own thresholds. */
export interface ScoreThresholds {
  warning: number;
  critical: number;
}

/**
 * The status of a base node's value under its thresholds and direction (bounds inclusive on the worse
 * side, see the table above). Complexity O(1).
 *
 * @throws Error when the value is not finite or the thresholds are inconsistent.
 * @example statusFromValue(0.31, { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' }) // 'critical'
 * @example statusFromValue(0.1, { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' }) // 'warning'
 * @example statusFromValue(0.85, { warning: 0.9, critical: 0.8, direction: 'lower_is_worse' }) // 'warning'
 */
export function statusFromValue(value: number, thresholds: ThresholdSpec): Status {
  if (!Number.isFinite(value)) throw new Error(`statusFromValue: value ${value} is not a finite number`);
  const problem = valueThresholdsProblem(thresholds);
  if (problem !== null) throw new Error(`statusFromValue: ${problem}`);
  const sign = thresholds.direction === 'higher_is_worse' ? 1 : -1;
  const x = sign * value;
  if (x >= sign * thresholds.critical) return 'critical';
  if (x >= sign * thresholds.warning) return 'warning';
  return 'ok';
}

/**
 * The status of a score (0..1, lower is worse): `score ≤ critical` → critical, `score ≤ warning` →
 * warning, else ok. Complexity O(1).
 *
 * @throws Error when the score is outside [0, 1] or the thresholds do not satisfy 0 ≤ critical < warning < 1.
 * @example statusFromScore(0.675, { warning: 0.75, critical: 0.5 }) // 'warning'
 * @example statusFromScore(0.5, { warning: 0.75, critical: 0.5 }) // 'critical'
 */
export function statusFromScore(score: number, t: ScoreThresholds): Status {
  if (!(score >= 0 && score <= 1)) throw new Error(`statusFromScore: score ${score} is not in [0, 1]`);
  const problem = scoreThresholdsProblem(t);
  if (problem !== null) throw new Error(`statusFromScore: ${problem}`);
  if (score <= t.critical) return 'critical';
  if (score <= t.warning) return 'warning';
  return 'ok';
}

/**
 * The score that stands for a status when only the status is known (the `step` mapping, and what-if
 * overrides that set a status): ok 1, warning → the warning score, critical → the critical score,
 * unknown → null. `statusFromScore(scoreOfStatus(s, t), t) === s` for every known status.
 *
 * @example scoreOfStatus('warning', { warning: 0.75, critical: 0.5 }) // 0.75
 */
export function scoreOfStatus(status: Status, t: ScoreThresholds): number | null {
  switch (status) {
    case 'ok':
      return 1;
    case 'warning':
      return t.warning;
    case 'critical':
      return t.critical;
    case 'unknown':
      return null;
  }
}
