/**
 * Alertmanager receivers from the spec's teams. Secrets never appear in the generated file: Slack and
 * PagerDuty read theirs from files (`api_url_file`, `routing_key_file`), a secret webhook URL from
 * `url_file` (Alertmanager >= 0.26; 0.25 accepts only `url`, so specs for 0.25 give a plain URL).
 */
import type { ReceiverSpec, Spec, TeamSpec } from '../../spec/types';
import type { Receiver } from './types';

/** The receiver alerts go to when no escalation level claims them: no notification at all. */
export const NULL_RECEIVER = 'mlhealth-null';

/** Alertmanager's name for a team's receiver: `<team>-<receiver>`. */
export function receiverName(team: string, receiver: string): string {
  return `${team}-${receiver}`;
}

const SLACK_TEXT =
  '{{ range .Alerts }}*{{ .Annotations.summary }}*\n{{ .Annotations.description }}\n' +
  'Runbook: {{ .Annotations.runbook_url }}\nDashboard: {{ .Annotations.dashboard_url }}\n{{ end }}';

function receiverFor(team: TeamSpec, spec: ReceiverSpec): Receiver {
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
export function generateReceivers(spec: Spec): Receiver[] {
  const out: Receiver[] = [{ name: NULL_RECEIVER }];
  for (const team of spec.teams) {
    for (const r of team.receivers) {
      if (r.type === 'webhook' && r.url === undefined && r.url_file === undefined) {
        throw new Error(
          `generateReceivers: webhook '${r.name}' of team '${team.id}' has neither url nor url_file`,
        );
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
export function emailGlobals(spec: Spec): Record<string, string> | undefined {
  const hasEmail = spec.teams.some((t) => t.receivers.some((r) => r.type === 'email'));
  return hasEmail
    ? { smtp_smarthost: 'localhost:25', smtp_from: 'mlhealth-alertmanager@localhost' }
    : undefined;
}
