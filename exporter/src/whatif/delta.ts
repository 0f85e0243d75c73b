/**
 * Live versus scenario business impact, node by node. Pure.
 */
import type { CascadeSnapshot, NodeResult } from '../cascade/types';
import type { Spec } from '../spec/types';
import type { ImpactDelta } from './types';

function amount(r: NodeResult | undefined): number | null {
  return r?.impact?.value ?? null;
}

function unknownReason(r: NodeResult | undefined): string | undefined {
  if (r === undefined) return 'node not evaluated';
  if (r.impact !== null) return undefined;
  return r.impactUnknown?.reason ?? `status ${r.status}`;
}

/**
 * One delta per node of the spec that declares an impact model, in spec order. The difference is
 * scenario − live, null when either amount is unknown: missing data is never priced as zero.
 * Complexity O(nodes).
 *
 * @example impactDeltas(spec, live, scenario)[0]
 * // { node: 'revenue_assurance', measure: 'revenue_at_risk', unit: 'EUR/hour', live: 0, scenario: 1536,
 * //   difference: 1536, live_status: 'ok', scenario_status: 'warning', ... }
 */
export function impactDeltas(spec: Spec, live: CascadeSnapshot, scenario: CascadeSnapshot): ImpactDelta[] {
  const liveById = new Map(live.nodes.map((n) => [n.id, n]));
  const scenarioById = new Map(scenario.nodes.map((n) => [n.id, n]));
  const out: ImpactDelta[] = [];
  for (const node of spec.nodes) {
    if (node.impact === undefined) continue;
    const l = liveById.get(node.id);
    const s = scenarioById.get(node.id);
    const liveAmount = amount(l);
    const scenarioAmount = amount(s);
    const delta: ImpactDelta = {
      node: node.id,
      title: node.title,
      measure: node.impact.measure,
      unit: node.impact.unit,
      live: liveAmount,
      scenario: scenarioAmount,
      difference: liveAmount !== null && scenarioAmount !== null ? scenarioAmount - liveAmount : null,
      live_status: l?.status ?? 'unknown',
      scenario_status: s?.status ?? 'unknown',
    };
    const lr = unknownReason(l);
    const sr = unknownReason(s);
    if (lr !== undefined) delta.live_unknown_reason = lr;
    if (sr !== undefined) delta.scenario_unknown_reason = sr;
    out.push(delta);
  }
  return out;
}
