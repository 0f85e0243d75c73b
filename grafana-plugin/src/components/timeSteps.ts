/**
 * The time control's steps back, pure: from the moment shown, the sample time a step of −1 min, −5 min
 * or −1 h lands on.
 */
import { indexAtOrBefore } from '../model/sampleAt';

export interface TimeStep {
  /** What the button shows. */
  label: string;
  /** What it shows in a compact header. */
  short: string;
  /** What it says to a screen reader. */
  name: string;
  ms: number;
}

export const TIME_STEPS: readonly TimeStep[] = [
  { label: '−1 h', short: '−1h', name: 'Show 1 hour earlier', ms: 3_600_000 },
  { label: '−5 min', short: '−5m', name: 'Show 5 minutes earlier', ms: 300_000 },
  { label: '−1 min', short: '−1m', name: 'Show 1 minute earlier', ms: 60_000 },
];

/**
 * The sample time `deltaMs` before `shown`: the newest of `times` (ascending, Unix ms) at or before
 * `shown − deltaMs`, or the first one when the step goes past the start; null when there are no times or
 * `shown` is already at or before the first.
 *
 * @example stepBack([0, 60000, 120000, 180000], 180000, 60000) // 120000
 * @example stepBack([0, 60000, 120000, 180000], 180000, 3600000) // 0
 */
export function stepBack(times: readonly number[], shown: number, deltaMs: number): number | null {
  if (times.length === 0 || shown <= times[0]) {
    return null;
  }
  const i = indexAtOrBefore(times, shown - deltaMs);
  return times[Math.max(0, i)];
}
