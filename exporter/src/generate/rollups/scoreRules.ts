/**
 * A parent's rollup score (recorded) and status floor (an expression the status rule reads) from its
 * rated children (docs/cascade.md, `cascade/rollup.ts`), one term per rollup kind present at the depth:
 *
 *   worst_of        score min sᵢ                      floor max statusᵢ
 *   weighted_mean   score clamp(1 − Σwᵢ(1−sᵢ)/Σwᵢ, 0, 1)  floor 1 (warning) when a child is critical
 *                                                            (critical_floor), else 0
 *   k_of_n (k)      score min(topk(k, s)), only with ≥ k   floor max(bottomk(k, status)): the k-th best
 *                   rated children
 *
 * The weighted mean is computed as the engine computes it (1 − deficit), with Prometheus' float sums
 * instead of the engine's exact ones: equal within 1e-9 (property-tested). No rated child (or fewer
 * than k): no score, and the status rule makes the parent unknown.
 */
import type { RecordingRule } from '../rules/types';
import { atDepth, ratedStatus } from './edgeRules';
import type { DepthPlan } from './plan';
import { EDGE_KEY, labelList, NODE_KEY, NODE_LABELS, orAll, RECORDS, sel } from './vocabulary';

const BY = labelList(NODE_LABELS);
const EDGE_ON = labelList(EDGE_KEY);

function scoreTerms(plan: DepthPlan): string[] {
  const score = (extra: Record<string, string>) => sel(RECORDS.edgeRatedScore, atDepth(plan, extra));
  const terms: string[] = [];
  if (plan.rules.has('worst_of')) terms.push(`min by ${BY} (${score({ rollup: 'worst_of' })})`);
  if (plan.rules.has('weighted_mean')) {
    const wm = { rollup: 'weighted_mean' };
    const weight = sel(RECORDS.edgeWeight, atDepth(plan, wm));
    terms.push(
      `clamp(\n  1 - sum by ${BY} (${weight} * on ${EDGE_ON} group_left () (1 - ${score(wm)}))\n` +
        `  / sum by ${BY} (${weight} and on ${EDGE_ON} ${score(wm)}),\n  0, 1\n)`,
    );
  }
  for (const k of plan.ks) {
    const kn = score({ rollup: 'k_of_n', k: String(k) });
    terms.push(
      `min by ${BY} (topk by ${BY} (${k}, ${kn}))\nand on ${labelList(NODE_KEY)} (count by ${labelList(NODE_KEY)} (${kn}) >= ${k})`,
    );
  }
  return terms;
}

function floorTerms(plan: DepthPlan): string[] {
  const status = (extra: Record<string, string>) => ratedStatus(plan, extra);
  const terms: string[] = [];
  if (plan.rules.has('worst_of')) terms.push(`max by ${BY} (${status({ rollup: 'worst_of' })})`);
  if (plan.criticalFloors.has(true)) {
    terms.push(`max by ${BY} (${status({ rollup: 'weighted_mean', critical_floor: 'true' })}) == bool 2`);
  }
  if (plan.criticalFloors.has(false)) {
    terms.push(`max by ${BY} (${status({ rollup: 'weighted_mean', critical_floor: 'false' })}) * 0`);
  }
  for (const k of plan.ks) {
    terms.push(`max by ${BY} (bottomk by ${BY} (${k}, ${status({ rollup: 'k_of_n', k: String(k) })}))`);
  }
  return terms;
}

/** The status floor of every parent of the depth, read inline by the status rule (not recorded). */
export function floorExpr(plan: DepthPlan): string {
  return orAll(floorTerms(plan)) as string;
}

/** The score rule of a depth (every plan has at least one rollup kind). */
export function scoreRules(plan: DepthPlan): RecordingRule[] {
  return [{ record: RECORDS.nodeScore, expr: orAll(scoreTerms(plan)) as string }];
}
