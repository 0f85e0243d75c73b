/**
 * The spec's people and what-ifs: receivers, teams, escalation policies and named scenarios. Part of
 * `Spec` (types.ts has the whole document and its conventions).
 */
import type { Status } from './status';

export type ReceiverSpec =
  | { type: 'webhook'; name: string; url?: string; url_file?: string }
  | { type: 'email'; name: string; to: string }
  | { type: 'slack'; name: string; channel: string; api_url_file: string }
  | { type: 'pagerduty'; name: string; routing_key_file: string };

export interface TeamSpec {
  id: string;
  title?: string;
  receivers: ReceiverSpec[];
  /** Business hours for routes that only page then; Alertmanager time_interval semantics. */
  business_hours?: { weekdays: string[]; start: string; end: string; location: string };
}

export interface EscalationLevelSpec {
  severity: 'warning' | 'critical';
  /** Receiver name within the team. */
  receiver: string;
  /** Who must respond within this many seconds (drives repeat_interval). */
  respond_within: number;
  business_hours_only?: boolean;
}

export interface EscalationPolicySpec {
  id: string;
  team: string;
  levels: EscalationLevelSpec[];
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

export type ScenarioChange =
  | { node: string; value: number }
  | { node: string; score: number }
  | { node: string; status: Status }
  | { fail_source: string }
  | { fail_feature: { model: string; feature: string } }
  | { age_model: { model: string; days: number } }
  | { scale_exposure: { node?: string; factor: number } }
  | { set_exposure: { node: string; value: number } };

export interface ScenarioSpec {
  id: string;
  title: string;
  description?: string;
  changes: ScenarioChange[];
}
