/** Business impact totals: money (or the declared measure) at risk summed over business nodes. */
import type { CascadeNode, ImpactTotal } from './types';

/**
 * Sums each impact measure over the business-tier nodes.
 *
 * Convention: a node whose impact has no current sample adds nothing and is counted in `missing`, so a
 * view can say "at least" instead of showing a lower bound as the truth; exposures sum the same way
 * (null when no node exports one); a total takes the unit and period of the first node that exports
 * them. Measures are sorted by name. O(nodes · measures).
 *
 * @example sumImpacts([]) // []
 */
export function sumImpacts(nodes: readonly CascadeNode[]): ImpactTotal[] {
  const totals = new Map<string, ImpactTotal>();
  for (const node of nodes) {
    if (node.tier !== 'business') {
      continue;
    }
    for (const impact of node.impacts) {
      const t = totals.get(impact.measure) ?? {
        measure: impact.measure,
        total: 0,
        missing: 0,
        known: 0,
        exposure: null,
        unit: '',
        per: '',
      };
      t.unit ||= impact.unit;
      t.per ||= impact.per;
      if (impact.value === null) {
        t.missing += 1;
      } else {
        t.known += 1;
        t.total += impact.value;
      }
      if (impact.exposure !== null) {
        t.exposure = (t.exposure ?? 0) + impact.exposure;
      }
      totals.set(impact.measure, t);
    }
  }
  return [...totals.values()].sort((a, b) => a.measure.localeCompare(b.measure));
}
