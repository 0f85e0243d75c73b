/**
 * Inhibit rules: one incident, told once per team, at the highest node it reaches.
 *
 * 1. An exporter down or failing to evaluate mutes the data alerts it produced (`equal: [environment,
 *    instance]`: the platform owner is told instead; those alerts are no evidence meanwhile), and the
 *    data-absence alerts of recorded nodes (no `instance`: parents spanning models, docs/scale-out.md),
 *    which a missing shard leaves unknown, and the burn-rate alerts (recorded `sum by (environment,
 *    model)`, no `instance`), whose windows hold the outage. With one exporter that is every data alert
 *    of the environment; with shards, the other shards' alerts and the recorded parents' status alerts
 *    still tell. No exporter
 *    scraped at all (`MlhealthExporterAbsent`, no `instance`) mutes every data alert of the environment.
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

/** Data alerts without `instance` that an exporter down or failing makes meaningless. */
const UNOWNED = [...ALERT_FAMILIES.absence, ALERTS.errorBudgetBurn];

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
 * The inhibit rules of a spec, in a fixed order: exporter (three rules), same node, then one set per node with
 * same-team descendants in spec order. Complexity O(nodes × descendants).
 *
 * @example generateInhibitRules(ctx)[0].source_matchers // ['alertname=~"MlhealthExporterDown|MlhealthEvaluationFailing"']
 */
export function generateInhibitRules(ctx: GenerateContext): InhibitRule[] {
  const failing = `alertname=~"${[ALERTS.exporterDown, ALERTS.evaluationFailing].join('|')}"`;
  return [
    { source_matchers: [failing], target_matchers: [DATA], equal: ['environment', 'instance'] },
    {
      source_matchers: [failing],
      target_matchers: [DATA, regexMatcher('alertname', UNOWNED), 'instance=""'],
      equal: ['environment'],
    },
    {
      source_matchers: [`alertname="${ALERTS.exporterAbsent}"`],
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
