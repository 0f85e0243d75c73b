/**
 * Which reference columns are not features: the prediction, its confidence, the event id and the label
 * (named by `--prediction`, `--confidence`, `--id`, `--label`, else found under those very names), and
 * the other fields of a prediction event (`timestamp`, `latency_seconds`, `error`, `attribution.*`),
 * which `mlhealth ingest` never sends as features either.
 */
import { UsageError } from '../usageError';

export type Role = 'prediction' | 'confidence' | 'id' | 'label';

export const ROLES: readonly Role[] = ['prediction', 'confidence', 'id', 'label'];

/** Event fields besides the roles: never features. */
const EVENT_FIELDS: ReadonlySet<string> = new Set(['timestamp', 'latency_seconds', 'error']);

/** The column of each role present in the reference. */
export type Roles = Partial<Record<Role, string>>;

/**
 * The role columns: each flag's column (it must exist), else the column named like the role, if any.
 *
 * @throws UsageError naming the flag when its column is not in `columns` (listing them), or when two
 *   flags name the same column.
 * @example resolveRoles(['age', 'score', 'prediction'], { prediction: 'score' }) // { prediction: 'score' }
 * @example resolveRoles(['age', 'prediction', 'id'], {}) // { prediction: 'prediction', id: 'id' }
 */
export function resolveRoles(columns: readonly string[], flags: Roles): Roles {
  const roles: Roles = {};
  const claimed = new Map<string, Role>();
  for (const role of ROLES) {
    const named = flags[role];
    if (named !== undefined && !columns.includes(named)) {
      throw new UsageError(
        `--${role} '${named}': the reference has no such column (columns: ${columns.join(', ')})`,
      );
    }
    if (named !== undefined && claimed.has(named)) {
      throw new UsageError(`--${role} '${named}': the column is --${claimed.get(named)} already`);
    }
    if (named !== undefined) claimed.set(named, role);
  }
  for (const role of ROLES) {
    const column = flags[role] ?? (columns.includes(role) && !claimed.has(role) ? role : undefined);
    if (column !== undefined) roles[role] = column;
  }
  return roles;
}

/**
 * Whether a column is a feature: not a role column, not another event field, not an attribution.
 * @example isFeatureColumn('latency_seconds', {}) // false
 * @example isFeatureColumn('age', { label: 'target' }) // true
 */
export function isFeatureColumn(column: string, roles: Roles): boolean {
  if (EVENT_FIELDS.has(column) || column.startsWith('attribution.')) return false;
  if (ROLES.includes(column as Role)) return false;
  return !Object.values(roles).includes(column);
}
