/**
 * The wire form of a scenario outcome (`POST /api/v1/scenarios`, `mlhealth scenario --format json`):
 * snake_case like the spec and `GET /api/v1/cascade`, statuses as words plus `status_code`. Pure.
 */
import { explainNode } from '../cascade';
import { statusCode } from '../spec/status';
import type { NodeResult } from '../cascade/types';
import type { ScenarioChange, Spec } from '../spec/types';
import type { ImpactDelta, ScenarioOutcome } from './types';

export interface ScenarioNodeJson {
  id: string;
  tier: NodeResult['tier'];
  model: string;
  score: number | null;
  status: NodeResult['status'];
  status_code: number;
  value: number | null;
  reason: string;
  contributions: { child: string; share: number }[];
  impact: NodeResult['impact'];
  impact_unknown: NodeResult['impactUnknown'] | null;
  live_score: number | null;
  live_status: NodeResult['status'];
  /** Score or status differs from live. */
  changed: boolean;
}

export interface ScenarioJson {
  at: number;
  failure: 'unknown' | 'worst_case';
  changes: ScenarioChange[];
  notes: string[];
  impacts: ImpactDelta[];
  /** Node id → one-line cause, for every impact node that is not ok under the scenario. */
  explanations: Record<string, string>;
  /** Every node under the scenario, in spec order. */
  cascade: ScenarioNodeJson[];
}

function nodeJson(r: NodeResult, live: NodeResult | undefined): ScenarioNodeJson {
  const liveScore = live?.score ?? null;
  const liveStatus = live?.status ?? 'unknown';
  return {
    id: r.id,
    tier: r.tier,
    model: r.model,
    score: r.score,
    status: r.status,
    status_code: statusCode(r.status),
    value: r.value,
    reason: r.reason,
    contributions: r.contributions,
    impact: r.impact,
    impact_unknown: r.impactUnknown ?? null,
    live_score: liveScore,
    live_status: liveStatus,
    changed: liveScore !== r.score || liveStatus !== r.status,
  };
}

/**
 * A scenario outcome as JSON. Complexity O(nodes × depth) for the explanations.
 * @example scenarioJson(spec, outcome).explanations.revenue_assurance
 * // 'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.3'
 */
export function scenarioJson(spec: Spec, outcome: ScenarioOutcome): ScenarioJson {
  const live = new Map(outcome.live.nodes.map((n) => [n.id, n]));
  const explanations: Record<string, string> = {};
  for (const delta of outcome.impacts) {
    if (delta.scenario_status !== 'ok')
      explanations[delta.node] = explainNode(outcome.scenario, delta.node, spec);
  }
  return {
    at: outcome.at,
    failure: outcome.failure,
    changes: outcome.changes,
    notes: outcome.notes,
    impacts: outcome.impacts,
    explanations,
    cascade: outcome.scenario.nodes.map((n) => nodeJson(n, live.get(n.id))),
  };
}
