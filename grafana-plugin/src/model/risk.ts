/** Discrete risk levels per business outcome, for the risk bar chart. */
import { severity, type Status } from './status';
import type { CascadeModel } from './types';

export interface RiskLevel {
  id: string;
  title: string;
  status: Status;
  /** 0 low (ok), 1 elevated (warning), 2 high (critical); null when unknown. */
  level: 0 | 1 | 2 | null;
  /** Impact of the node's first measure, null when none is current. */
  impact: number | null;
  measure: string;
  /** The measure's unit and period (`Impact`), `''` when not exported. */
  unit: string;
  per: string;
}

const LEVEL: Record<Status, 0 | 1 | 2 | null> = { ok: 0, warning: 1, critical: 2, unknown: null };

/**
 * One entry per business node, worst first (unknown first of all, since it hides what is going on), then
 * by impact, then title. O(n log n).
 *
 * @example businessRiskLevels(model).map((r) => r.level) // [2, 1, 0]
 */
export function businessRiskLevels(model: CascadeModel): RiskLevel[] {
  return model.nodes
    .filter((n) => n.tier === 'business')
    .map((n) => ({
      id: n.id,
      title: n.title,
      status: n.status,
      level: LEVEL[n.status],
      impact: n.impacts[0]?.value ?? null,
      measure: n.impacts[0]?.measure ?? '',
      unit: n.impacts[0]?.unit ?? '',
      per: n.impacts[0]?.per ?? '',
    }))
    .sort(
      (a, b) =>
        severity(b.status) - severity(a.status) || (b.impact ?? 0) - (a.impact ?? 0) || a.title.localeCompare(b.title)
    );
}
