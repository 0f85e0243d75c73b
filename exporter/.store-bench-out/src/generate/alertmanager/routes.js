"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GROUP_BY = void 0;
exports.businessHoursName = businessHoursName;
exports.generateTimeIntervals = generateTimeIntervals;
exports.levelRoute = levelRoute;
exports.selfAlertLevels = selfAlertLevels;
exports.generateRoute = generateRoute;
/**
 * The routing tree: exporter alerts fan out to every team's critical receivers (they mute every data
 * alert, so every team must know); data alerts go by `team`, then `escalation` (policy), then
 * `severity` to the receiver of each matching level, repeating at the level's response time.
 */
const duration_1 = require("../../spec/duration");
const names_1 = require("../rules/names");
const receivers_1 = require("./receivers");
/** Data alerts are grouped per alert kind, environment, team and model: one notification per model incident. */
exports.GROUP_BY = ['alertname', 'environment', 'team', 'model'];
const DEFAULT_GROUP_INTERVAL = 300;
/** Name of a team's business-hours time interval. */
function businessHoursName(team) {
    return `${team}-business-hours`;
}
/** One time interval per team that declares business hours, in spec order. */
function generateTimeIntervals(spec) {
    return spec.teams.flatMap((team) => {
        const bh = team.business_hours;
        if (bh === undefined)
            return [];
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
function levelRoute(spec, policy, level) {
    const route = {
        receiver: (0, receivers_1.receiverName)(policy.team, level.receiver),
        matchers: [`severity="${level.severity}"`],
        group_interval: (0, duration_1.formatDuration)(Math.min(DEFAULT_GROUP_INTERVAL, level.respond_within)),
        repeat_interval: (0, duration_1.formatDuration)(level.respond_within),
    };
    if (level.business_hours_only === true) {
        const team = spec.teams.find((t) => t.id === policy.team);
        if (team?.business_hours === undefined) {
            throw new Error(`levelRoute: policy '${policy.id}' has a business_hours_only level for receiver '${level.receiver}', ` +
                `but team '${policy.team}' declares no business_hours`);
        }
        route.active_time_intervals = [businessHoursName(team.id)];
    }
    return route;
}
/** Every route but the last continues, so that several levels of one severity all notify. */
function continuing(routes) {
    return routes.map((r, i) => (i < routes.length - 1 ? { ...r, continue: true } : r));
}
function policyRoute(spec, policy) {
    return {
        receiver: receivers_1.NULL_RECEIVER,
        matchers: [`escalation="${policy.id}"`],
        routes: continuing(policy.levels.map((level) => levelRoute(spec, policy, level))),
    };
}
/** The critical levels every exporter alert is sent to: per team, those of its policies, deduplicated by receiver. */
function selfAlertLevels(spec) {
    const seen = new Set();
    const out = [];
    for (const policy of spec.escalation_policies) {
        for (const level of policy.levels.filter((l) => l.severity === 'critical')) {
            const name = (0, receivers_1.receiverName)(policy.team, level.receiver);
            if (seen.has(name))
                continue;
            seen.add(name);
            out.push({ policy, level });
        }
    }
    return out;
}
/** The root route of the generated configuration. */
function generateRoute(spec) {
    const selfRoutes = selfAlertLevels(spec).map(({ policy, level }) => {
        const { matchers: _severity, ...rest } = levelRoute(spec, policy, level);
        return rest;
    });
    const teams = spec.teams.filter((t) => spec.escalation_policies.some((p) => p.team === t.id));
    return {
        receiver: receivers_1.NULL_RECEIVER,
        group_by: exports.GROUP_BY,
        group_wait: '30s',
        group_interval: (0, duration_1.formatDuration)(DEFAULT_GROUP_INTERVAL),
        repeat_interval: '4h',
        routes: [
            {
                receiver: receivers_1.NULL_RECEIVER,
                matchers: [`alertname=~"${names_1.SELF_ALERTS.join('|')}"`],
                group_by: ['alertname', 'environment', 'instance'],
                routes: continuing(selfRoutes),
            },
            ...teams.map((team) => ({
                receiver: receivers_1.NULL_RECEIVER,
                matchers: [`team="${team.id}"`],
                routes: spec.escalation_policies.filter((p) => p.team === team.id).map((p) => policyRoute(spec, p)),
            })),
        ],
    };
}
//# sourceMappingURL=routes.js.map