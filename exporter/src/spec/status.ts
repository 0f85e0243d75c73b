/**
 * Node status: the one typed union every tier uses.
 *
 * Severity order, from best to worst: `ok` < `warning` < `critical` < `unknown`.
 * `unknown` (no data, stale data, failed source) sorts last so that "worst of" never turns missing data
 * green: a parent with an unknown child is at best unknown unless its spec declares another policy.
 *
 * The numeric codes are the wire format of `mlhealth_node_status` and live only in the exposition layer
 * (`statusCode`); the core compares statuses with `severity`.
 */
export type Status = 'ok' | 'warning' | 'critical' | 'unknown';

export const STATUSES: readonly Status[] = ['ok', 'warning', 'critical', 'unknown'] as const;

const SEVERITY: Record<Status, number> = { ok: 0, warning: 1, critical: 2, unknown: 3 };

/** Rank of a status in the severity order (ok 0 … unknown 3). */
export function severity(status: Status): number {
  return SEVERITY[status];
}

/** The worse of two statuses in the severity order. */
export function worseStatus(a: Status, b: Status): Status {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/**
 * The worst status in a list; `ok` for an empty list is never returned: an empty list is `unknown`,
 * because a parent without evaluated children has no evidence of health.
 */
export function worstStatus(statuses: readonly Status[]): Status {
  if (statuses.length === 0) return 'unknown';
  return statuses.reduce(worseStatus);
}

/** Wire code of `mlhealth_node_status`: 0 ok, 1 warning, 2 critical, 3 unknown (DESIGN.md, metric contract v1). */
export function statusCode(status: Status): 0 | 1 | 2 | 3 {
  return SEVERITY[status] as 0 | 1 | 2 | 3;
}

/** Inverse of `statusCode`; throws on a code outside 0..3. */
export function statusFromCode(code: number): Status {
  const found = STATUSES.find((s) => SEVERITY[s] === code);
  if (found === undefined) throw new Error(`statusFromCode: code ${code} is not one of 0, 1, 2, 3`);
  return found;
}
