/**
 * Multi-window multi-burn-rate alerts (Google SRE workbook, as Sloth and Pyrra generate them) for
 * nodes that declare an `objective` on their error ratio or on latency below a histogram bound.
 *
 * Burn rate factor of a window pair = share of the error budget it may consume × period / long
 * window: 2% in 1h, 5% in 6h (pages), 10% in 1d, 10% in 3d (tickets), which for a 30-day period gives
 * the workbook's 14.4, 6, 3 and 1. The SLI is a ratio of sums (never an average of ratios), recorded
 * once per window.
 */
import { formatDuration } from '../../spec/duration';
import { METRICS } from '../../metrics/names';
import { LATENCY_BUCKETS } from '../../signals/latencyBuckets';
import type { NodeFacts } from '../context';
import { displayDuration } from './format';
import { alertAnnotations, alertLabels, quote } from './labels';
import { ALERTS, SLO_RECORDS, type Severity } from './names';
import { TEMPLATE_TEXT, type AlertText } from './text';
import type { AlertingRule, RecordingRule, RuleGroup } from './types';

export interface BurnWindow {
  long: number;
  short: number;
  /** Share of the period's error budget this pair may burn before alerting. */
  budgetShare: number;
  severity: Severity;
}

export const BURN_WINDOWS: readonly BurnWindow[] = [
  { long: 3600, short: 300, budgetShare: 0.02, severity: 'critical' },
  { long: 6 * 3600, short: 1800, budgetShare: 0.05, severity: 'critical' },
  { long: 86400, short: 7200, budgetShare: 0.1, severity: 'warning' },
  { long: 3 * 86400, short: 6 * 3600, budgetShare: 0.1, severity: 'warning' },
];

/** Burn-rate factor of a window pair for an SLO period (seconds), rounded to 4 decimals: 14.4 for 1h of 30d. */
export function burnFactor(window: BurnWindow, period: number): number {
  return Number(((window.budgetShare * period) / window.long).toFixed(4));
}

/** The error budget 1 − target without float noise (0.005 for 0.995, not 0.0050000000000000044). */
export function errorBudget(target: number): number {
  return Number((1 - target).toPrecision(12));
}

const AGG = 'sum by (environment, model)';

/**
 * The SLI error ratio of `facts`' node over `window` seconds.
 * @throws Error naming the node when its signal is neither `error_ratio` nor `latency` with
 *   `latency_below`, or when `latency_below` is not a bucket bound of the latency histogram.
 */
export function sliExpression(facts: NodeFacts, window: number): string {
  const { node } = facts;
  const objective = node.objective;
  const model = quote(node.model ?? '');
  const w = formatDuration(window);
  if (node.signal?.kind === 'error_ratio') {
    return (
      `${AGG} (rate(${METRICS.predictionErrors.name}{model=${model}}[${w}]))\n` +
      `/\n${AGG} (rate(${METRICS.predictions.name}{model=${model}}[${w}]))`
    );
  }
  if (node.signal?.kind === 'latency' && objective?.latency_below !== undefined) {
    const bound = objective.latency_below;
    if (!LATENCY_BUCKETS.includes(bound)) {
      throw new Error(
        `sliExpression: node '${node.id}' objective.latency_below ${bound} is not a bucket bound of ` +
          `${METRICS.predictionLatency.name}; expected one of ${LATENCY_BUCKETS.join(', ')}`,
      );
    }
    const histogram = METRICS.predictionLatency.name;
    return (
      `1 - (\n  ${AGG} (rate(${histogram}_bucket{model=${model},le=${quote(String(bound))}}[${w}]))\n` +
      `  /\n  ${AGG} (rate(${histogram}_count{model=${model}}[${w}]))\n)`
    );
  }
  throw new Error(
    `sliExpression: node '${node.id}' declares an objective but its signal is ` +
      `'${node.signal?.kind ?? 'none'}'; expected error_ratio, or latency with objective.latency_below`,
  );
}

/** The distinct windows the burn alerts read, ascending. */
export function sloWindows(): number[] {
  return [...new Set(BURN_WINDOWS.flatMap((w) => [w.long, w.short]))].sort((a, b) => a - b);
}

/** One rule group per node with an objective: SLI recordings, objective metadata, four burn alerts. */
export function sloRuleGroup(facts: NodeFacts): RuleGroup {
  const { node } = facts;
  const objective = node.objective;
  if (objective === undefined) throw new Error(`sloRuleGroup: node '${node.id}' declares no objective`);
  const labels = { node: node.id };
  const budget = errorBudget(objective.target);
  const recordings: RecordingRule[] = [
    ...sloWindows().map((w) => ({
      record: SLO_RECORDS.errorRatio(formatDuration(w)),
      expr: sliExpression(facts, w),
      labels,
    })),
    { record: SLO_RECORDS.objective, expr: `vector(${objective.target})`, labels },
    { record: SLO_RECORDS.errorBudget, expr: `vector(${budget})`, labels },
  ];
  const alerts = BURN_WINDOWS.map((w) => burnAlert(facts, w, budget));
  return { name: `mlhealth-slo-${node.id}`, rules: [...recordings, ...alerts] };
}

function burnAlert(facts: NodeFacts, window: BurnWindow, budget: number): AlertingRule {
  const { node } = facts;
  const objective = node.objective as NonNullable<typeof node.objective>;
  const factor = burnFactor(window, objective.period);
  const [long, short] = [formatDuration(window.long), formatDuration(window.short)];
  const sel = `{node=${quote(node.id)}}`;
  return {
    alert: ALERTS.errorBudgetBurn,
    expr:
      `${SLO_RECORDS.errorRatio(long)}${sel} > (${factor} * ${budget})\n` +
      `and\n${SLO_RECORDS.errorRatio(short)}${sel} > (${factor} * ${budget})`,
    for: formatDuration(Math.round(window.long / 30)),
    labels: { ...alertLabels(facts, window.severity), long_window: long, short_window: short },
    annotations: alertAnnotations(
      facts,
      `${node.title} burns its error budget ${factor}× too fast`,
      burnDescription(facts, window, TEMPLATE_TEXT),
    ),
  };
}

/** What a burn alert says: which SLI, which windows, how fast, when the budget runs out, the value now. */
export function burnDescription(facts: NodeFacts, window: BurnWindow, text: AlertText): string {
  const { node } = facts;
  const objective = node.objective as NonNullable<typeof node.objective>;
  const factor = burnFactor(window, objective.period);
  const [long, short] = [formatDuration(window.long), formatDuration(window.short)];
  const what =
    objective.latency_below === undefined
      ? 'error ratio'
      : `share of predictions slower than ${formatDuration(objective.latency_below)}`;
  const exhaustion = displayDuration(Math.round(objective.period / factor));
  return (
    `The ${what} of ${node.model ?? node.id} over ${long} and ${short} is above ${factor} × the error budget ` +
    `${errorBudget(objective.target)} (objective ${objective.target} over ${displayDuration(objective.period)}); ` +
    `at this rate the budget is gone within ${exhaustion}. Now ${text.valueAsPercentage()} over ${long}.`
  );
}
