/**
 * Each child's share of its parent's score deficit
 * (`cascade/contributions.ts`), for every parent of the depth whose rollup score is below 1 — unknown
 * parents with an advisory score included, as the exporter serves them.
 *
 *   deficit   weighted_mean: wᵢ(1 − sᵢ); worst_of and k_of_n: 1 − sᵢ for the rated children at or
 *             below the parent's score (the minimum, or the k-th best), the others none;
 *   share     deficitᵢ / Σ deficit over the parent's children, and 0 for every other edge (unknown
 *             children under propagate/ignore/max_unknown_share, children above the pivot).
 */
import type { RecordingRule } from '../rules/types';
import { atDepth } from './edgeRules';
import type { DepthPlan } from './plan';
import { anyOf, labelList, NODE_KEY, orAll, RECORDS, sel } from './vocabulary';

const KEY = labelList(NODE_KEY);

function deficitTerms(plan: DepthPlan): string[] {
  const score = (extra: Record<string, string>) => sel(RECORDS.edgeRatedScore, atDepth(plan, extra));
  const terms: string[] = [];
  if (plan.rules.has('weighted_mean')) {
    const wm = { rollup: 'weighted_mean' };
    terms.push(`${sel(RECORDS.edgeWeight, atDepth(plan, wm))} * (1 - ${score(wm)})`);
  }
  const pivoted = (['worst_of', 'k_of_n'] as const).filter((r) => plan.rules.has(r));
  if (pivoted.length > 0) {
    const rated = score({ rollup: pivoted.length === 1 ? pivoted[0] : anyOf(pivoted) });
    terms.push(`1 - (${rated} <= on ${KEY} group_left () ${sel(RECORDS.nodeScore, atDepth(plan))})`);
  }
  return terms;
}

/** The deficit and contribution rules of a depth. */
export function contributionRules(plan: DepthPlan): RecordingRule[] {
  const deficit = sel(RECORDS.edgeDeficit, atDepth(plan));
  const share = `${deficit}\n/ on ${KEY} group_left ()\n(sum by ${KEY} (${deficit}) > 0)`;
  const belowOne = `${sel(RECORDS.nodeScore, atDepth(plan))} < 1`;
  const edges = `${sel(RECORDS.edgeWeight, atDepth(plan))} * 0`;
  return [
    { record: RECORDS.edgeDeficit, expr: orAll(deficitTerms(plan)) as string },
    {
      record: RECORDS.edgeShare,
      expr: `(\n  (${share})\n  or\n  ${edges}\n)\nand on ${KEY} (${belowOne})`,
    },
  ];
}
