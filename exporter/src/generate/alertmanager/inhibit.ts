/**
 * Inhibit rules: the exporter being down mutes every data alert of its environment; a critical alert
 * mutes the warnings of the same node (never the retraining recommendation labelled with that node: the
 * critical is what triggers it, so muting it would mean never delivering it); a business-tier page mutes the component-tier pages beneath
 * it (its descendants), so the people paged for the business outcome are not joined by every team
 * whose component summarises the same incident. Base-tier pages (the root causes) stay.
 */
import type { GenerateContext } from '../context';
import { ALERTS, DATA_TIERS } from '../rules/names';
import type { InhibitRule } from './types';

const DATA = `tier=~"${DATA_TIERS.join('|')}"`;

/** A regular expression matching exactly these values (dots and other metacharacters escaped). */
export function exactAlternation(values: readonly string[]): string {
  return values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A matcher string with a regex value, its backslashes escaped for the matcher's double quotes. */
function regexMatcher(label: string, values: readonly string[]): string {
  return `${label}=~${JSON.stringify(exactAlternation(values))}`;
}

export function generateInhibitRules(ctx: GenerateContext): InhibitRule[] {
  const rules: InhibitRule[] = [
    {
      source_matchers: [`alertname=~"${ALERTS.exporterDown}|${ALERTS.exporterAbsent}"`],
      target_matchers: [DATA],
      equal: ['environment'],
    },
    {
      source_matchers: ['severity="critical"', DATA],
      target_matchers: ['severity="warning"', DATA, `alertname!="${ALERTS.retrainRecommended}"`],
      equal: ['environment', 'node'],
    },
  ];
  for (const facts of ctx.nodes.filter((f) => f.node.tier === 'business')) {
    const components = facts.descendants.filter((id) => ctx.byId.get(id)?.node.tier === 'component');
    if (components.length === 0) continue;
    rules.push({
      source_matchers: [`alertname="${ALERTS.businessCritical}"`, `node="${facts.node.id}"`],
      target_matchers: ['severity="critical"', 'tier="component"', regexMatcher('node', components)],
      equal: ['environment'],
    });
  }
  return rules;
}
