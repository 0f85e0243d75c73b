/**
 * Node status as the panel understands it: the same typed union and severity order as the exporter's
 * `exporter/src/spec/status.ts` (the plugin is a separate npm project, so the few lines are repeated
 * here; `contract.test.ts` checks they agree).
 *
 * Severity order, best to worst: `ok` < `warning` < `critical` < `unknown`, so "worst first" never hides
 * missing data behind a green node.
 */
export type Status = 'ok' | 'warning' | 'critical' | 'unknown';

export const STATUSES: readonly Status[] = ['ok', 'warning', 'critical', 'unknown'];

const SEVERITY: Record<Status, number> = { ok: 0, warning: 1, critical: 2, unknown: 3 };

/** Rank of a status in the severity order (ok 0 … unknown 3). */
export function severity(status: Status): number {
  return SEVERITY[status];
}

/** The worst status of a list; an empty list is `unknown` (no evidence of health). */
export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status | null = null;
  for (const s of statuses) {
    if (worst === null || SEVERITY[s] > SEVERITY[worst]) {
      worst = s;
    }
  }
  return worst ?? 'unknown';
}

/**
 * Reads the wire code of `mlhealth_node_status` (0 ok, 1 warning, 2 critical, 3 unknown).
 *
 * Convention: anything that is not exactly one of the four codes (null, NaN, 1.5, 7) reads as `unknown`,
 * because a value we cannot interpret is no evidence of health. Never throws.
 *
 * @example statusFromCode(2) // 'critical'
 * @example statusFromCode(null) // 'unknown'
 */
export function statusFromCode(code: number | null): Status {
  switch (code) {
    case 0:
      return 'ok';
    case 1:
      return 'warning';
    case 2:
      return 'critical';
    default:
      return 'unknown';
  }
}

/** Human label of a status, used in cards, ARIA labels and the details pane. */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'ok':
      return 'OK';
    case 'warning':
      return 'Warning';
    case 'critical':
      return 'Critical';
    default:
      return 'Unknown';
  }
}
