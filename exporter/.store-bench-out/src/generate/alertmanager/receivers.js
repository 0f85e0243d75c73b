"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NULL_RECEIVER = void 0;
exports.receiverName = receiverName;
exports.generateReceivers = generateReceivers;
exports.emailGlobals = emailGlobals;
/** The receiver alerts go to when no escalation level claims them: no notification at all. */
exports.NULL_RECEIVER = 'mlhealth-null';
/** Alertmanager's name for a team's receiver: `<team>-<receiver>`. */
function receiverName(team, receiver) {
    return `${team}-${receiver}`;
}
const SLACK_TEXT = '{{ range .Alerts }}*{{ .Annotations.summary }}*\n{{ .Annotations.description }}\n' +
    'Runbook: {{ .Annotations.runbook_url }}\nDashboard: {{ .Annotations.dashboard_url }}\n{{ end }}';
function receiverFor(team, spec) {
    const name = receiverName(team.id, spec.name);
    switch (spec.type) {
        case 'webhook': {
            const target = spec.url_file !== undefined ? { url_file: spec.url_file } : { url: spec.url };
            return { name, webhook_configs: [{ ...target, send_resolved: true }] };
        }
        case 'email':
            return { name, email_configs: [{ to: spec.to, send_resolved: true }] };
        case 'slack':
            return {
                name,
                slack_configs: [
                    {
                        api_url_file: spec.api_url_file,
                        channel: spec.channel,
                        send_resolved: true,
                        title: '{{ .CommonAnnotations.summary }}',
                        text: SLACK_TEXT,
                    },
                ],
            };
        case 'pagerduty':
            return {
                name,
                pagerduty_configs: [
                    {
                        routing_key_file: spec.routing_key_file,
                        send_resolved: true,
                        description: '{{ .CommonAnnotations.summary }}',
                    },
                ],
            };
    }
}
/**
 * The null receiver, then every receiver of every team in spec order.
 * @throws Error naming the team and receiver when a webhook has neither `url` nor `url_file`.
 */
function generateReceivers(spec) {
    const out = [{ name: exports.NULL_RECEIVER }];
    for (const team of spec.teams) {
        for (const r of team.receivers) {
            if (r.type === 'webhook' && r.url === undefined && r.url_file === undefined) {
                throw new Error(`generateReceivers: webhook '${r.name}' of team '${team.id}' has neither url nor url_file`);
            }
            out.push(receiverFor(team, r));
        }
    }
    return out;
}
/**
 * Global settings email receivers need. Alertmanager refuses an email receiver without a smarthost;
 * these are placeholders to set at deploy time (docs/alerting.md), never credentials.
 */
function emailGlobals(spec) {
    const hasEmail = spec.teams.some((t) => t.receivers.some((r) => r.type === 'email'));
    return hasEmail
        ? { smtp_smarthost: 'localhost:25', smtp_from: 'mlhealth-alertmanager@localhost' }
        : undefined;
}
//# sourceMappingURL=receivers.js.map