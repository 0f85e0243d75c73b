/**
 * Inhibit rules: one incident, told once per team, at the highest node it reaches.
 *
 * 1. The exporter down, absent or failing to evaluate mutes every data alert of its environment (the
 *    platform owner is told instead; the data alerts are not evidence of anything meanwhile).
 * 2. A critical alert mutes the warnings of the same node.
 * 3. An ancestor's alert mutes its descendants' alerts of the same family and of equal or lower
 *    severity, in every tier (base included), when both route to the same team (`equal: team`): a team
 *    hears of an incident once, at the highest node it owns, whose description carries the cause chain
 *    down to the feature and statistic (rules/chain.ts). A team is never silenced by another team's alert.
 *    Families: status alerts (warning/critical) mute status alerts; data-absence alerts (no data, data
 *    lost, stale) mute data-absence alerts, so an ancestor that is unknown never hides a real degradation
 *    below it.
 *
 * The retraining recommendation is never muted: the critical is what triggers it.
 */
import type { GenerateContext, NodeFacts } from '../context';
import { ALERTS, DATA_TIERS } from '../rules/names';
import type { InhibitRule } from './types';

const DATA = `tier=~"${DATA_TIERS.join('|')}"`;
const NOT_RETRAIN = `alertname!="${ALERTS.retrainRecommended}"`;

/** The alert families an ancestor mutes in its descendants, each as an alternation of alert names. */
export const ALERT_FAMILIES = {
  status: [ALERTS.nodeWarning, ALERTS.nodeCritical, ALERTS.businessWarning, ALERTS.businessCritical],
  absence: [ALERTS.nodeNoData, ALERTS.nodeDataLost, ALERTS.evaluationStale],
} as const;

/** A regular expression matching exactly these values (dots and other metacharacters escaped). */
export function exactAlternation(values: readonly string[]): string {
  return values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A matcher string with a regex value, its backslashes escaped for the matcher's double quotes. */
function regexMatcher(label: string, values: readonly string[]): string {
  return `${label}=~${JSON.stringify(exactAlternation(values))}`;
}

/** The descendants of a node whose alerts route to the same team (none when the node routes nowhere). */
export function sameTeamDescendants(ctx: GenerateContext, facts: NodeFacts): string[] {
  const team = facts.team?.id;
  if (team === undefined) return [];
  return facts.descendants.filter((id) => ctx.byId.get(id)?.team?.id === team);
}

/** Rules 3 for one ancestor: per family, its critical mutes both severities below, its warning mutes warnings. */
function ancestorRules(ctx: GenerateContext, facts: NodeFacts): InhibitRule[] {
  const below = sameTeamDescendants(ctx, facts);
  if (below.length === 0) return [];
  const node = regexMatcher('node', [facts.node.id]);
  const targets = regexMatcher('node', below);
  return Object.values(ALERT_FAMILIES).flatMap((family) => {
    const names = regexMatcher('alertname', family);
    return [
      {
        source_matchers: [names, 'severity="critical"', node],
        target_matchers: [names, 'severity=~"warning|critical"', targets],
        equal: ['environment', 'team'],
      },
      {
        source_matchers: [names, 'severity="warning"', node],
        target_matchers: [names, 'severity="warning"', targets],
        equal: ['environment', 'team'],
      },
    ];
  });
}

/**
 * The inhibit rules of a spec, in a fixed order: exporter, same node, then one set per node with
 * same-team descendants in spec order. Complexity O(nodes × descendants).
 *
 * @example generateInhibitRules(ctx)[0].source_matchers // ['alertname=~"MlhealthExporterDown|MlhealthExporterAbsent|MlhealthEvaluationFailing"']
 */
export function generateInhibitRules(ctx: GenerateContext): InhibitRule[] {
  const exporter = [ALERTS.exporterDown, ALERTS.exporterAbsent, ALERTS.evaluationFailing];
  return [
    {
      source_matchers: [`alertname=~"${exporter.join('|')}"`],
      target_matchers: [DATA],
      equal: ['environment'],
    },
    {
      source_matchers: ['severity="critical"', DATA, NOT_RETRAIN],
      target_matchers: ['severity="warning"', DATA, NOT_RETRAIN],
      equal: ['environment', 'node'],
    },
    ...ctx.nodes.flatMap((facts) => ancestorRules(ctx, facts)),
  ];
}
