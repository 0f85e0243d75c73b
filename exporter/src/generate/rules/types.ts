/** The shape of a Prometheus rule file, as `promtool check rules` reads it. */

export interface AlertingRule {
  alert: string;
  expr: string;
  /** Prometheus duration, e.g. `10s`. */
  for?: string;
  /** Prometheus duration; keeps a resolved alert firing this long (Prometheus >= 2.42). */
  keep_firing_for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface RecordingRule {
  record: string;
  expr: string;
  labels?: Record<string, string>;
}

export type Rule = AlertingRule | RecordingRule;

export interface RuleGroup {
  name: string;
  /** Prometheus duration; the global evaluation interval when absent. */
  interval?: string;
  rules: Rule[];
}

export interface RuleFile {
  groups: RuleGroup[];
}

export function isAlertingRule(rule: Rule): rule is AlertingRule {
  return 'alert' in rule;
}
