/**
 * The routing tree. Data alerts go by `team`, then `escalation` (policy), then `severity` to the receiver
 * of each matching level, repeating at the level's response time; they are grouped by environment, team
 * and outcome, so one incident is one notification per receiver and level (inhibit.ts mutes the alerts
 * an ancestor's alert already tells). Base-tier alerts are notifications at the policy's lowest level
 * unless the node declares `page: true`. The exporter's own alerts go to the platform owner's critical
 * levels (`platform.escalation`), else to every team's critical receivers.
 */
import { formatDuration } from '../../spec/duration';
import type { EscalationLevelSpec, EscalationPolicySpec, Spec } from '../../spec/types';
import { SELF_ALERTS } from '../rules/names';
import { NULL_RECEIVER, receiverName } from './receivers';
import type { Route, TimeInterval } from './types';

/**
 * Data alerts are grouped per environment, team and outcome (not per alert name or node): a compound
 * incident under one outcome is one notification per receiver and level, its alerts listed in it.
 */
export const GROUP_BY = ['environment', 'team', 'outcome'];
const DEFAULT_GROUP_INTERVAL = 300;

/** Name of a team's business-hours time interval. */
export function businessHoursName(team: string): string {
  return `${team}-business-hours`;
}

/** One time interval per team that declares business hours, in spec order. */
export function generateTimeIntervals(spec: Spec): TimeInterval[] {
  return spec.teams.flatMap((team) => {
    const bh = team.business_hours;
    if (bh === undefined) return [];
    return [
      {
        name: businessHoursName(team.id),
        time_intervals: [
          {
            times: [{ start_time: bh.start, end_time: bh.end }],
            weekdays: bh.weekdays,
            location: bh.location,
          },
        ],
      },
    ];
  });
}

/** The route of one escalation level: its severity, its receiver, repeats at its response time. */
export function levelRoute(spec: Spec, policy: EscalationPolicySpec, level: EscalationLevelSpec): Route {
  const route: Route = {
    receiver: receiverName(policy.team, level.receiver),
    matchers: [`severity="${level.severity}"`],
    group_interval: formatDuration(Math.min(DEFAULT_GROUP_INTERVAL, level.respond_within)),
    repeat_interval: formatDuration(level.respond_within),
  };
  if (level.business_hours_only === true) {
    const team = spec.teams.find((t) => t.id === policy.team);
    if (team?.business_hours === undefined) {
      throw new Error(
        `levelRoute: policy '${policy.id}' has a business_hours_only level for receiver '${level.receiver}', ` +
          `but team '${policy.team}' declares no business_hours`,
      );
    }
    route.active_time_intervals = [businessHoursName(team.id)];
  }
  return route;
}

/** Every route but the last continues, so that several levels of one severity all notify. */
function continuing(routes: Route[]): Route[] {
  return routes.map((r, i) => (i < routes.length - 1 ? { ...r, continue: true } : r));
}

/** The least urgent level of a policy: its first warning level, else its first level. */
export function lowestLevel(policy: EscalationPolicySpec): EscalationLevelSpec {
  return policy.levels.find((l) => l.severity === 'warning') ?? (policy.levels[0] as EscalationLevelSpec);
}

/** Base-tier alerts of nodes without `page: true`, whatever their severity: the lowest level only. */
function baseNotificationRoute(spec: Spec, policy: EscalationPolicySpec): Route {
  const { matchers: _severity, ...rest } = levelRoute(spec, policy, lowestLevel(policy));
  return { ...rest, matchers: ['tier="base"', 'page!="true"'] };
}

function policyRoute(spec: Spec, policy: EscalationPolicySpec): Route {
  return {
    receiver: NULL_RECEIVER,
    matchers: [`escalation="${policy.id}"`],
    routes: [
      baseNotificationRoute(spec, policy),
      ...continuing(policy.levels.map((level) => levelRoute(spec, policy, level))),
    ],
  };
}

/**
 * The critical levels every exporter alert is sent to: the platform owner's policy when the spec declares
 * one, else every team's policies; deduplicated by receiver.
 */
export function selfAlertLevels(
  spec: Spec,
): Array<{ policy: EscalationPolicySpec; level: EscalationLevelSpec }> {
  const seen = new Set<string>();
  const out: Array<{ policy: EscalationPolicySpec; level: EscalationLevelSpec }> = [];
  const platform = spec.platform?.escalation;
  const policies =
    platform === undefined
      ? spec.escalation_policies
      : spec.escalation_policies.filter((p) => p.id === platform);
  for (const policy of policies) {
    for (const level of policy.levels.filter((l) => l.severity === 'critical')) {
      const name = receiverName(policy.team, level.receiver);
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ policy, level });
    }
  }
  return out;
}

/** The root route of the generated configuration. */
export function generateRoute(spec: Spec): Route {
  const selfRoutes = selfAlertLevels(spec).map(({ policy, level }) => {
    const { matchers: _severity, ...rest } = levelRoute(spec, policy, level);
    return rest;
  });
  const teams = spec.teams.filter((t) => spec.escalation_policies.some((p) => p.team === t.id));
  return {
    receiver: NULL_RECEIVER,
    group_by: GROUP_BY,
    group_wait: '30s',
    group_interval: formatDuration(DEFAULT_GROUP_INTERVAL),
    repeat_interval: '4h',
    routes: [
      {
        receiver: NULL_RECEIVER,
        matchers: [`alertname=~"${SELF_ALERTS.join('|')}"`],
        group_by: ['alertname', 'environment', 'instance'],
        routes: continuing(selfRoutes),
      },
      ...teams.map((team) => ({
        receiver: NULL_RECEIVER,
        matchers: [`team="${team.id}"`],
        routes: spec.escalation_policies.filter((p) => p.team === team.id).map((p) => policyRoute(spec, p)),
      })),
    ],
  };
}
