/**
 * Why a node is unknown, as a bounded word for the `cause` label of `mlhealth_node_unknown_info` and the
 * data-loss alert: `source_down` (a PromQL source did not answer), `stale` (the last observation is older
 * than `stale_after`), `no_events` (no or too few events in the window, never observed), `no_thresholds`
 * (nothing to judge the value by), `children_unknown` (a parent whose children are unknown), `other`.
 * The node's `reason` keeps the full sentence; the cause is derived from it here, in one place, from the
 * sentences `base.ts`, `parent.ts` and the signals layer write. Pure.
 */
export type UnknownCause =
  'source_down' | 'stale' | 'no_events' | 'no_thresholds' | 'children_unknown' | 'other';

export const UNKNOWN_CAUSES: readonly UnknownCause[] = [
  'source_down',
  'stale',
  'no_events',
  'no_thresholds',
  'children_unknown',
  'other',
];

const RULES: ReadonlyArray<[RegExp, UnknownCause]> = [
  [/\bsource \S+ is (down|not polled)|exposure from source .* unavailable/, 'source_down'],
  [/^stale\b/, 'stale'],
  [/^(no observation|never observed|no value)\b|events? < \d+|no events|window is empty/, 'no_events'],
  [/^no thresholds\b/, 'no_thresholds'],
  [
    /^(child \S+ is unknown|children .* are unknown|all children unknown)|children known, \d+ needed|children unknown \(.*\) > max_unknown_share/,
    'children_unknown',
  ],
];

/**
 * The cause of an unknown node's `reason`. Complexity O(length of the reason).
 *
 * @example unknownCause('stale: last observed 6m ago > stale_after 5m') // 'stale'
 * @example unknownCause('no value: source prom is down: timeout') // 'source_down'
 * @example unknownCause('child fraud.drift is unknown') // 'children_unknown'
 */
export function unknownCause(reason: string): UnknownCause {
  for (const [pattern, cause] of RULES) if (pattern.test(reason)) return cause;
  return 'other';
}
