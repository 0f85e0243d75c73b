/**
 * The drift check proper, without I/O: one test per feature, the multiple-testing correction, and the
 * dataset verdict. Its result is what `--format json` prints.
 */
import type { FeaturePair } from '../dataset';
import { runDriftTask, type DriftOutcome, type DriftTask } from '../parallel';
import { adjustPValues, chooseMethod, defaultThreshold, isPValueMethod } from '../stats';
import type { Correction, DriftMethod } from '../stats';
import type { MultivariateReport } from './driftMultivariate';

export interface FeatureReport {
  name: string;
  type: FeaturePair['type'];
  method: DriftMethod;
  statistic: number | null;
  /** The p-value compared with the threshold: after the correction (`p_value_unadjusted` is before). */
  p_value: number | null;
  threshold: number;
  /** null when the feature could not be tested (see `error`): missing data is never "no drift". */
  drifted: boolean | null;
  missing_ratio_reference: number;
  missing_ratio_current: number;
  p_value_unadjusted: number | null;
  /** Why this method: the automatic rule's reason, or that `--method` chose it. */
  method_reason: string;
  reference_size: number;
  current_size: number;
  unique_values: number;
  /** Why the feature could not be tested, or null. */
  error: string | null;
}

export interface DriftReport {
  reference_rows: number;
  current_rows: number;
  features: FeatureReport[];
  drifted_features: number;
  /** drifted_features / tested_features (0 when nothing could be tested). */
  drift_share: number;
  /** drifted_features > 0 and drift_share ≥ drift_share_threshold. */
  dataset_drifted: boolean;
  tested_features: number;
  untested_features: number;
  drift_share_threshold: number;
  correction: Correction;
  /** The test of the rows as a whole (`--multivariate`); absent when not asked for. */
  multivariate?: MultivariateReport;
}

export interface DriftReportOptions {
  method: DriftMethod | 'auto';
  threshold?: number;
  correction: Correction;
  bins?: number;
  driftShare: number;
  referenceRows: number;
  currentRows: number;
}

/** Runs drift tasks and returns their outcomes in task order: here, or on worker threads. */
export type DriftTaskRunner = (tasks: readonly DriftTask[]) => Promise<DriftOutcome[][]>;

/**
 * Tests every feature, applies the correction to the p-values of the tested p-value features (one
 * family), compares the adjusted p-values with their thresholds, and decides the dataset verdict.
 * A feature that cannot be tested (no values, too few values, a method that does not fit its type) is
 * reported with `error` and `drifted: null`, and left out of `drift_share`. Runs every test here.
 */
export function buildDriftReport(pairs: readonly FeaturePair[], options: DriftReportOptions): DriftReport {
  const plan = planFeatures(pairs, options);
  return finishReport(plan, plan.tasks.map(runDriftTask), options);
}

/**
 * `buildDriftReport` with the tests run by `run` (e.g. spread over worker threads): the same report,
 * number for number, since every runner calls `runDriftTask` per feature and keeps the order.
 */
export async function buildDriftReportWith(
  pairs: readonly FeaturePair[],
  options: DriftReportOptions,
  run: DriftTaskRunner,
): Promise<DriftReport> {
  const plan = planFeatures(pairs, options);
  return finishReport(plan, await run(plan.tasks), options);
}

interface ReportPlan {
  features: FeatureReport[];
  /** One task per testable feature, in feature order. */
  tasks: DriftTask[];
  /** For each task, the index of its feature. */
  featureOf: number[];
}

function planFeatures(pairs: readonly FeaturePair[], options: DriftReportOptions): ReportPlan {
  const plan: ReportPlan = { features: [], tasks: [], featureOf: [] };
  pairs.forEach((pair, i) => {
    const feature = untestedFeature(pair, options);
    plan.features.push(feature);
    if (feature.error !== null) return;
    const request = { method: feature.method, threshold: feature.threshold };
    plan.tasks.push({
      name: pair.name,
      reference: pair.reference,
      current: pair.current,
      requests: [request],
      bins: options.bins,
    });
    plan.featureOf.push(i);
  });
  return plan;
}

function finishReport(
  plan: ReportPlan,
  outcomes: DriftOutcome[][],
  options: DriftReportOptions,
): DriftReport {
  outcomes.forEach(([outcome], t) => {
    const report = plan.features[plan.featureOf[t]];
    if (!outcome.ok) {
      report.error = outcome.error;
      return;
    }
    report.statistic = outcome.result.statistic;
    report.p_value = outcome.result.pValue;
    report.p_value_unadjusted = outcome.result.pValue;
    report.drifted = outcome.result.drifted;
  });
  const features = plan.features;
  applyCorrection(features, options.correction);
  const tested = features.filter((f) => f.error === null);
  const drifted = tested.filter((f) => f.drifted === true).length;
  const share = tested.length === 0 ? 0 : drifted / tested.length;
  return {
    reference_rows: options.referenceRows,
    current_rows: options.currentRows,
    features,
    drifted_features: drifted,
    drift_share: share,
    dataset_drifted: drifted > 0 && share >= options.driftShare,
    tested_features: tested.length,
    untested_features: features.length - tested.length,
    drift_share_threshold: options.driftShare,
    correction: options.correction,
  };
}

/** The feature's report before its test: method, threshold, sizes, and why it cannot be tested if so. */
function untestedFeature(pair: FeaturePair, options: DriftReportOptions): FeatureReport {
  const { method, threshold, reason } = pickMethod(pair, options);
  return {
    name: pair.name,
    type: pair.type,
    method,
    statistic: null,
    p_value: null,
    threshold,
    drifted: null,
    missing_ratio_reference: ratio(pair.referenceMissing, options.referenceRows),
    missing_ratio_current: ratio(pair.currentMissing, options.currentRows),
    p_value_unadjusted: null,
    method_reason: reason,
    reference_size: pair.referenceSize,
    current_size: pair.currentSize,
    unique_values: pair.uniqueCount,
    error: noValuesError(pair, options),
  };
}

function pickMethod(
  pair: FeaturePair,
  options: DriftReportOptions,
): { method: DriftMethod; threshold: number; reason: string } {
  if (options.method === 'auto') {
    const choice = chooseMethod({
      type: pair.type,
      uniqueCount: pair.uniqueCount,
      referenceSize: pair.referenceSize,
      currentSize: pair.currentSize,
    });
    return { ...choice, threshold: options.threshold ?? choice.threshold };
  }
  return {
    method: options.method,
    threshold: options.threshold ?? defaultThreshold(options.method),
    reason: 'chosen with --method',
  };
}

function noValuesError(pair: FeaturePair, options: DriftReportOptions): string | null {
  const empty = (side: string, rows: number) => `no usable values in the ${side} (all ${rows} rows missing)`;
  if (pair.referenceSize === 0) return empty('reference', options.referenceRows);
  if (pair.currentSize === 0) return empty('current data', options.currentRows);
  return null;
}

/** Adjusts the p-values of tested p-value features as one family and re-decides their drift. */
function applyCorrection(features: FeatureReport[], correction: Correction): void {
  const family = features.filter(
    (f) => f.error === null && f.p_value_unadjusted !== null && isPValueMethod(f.method),
  );
  if (correction === 'none' || family.length === 0) return;
  const adjusted = adjustPValues(
    family.map((f) => f.p_value_unadjusted as number),
    correction,
  );
  family.forEach((feature, i) => {
    feature.p_value = adjusted[i];
    feature.drifted = adjusted[i] < feature.threshold;
  });
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
