/**
 * The dynamic parts of alert descriptions. Rules get them as Prometheus templates
 * (`TEMPLATE_TEXT`); generated `promtool test rules` files get the text those templates expand to for
 * the test's input series (`ruleTests/expectedText.ts`). The static text around them is written once,
 * in `descriptions.ts`, for both.
 */
import type { NodeUnit } from '../../spec/types';
import { METRICS } from '../../metrics/names';
import { causeChainTemplate } from './chain';

export interface AlertText {
  /** `mlhealth_node_value` of a base node, formatted for its unit. */
  value(node: string, unit: NodeUnit | undefined): string;
  /** `mlhealth_node_score` with two decimals. */
  score(node: string): string;
  /** The cause chain below a parent, `height` levels deep (chain.ts). */
  causeChain(parent: string, height: number): string;
  /** `mlhealth_business_impact` with two decimals and the unit. */
  impact(node: string, measure: string, unit: string): string;
  /** The alert's `instance` label. */
  instance(): string;
  /** `unknown` when the no-data alert comes from status 3, `absent` when from a missing series. */
  unknownOrAbsent(unknown: string, absent: string): string;
  /** The alert value formatted as a duration (stale evaluation). */
  valueAsDuration(): string;
  /** The alert value formatted as a percentage (burn rate alerts). */
  valueAsPercentage(): string;
}

/** The Go template function that formats a value of `unit` (see `goFormatValue` for its output). */
function formatterFor(unit: NodeUnit | undefined): string {
  if (unit === 'seconds') return 'humanizeDuration';
  if (unit === 'ratio') return 'humanizePercentage';
  return 'printf "%.4g"';
}

/** A query of one series of this alert's environment, `then` applied to the first sample, `otherwise` without data. */
function firstOf(selector: string, then: string, otherwise: string): string {
  return `{{ with printf \`${selector}\` $labels.environment | query }}${then}{{ else }}${otherwise}{{ end }}`;
}

export const TEMPLATE_TEXT: AlertText = {
  value: (node, unit) =>
    firstOf(
      `${METRICS.nodeValue.name}{node="${node}",environment="%s"}`,
      `{{ . | first | value | ${formatterFor(unit)} }}`,
      'n/a',
    ),
  score: (node) =>
    firstOf(
      `${METRICS.nodeScore.name}{node="${node}",environment="%s"}`,
      '{{ . | first | value | printf "%.2f" }}',
      'n/a',
    ),
  causeChain: (parent, height) => causeChainTemplate(parent, height),
  impact: (node, measure, unit) =>
    firstOf(
      `${METRICS.businessImpact.name}{node="${node}",measure="${measure}",environment="%s"}`,
      `{{ . | first | value | printf "%.2f" }} ${unit} at risk`,
      'impact unknown',
    ),
  instance: () => '{{ $labels.instance }}',
  unknownOrAbsent: (unknown, absent) => `{{ if eq $value 3.0 }}${unknown}{{ else }}${absent}{{ end }}`,
  valueAsDuration: () => '{{ $value | humanizeDuration }}',
  valueAsPercentage: () => '{{ $value | humanizePercentage }}',
};
