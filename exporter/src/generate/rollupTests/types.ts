/** The parts of a `promtool test rules` file the rollup tests use (Prometheus 2.42 format). */
import type { InputSeries } from '../ruleTests/types';

export type { InputSeries };

export interface ExpectedSample {
  /** `metric{k="v"}` or `{k="v"}` (expressions drop the name). */
  labels: string;
  value: number;
}

export interface PromqlExprTest {
  expr: string;
  eval_time: string;
  /** Every sample the expression must return at that time; empty = none. */
  exp_samples: ExpectedSample[];
}

export interface ExprTestGroup {
  name: string;
  interval: string;
  input_series: InputSeries[];
  promql_expr_test: PromqlExprTest[];
}

export interface ExprTestFile {
  rule_files: string[];
  evaluation_interval: string;
  /**
   * Every group, in the order promtool evaluates them at each step (without it promtool's order is a
   * map's: random, and a group could read another's records one step late).
   */
  group_eval_order: string[];
  tests: ExprTestGroup[];
}
