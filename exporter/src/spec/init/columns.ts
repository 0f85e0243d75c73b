/**
 * What `mlhealth init` infers about one reference column, from the column as `dataset/` streams it
 * (finite numbers with their distinct values, or category counts, and a count of missing cells):
 * the feature's type, its range or categories, and the drift statistic that suits it.
 */
import { DISTINCT_LIMIT, type ColumnData } from '../../dataset';
import type { DriftMethod, FeatureType } from '../types';

/** Categories listed per categorical feature; the rarer ones are summed up as "other". */
export const TOP_CATEGORIES = 20;

/** The category that stands for every category past the top `TOP_CATEGORIES`. */
export const OTHER_CATEGORY = 'other';

/**
 * A categorical column with more distinct values than this share of its values is an identifier or
 * free text, not a feature (its categories would never repeat enough to compare).
 */
export const IDENTIFIER_SHARE = 0.5;

export interface InferredFeature {
  name: string;
  type: FeatureType;
  /** numeric: [min, max] seen in the reference. */
  range?: [number, number];
  /** categorical and binary: the categories, most frequent first (ties by name); maybe ending with "other". */
  categories?: string[];
  /** PSI for numeric features, Jensen-Shannon for categories: distances that calibrate on chunks. */
  drift_method: DriftMethod;
  /** Values that were not missing, and how many were. */
  values: number;
  missing: number;
  /** Categories left out of `categories` (past the top K) and the values they hold. */
  unlisted?: { categories: number; values: number };
}

export interface SkippedColumn {
  name: string;
  reason: string;
}

/**
 * The feature a reference column makes, or why it makes none.
 *
 * Rules: a column whose values are all missing is skipped; exactly 2 distinct values (numbers by value,
 * text exactly) make a binary feature; otherwise finite numbers make a numeric feature with the range
 * [min, max] seen; text makes a categorical feature with its `topK` most frequent categories, plus
 * "other" when there are more — unless it has more than `DISTINCT_LIMIT` distinct values or more than
 * `IDENTIFIER_SHARE` of its values are distinct (an identifier or free text), which is skipped.
 * Complexity O(values) for numbers, O(d log d) for d categories. Throws nothing.
 *
 * @example inferFeature('amount', { kind: 'numeric', values: Float64Array.from([3, 1, 2]), distinct: new Set([1, 2, 3]), missing: 1, rows: 4 })
 * // { name: 'amount', type: 'numeric', range: [1, 3], drift_method: 'psi', values: 3, missing: 1 }
 */
export function inferFeature(
  name: string,
  column: ColumnData,
  topK = TOP_CATEGORIES,
): InferredFeature | SkippedColumn {
  const values = column.rows - column.missing;
  if (values === 0) return { name, reason: 'every value is missing' };
  const base = { name, values, missing: column.missing };
  if (column.kind === 'numeric') {
    const distinct = column.distinct;
    if (distinct !== null && distinct.size === 2) {
      const categories = [...distinct].sort((a, b) => a - b).map(String);
      return { ...base, type: 'binary', categories, drift_method: 'jensenshannon' };
    }
    return { ...base, type: 'numeric', range: minMax(column.values), drift_method: 'psi' };
  }
  const ranked = [...column.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (ranked.length === 2) {
    return { ...base, type: 'binary', categories: ranked.map(([c]) => c), drift_method: 'jensenshannon' };
  }
  if (ranked.length > DISTINCT_LIMIT || (ranked.length > topK && ranked.length > IDENTIFIER_SHARE * values)) {
    return {
      name,
      reason: `${ranked.length} distinct values in ${values}: an identifier or free text, not a feature to compare`,
    };
  }
  return { ...base, type: 'categorical', drift_method: 'jensenshannon', ...listCategories(ranked, topK) };
}

/** The top `topK` categories, plus "other" and what it leaves out when there are more. */
function listCategories(
  ranked: ReadonlyArray<[string, number]>,
  topK: number,
): Pick<InferredFeature, 'categories' | 'unlisted'> {
  if (ranked.length <= topK) return { categories: ranked.map(([c]) => c) };
  const top = ranked.slice(0, topK).map(([c]) => c);
  const rest = ranked.slice(topK);
  return {
    categories: top.includes(OTHER_CATEGORY) ? top : [...top, OTHER_CATEGORY],
    unlisted: { categories: rest.length, values: rest.reduce((sum, [, n]) => sum + n, 0) },
  };
}

function minMax(values: Float64Array): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/**
 * Whether `inferFeature` made a feature (not a skipped column).
 * @example isFeature({ name: 'user', reason: 'every value is missing' }) // false
 */
export function isFeature(x: InferredFeature | SkippedColumn): x is InferredFeature {
  return 'type' in x;
}
