/**
 * The escalation paths of a spec as routing cases: for each policy and severity, the labels a data
 * alert carries and the receivers it must reach; plus the exporter alerts' fan-out. Tests feed them
 * to `amtool config routes test --verify.receivers`.
 */
import type { Spec } from '../../spec/types';
import { ALERTS } from '../rules/names';
import { NULL_RECEIVER, receiverName } from './receivers';
import { lowestLevel, selfAlertLevels } from './routes';

export interface RouteCase {
  description: string;
  labels: Record<string, string>;
  /** In routing order, as amtool prints them. */
  receivers: string[];
}

export function escalationRouteCases(spec: Spec): RouteCase[] {
  const cases: RouteCase[] = [];
  for (const policy of spec.escalation_policies) {
    for (const severity of ['warning', 'critical'] as const) {
      const levels = policy.levels.filter((l) => l.severity === severity);
      const alertname = severity === 'critical' ? ALERTS.nodeCritical : ALERTS.nodeWarning;
      const labels = { alertname, severity, team: policy.team, escalation: policy.id, node: 'any' };
      const bySeverity =
        levels.length === 0 ? [NULL_RECEIVER] : levels.map((l) => receiverName(policy.team, l.receiver));
      cases.push({
        description: `${policy.id} ${severity}`,
        labels: { ...labels, tier: 'component' },
        receivers: bySeverity,
      });
      cases.push({
        description: `${policy.id} ${severity} of a base node that pages`,
        labels: { ...labels, tier: 'base', page: 'true' },
        receivers: bySeverity,
      });
      cases.push({
        description: `${policy.id} ${severity} of a base node: a notification at the lowest level`,
        labels: { ...labels, tier: 'base' },
        receivers: [receiverName(policy.team, lowestLevel(policy).receiver)],
      });
    }
  }
  const self = selfAlertLevels(spec).map(({ policy, level }) => receiverName(policy.team, level.receiver));
  cases.push({
    description:
      spec.platform === undefined
        ? 'exporter down reaches every team'
        : 'exporter down reaches the platform owner',
    labels: { alertname: ALERTS.exporterDown, severity: 'critical', instance: 'mlhealth:9853' },
    receivers: self.length === 0 ? [NULL_RECEIVER] : self,
  });
  cases.push({
    description: 'alert without a team is not notified',
    labels: { alertname: ALERTS.nodeCritical, severity: 'critical', node: 'orphan' },
    receivers: [NULL_RECEIVER],
  });
  return cases;
}
