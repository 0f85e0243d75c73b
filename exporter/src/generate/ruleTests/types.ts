/** The shape of a `promtool test rules` file (Prometheus 2.42 unit-testing format). */

export interface InputSeries {
  series: string;
  values: string;
}

export interface ExpectedAlert {
  exp_labels: Record<string, string>;
  exp_annotations: Record<string, string>;
}

export interface AlertRuleTest {
  eval_time: string;
  alertname: string;
  /** Every alert of that name firing at that time; empty = none may fire. */
  exp_alerts: ExpectedAlert[];
}

export interface TestGroup {
  name: string;
  /** Sample spacing of `input_series` (set explicitly: 2.42 does not default it). */
  interval: string;
  input_series: InputSeries[];
  alert_rule_test: AlertRuleTest[];
}

export interface RuleTestFile {
  rule_files: string[];
  evaluation_interval: string;
  tests: TestGroup[];
}
