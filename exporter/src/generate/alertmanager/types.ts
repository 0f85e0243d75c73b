/** The parts of an Alertmanager 0.25 configuration that `mlhealth generate` writes. */

export interface Route {
  receiver: string;
  matchers?: string[];
  group_by?: string[];
  group_wait?: string;
  group_interval?: string;
  repeat_interval?: string;
  active_time_intervals?: string[];
  continue?: boolean;
  routes?: Route[];
}

export interface InhibitRule {
  source_matchers: string[];
  target_matchers: string[];
  equal: string[];
}

export interface TimeInterval {
  name: string;
  time_intervals: Array<{
    times: Array<{ start_time: string; end_time: string }>;
    weekdays: string[];
    location: string;
  }>;
}

export type ReceiverConfig = Record<string, unknown>;

export interface Receiver {
  name: string;
  webhook_configs?: ReceiverConfig[];
  email_configs?: ReceiverConfig[];
  slack_configs?: ReceiverConfig[];
  pagerduty_configs?: ReceiverConfig[];
}

export interface AlertmanagerConfig {
  global?: Record<string, string>;
  route: Route;
  inhibit_rules: InhibitRule[];
  receivers: Receiver[];
  time_intervals?: TimeInterval[];
}
