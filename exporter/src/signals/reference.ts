/**
 * The reference profile of a model: what the current window is compared with. Built once from rows
 * (the spec's reference file, an uploaded reference, or a pinned window of events), then kept in memory
 * and persisted as JSON by the store. Its size is bounded by the model's features and
 * `maxReferenceSample`, never by the number of reference rows.
 */
import type { FeatureValue } from './events';
import type { FeatureType, ModelSpec } from '../spec/types';
import { DEFAULT_MONITOR_OPTIONS, OTHER_CATEGORY } from './types';
import { capCategoryCounts, evenlySpacedOrderStatistics } from './referenceSample';
import { sampleRows, seededUniform } from '../stats';

/** One reference row, normalised like a prediction event (ingest/validateReferenceRows makes these). */
export interface ReferenceRow {
  features: Record<string, FeatureValue>;
  prediction?: number | string | null;
  confidence?: number | null;
  attributions?: Record<string, number> | null;
}

export interface NumericReference {
  type: 'numeric';
  /** Ascending; at most `maxReferenceSample` evenly spaced order statistics of the non-missing values. */
  sorted: Float64Array;
  /** Non-missing values in the full reference (before subsampling). */
  count: number;
  missing: number;
  /** Distinct values in the full reference, for the automatic method rule. */
  uniqueCount: number;
  mean: number;
  std: number;
}

export interface CategoricalReference {
  type: 'categorical' | 'binary';
  /** Category → count; past `maxCategories` the rarest fold into `__other__`. */
  counts: Map<string, number>;
  count: number;
  missing: number;
  uniqueCount: number;
}

export type ColumnReference = NumericReference | CategoricalReference;

export interface ReferenceProfile {
  model: string;
  /** Rows the profile was built from. */
  rows: number;
  /** Unix seconds the reference data was taken (reference age); null when unknown. */
  takenAt: number | null;
  /** One per declared feature, keyed by name. */
  columns: Map<string, ColumnReference>;
  /** The prediction column: numeric for regression, categorical for classification; null without predictions. */
  prediction: ColumnReference | null;
  /** Mean |attribution| per feature over rows with attributions; null when no row has any. */
  importance: Map<string, number> | null;
  /** A seeded sample of whole rows, for multivariate_drift; absent when the model has no such node. */
  rowSample?: ReferenceRowSample;
}

/** Whole reference rows: each row's feature values in `features` order (numbers, categories, null). */
export interface ReferenceRowSample {
  features: string[];
  rows: FeatureValue[][];
}

export interface ReferenceBuildOptions {
  maxReferenceSample: number;
  maxCategories: number;
  /** Whole rows to keep (seeded sample without replacement, in reference order); 0 or absent: none. */
  rowSample?: number;
}

/**
 * Builds a model's reference profile from rows.
 *
 * Convention: a feature value that is null is missing; for numeric features only finite numbers count
 * (anything else is missing), for categorical/binary features the value's string form. Numeric columns
 * keep at most `maxReferenceSample` values, the evenly spaced order statistics of the sorted column,
 * so every empirical quantile is within 1/maxReferenceSample in rank of the full column's
 * (deterministic, unlike a random subsample). Categories past `maxCategories` fold into `__other__`.
 * The prediction column is numeric for regression and categorical for classification.
 * Complexity: O(rows × features + n log n per numeric column). Throws when `rows` is empty.
 * @example buildReferenceProfile(model, [{ features: { amount: 3 } }], 0).columns.get('amount').count // 1
 */
