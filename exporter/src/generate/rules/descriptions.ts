/**
 * The `description` annotations of data alerts, written once for the rules (with Prometheus
 * templates) and for the generated rule tests (with the text those templates expand to).
 */
import type { Spec } from '../../spec/types';
import { METRICS } from '../../metrics/names';
import type { NodeFacts } from '../context';
import { displayDuration, formatThreshold } from './format';
import type { AlertText } from './text';
import { staleAfter } from './timing';

/** Warning/critical: the value (base) or score, impact and top contributor (parents), against thresholds. */
export function statusDescription(spec: Spec, facts: NodeFacts, text: AlertText): string {
  const { node } = facts;
  const extra = node.description === undefined ? '' : ` ${node.description}`;
  if (node.tier === 'base') {
    const t = node.thresholds;
    const bounds =
      t === undefined
        ? ''
        : ` (${t.direction.replace(/_/g, ' ')}; warning at ${formatThreshold(t.warning, node.unit)}, ` +
          `critical at ${formatThreshold(t.critical, node.unit)})`;
    return `${node.title}: value ${text.value(node.id, node.unit)}${bounds}.${extra}`;
  }
  const t = node.thresholds ?? spec.defaults.score_thresholds;
  const score = `score ${text.score(node.id)} (warning below ${t.warning}, critical below ${t.critical})`;
  const why = text.causeChain(node.id, facts.height);
  if (node.impact !== undefined) {
    const { measure, unit } = node.impact;
    return `${node.title}: ${text.impact(node.id, measure, unit)}; ${score}; ${why}.${extra}`;
  }
  return `${node.title}: ${score}; ${why}.${extra}`;
}

/** No data: the unknown status, or no series at all while the exporter is up. */
export function noDataDescription(spec: Spec, facts: NodeFacts, text: AlertText): string {
  const { node } = facts;
  const unknown =
    `${node.title} is unknown: its input is missing, older than ${displayDuration(spec.defaults.stale_after)}, ` +
    `or its source failed (or, for a parent, a child is unknown). Missing data is never green.`;
  const absent =
    `The exporter ${text.instance()} is up but serves no ${METRICS.nodeStatus.name} series for ${node.id}: ` +
    `the deployed spec and these rules disagree. Regenerate the rules from the deployed spec.`;
  return text.unknownOrAbsent(unknown, absent);
}

/** Stale evaluation: how long ago the node was computed against its cadence. */
export function staleDescription(facts: NodeFacts, text: AlertText): string {
  const { node } = facts;
  return (
    `${node.title} was last computed ${text.valueAsDuration()} ago; it is evaluated every ` +
    `${displayDuration(facts.cadence)} and counts as stale after ${displayDuration(staleAfter(facts))}. ` +
    `The exporter's evaluation loop or one of its sources is stuck.`
  );
}
