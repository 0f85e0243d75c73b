/**
 * Each child's share of its parent's score deficit
 * (`cascade/contributions.ts`), for every parent of the depth whose rollup score is below 1 — unknown
 * parents with an advisory score included, as the exporter serves them.
 *
 *   deficit   weighted_mean: wᵢ(1 − sᵢ); worst_of and k_of_n: 1 − sᵢ for the rated children at or
 *             below the parent's score (the minimum, or the k-th best), the others none;
 *   share     deficitᵢ / Σ deficit over the parent's children, and 0 for every other edge (unknown
 *             children under propagate/ignore/max_unknown_share, children above the pivot).
 * The deficit is an expression over the depth's edge records, read twice by the share rule rather than
 * recorded: one edge series fewer per edge of the fleet.
 */
import type { RecordingRule } from '../rules/types';
import { atDepth } from './edgeRules';
import type { DepthPlan } from './plan';
import { anyOf, EDGE_KEY, labelList, NODE_KEY, orAll, RECORDS, sel } from './vocabulary';

const KEY = labelList(NODE_KEY);

/** The deficit terms, for the edges of the parents whose score is below 1 only (`below`). */
function deficitTerms(plan: DepthPlan, below: string): string[] {
  const score = (extra: Record<string, string>) => sel(RECORDS.edgeRatedScore, atDepth(plan, extra));
  const terms: string[] = [];
  if (plan.rules.has('weighted_mean')) {
    const wm = { rollup: 'weighted_mean' };
    const weight = sel(RECORDS.edgeWeight, atDepth(plan, wm));
    terms.push(
      `${weight} * on ${labelList(EDGE_KEY)} group_left () (1 - ${score(wm)}) and on ${KEY} (${below})`,
    );
  }
  const pivoted = (['worst_of', 'k_of_n'] as const).filter((r) => plan.rules.has(r));
  if (pivoted.length > 0) {
    // The pivot is the parent's score; matching only parents below 1 keeps only their edges.
    const rated = score({ rollup: pivoted.length === 1 ? pivoted[0] : anyOf(pivoted) });
    terms.push(`1 - (${rated} <= on ${KEY} group_left () (${below}))`);
  }
  return terms;
}

/**
 * The contribution rule of a depth. Only the parents whose rollup score is below 1 have
 * contributions; they are selected first, so the deficits of the (usually many) healthy parents are
 * never computed.
 */
export function contributionRules(plan: DepthPlan): RecordingRule[] {
  const below = `${sel(RECORDS.nodeScore, atDepth(plan))} < 1`;
  const deficit = `(\n  ${orAll(deficitTerms(plan, below)) as string}\n)`;
  const share = `${deficit}\n/ on ${KEY} group_left ()\n(sum by ${KEY} (${deficit}) > 0)`;
  const edges = `${sel(RECORDS.edgeWeight, atDepth(plan))} * 0`;
  return [
    {
      record: RECORDS.edgeShare,
      expr: `(\n  (${share})\n  or on ${labelList(EDGE_KEY)}\n  ${edges}\n  and on ${KEY} (${below})\n)`,
    },
  ];
}