export function buildReferenceProfile(
  model: ModelSpec,
  rows: readonly ReferenceRow[],
  takenAt: number | null,
  options: ReferenceBuildOptions = DEFAULT_MONITOR_OPTIONS,
): ReferenceProfile {
  if (rows.length === 0) {
    throw new Error(`buildReferenceProfile: model ${model.id} got 0 reference rows, expected at least 1`);
  }
  const columns = new Map<string, ColumnReference>();
  for (const feature of model.features) {
    const values = rows.map((row) => row.features[feature.name] ?? null);
    columns.set(feature.name, buildColumn(feature.type, values, options));
  }
  const predictions = rows.map((row) => row.prediction ?? null);
  const hasPrediction = predictions.some((p) => p !== null);
  const predictionType: FeatureType = model.task === 'regression' ? 'numeric' : 'categorical';
  return {
    model: model.id,
    rows: rows.length,
    takenAt,
    columns,
    prediction: hasPrediction ? buildColumn(predictionType, predictions, options) : null,
    importance: meanAbsoluteAttributions(model, rows),
    ...((options.rowSample ?? 0) > 0
      ? { rowSample: sampleWholeRows(model, rows, options.rowSample ?? 0) }
      : {}),
  };
}

/**
 * `size` rows drawn without replacement (reservoir sampling seeded with 0, so the same reference keeps
 * the same rows), in reference order; values normalised as the columns are (non-finite numbers and
 * empty text are missing, categories are strings).
 */
function sampleWholeRows(model: ModelSpec, rows: readonly ReferenceRow[], size: number): ReferenceRowSample {
  const picked = sampleRows(rows.length, size, seededUniform(0));
  const cell = (type: FeatureType, v: FeatureValue | undefined): FeatureValue => {
    if (v === null || v === undefined || v === '') return null;
    if (type === 'numeric') return typeof v === 'number' && Number.isFinite(v) ? v : null;
    return typeof v === 'number' && !Number.isFinite(v) ? null : String(v);
  };
  return {
    features: model.features.map((f) => f.name),
    rows: picked.map((r) => model.features.map((f) => cell(f.type, rows[r].features[f.name]))),
  };
}

function buildColumn(
  type: FeatureType,
  values: readonly FeatureValue[],
  options: ReferenceBuildOptions,
): ColumnReference {
  return type === 'numeric' ? buildNumeric(values, options) : buildCategorical(type, values, options);
}

function buildNumeric(values: readonly FeatureValue[], options: ReferenceBuildOptions): NumericReference {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const full = Float64Array.from(present).sort();
  let unique = 0;
  let sum = 0;
  for (let i = 0; i < full.length; i++) {
    if (i === 0 || full[i] !== full[i - 1]) unique++;
    sum += full[i];
  }
  const mean = full.length > 0 ? sum / full.length : 0;
  let squares = 0;
  for (const v of full) squares += (v - mean) ** 2;
  return {
    type: 'numeric',
    sorted: evenlySpacedOrderStatistics(full, options.maxReferenceSample),
    count: full.length,
    missing: values.length - full.length,
    uniqueCount: unique,
    mean,
    std: full.length > 1 ? Math.sqrt(squares / (full.length - 1)) : 0,
  };
}

function buildCategorical(
  type: 'categorical' | 'binary',
  values: readonly FeatureValue[],
  options: ReferenceBuildOptions,
): CategoricalReference {
  const counts = new Map<string, number>();
  let count = 0;
  for (const v of values) {
    if (v === null || v === '' || (typeof v === 'number' && !Number.isFinite(v))) continue;
    const key = String(v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    count++;
  }
  return {
    type,
    counts: capCategoryCounts(counts, options.maxCategories, OTHER_CATEGORY),
    count,
    missing: values.length - count,
    uniqueCount: counts.size,
  };
}

function meanAbsoluteAttributions(
  model: ModelSpec,
  rows: readonly ReferenceRow[],
): Map<string, number> | null {
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (!row.attributions) continue;
    for (const feature of model.features) {
      const a = row.attributions[feature.name];
      if (typeof a !== 'number' || !Number.isFinite(a)) continue;
      sums.set(feature.name, (sums.get(feature.name) ?? 0) + Math.abs(a));
      counts.set(feature.name, (counts.get(feature.name) ?? 0) + 1);
    }
  }
  if (sums.size === 0) return null;
  const importance = new Map<string, number>();
  for (const [name, sum] of sums) importance.set(name, sum / (counts.get(name) ?? 1));
  return importance;
}

export { referenceToJSON, referenceFromJSON } from './referenceJson';
export type { ReferenceJSON } from './referenceJson';
