/** Labels and link annotations every data alert of a node carries. */
import type { NodeFacts } from '../context';
import type { Severity } from './names';

/**
 * `severity`, `team`, `escalation`, `tier`, `node`, `model`, `outcome`, `page` in that order;
 * `team`/`escalation` are left out when nothing on the node's chain declares an escalation, `model` for
 * nodes spanning models. `outcome` (the DAG root the node sits under) is what Alertmanager groups by, so
 * one incident is one notification per receiver; `page="true"` marks a base node whose spec lets it page
 * by severity (other base alerts go to the lowest escalation level: routes.ts).
 */
export function alertLabels(facts: NodeFacts, severity: Severity): Record<string, string> {
  const labels: Record<string, string> = { severity };
  if (facts.team !== undefined) labels.team = facts.team.id;
  if (facts.policy !== undefined) labels.escalation = facts.policy.id;
  labels.tier = facts.node.tier;
  labels.node = facts.node.id;
  if (facts.node.model !== undefined) labels.model = facts.node.model;
  labels.outcome = facts.outcome;
  if (facts.node.tier === 'base' && facts.node.page === true) labels.page = 'true';
  return labels;
}

/** `summary` and `description` followed by `runbook_url` (when known) and `dashboard_url`. */
export function alertAnnotations(
  facts: NodeFacts,
  summary: string,
  description: string,
): Record<string, string> {
  const annotations: Record<string, string> = { summary, description };
  if (facts.runbookUrl !== undefined) annotations.runbook_url = facts.runbookUrl;
  annotations.dashboard_url = facts.dashboardUrl;
  return annotations;
}

/** A PromQL label matcher value: double-quoted with Go escapes (valid for any string). */
export function quote(value: string): string {
  return JSON.stringify(value);
}
