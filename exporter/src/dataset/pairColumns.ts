/**
 * Decides a column's type from what the reference and the current file hold together, and turns both
 * sides into the statistics core's `Column`.
 *
 * Rule (unless `--types` forces one):
 * - binary when the two files together hold exactly 2 distinct non-missing values (numbers compare by
 *   value, text exactly), whatever they are: `0/1`, `yes/no`, `3.5/7`;
 * - numeric when every non-missing value in both files is a finite number;
 * - categorical otherwise (a column numeric in one file and text in the other is categorical).
 */
import type { Column } from '../stats';
import { categoryCounts, DISTINCT_LIMIT, type ColumnData, type ColumnType } from './columnAccumulator';

/** One feature ready for a drift test. */
export interface FeaturePair {
  name: string;
  type: ColumnType;
  /** Distinct non-missing values over both files; `DISTINCT_LIMIT + 1` stands for "more than the limit". */
  uniqueCount: number;
  reference: Column;
  current: Column;
  referenceSize: number;
  currentSize: number;
  referenceMissing: number;
  currentMissing: number;
}

/**
 * Pairs the reference and current data of column `name`, forced to `forced` when given.
 * Complexity: O(n + m) when a numeric column becomes categorical or binary, else O(distinct values).
 * Throws nothing: a column without values gets empty samples, left to the test to refuse.
 */
export function pairColumns(
  name: string,
  reference: ColumnData,
  current: ColumnData,
  forced?: ColumnType,
): FeaturePair {
  const type = forced ?? inferType(reference, current);
  const sizes = { referenceSize: sizeOf(reference), currentSize: sizeOf(current) };
  const missing = { referenceMissing: reference.missing, currentMissing: current.missing };
  if (type === 'numeric' && reference.kind === 'numeric' && current.kind === 'numeric') {
    return {
      name,
      type,
      uniqueCount: distinctNumbers(reference, current),
      reference: { type, values: reference.values },
      current: { type, values: current.values },
      ...sizes,
      ...missing,
    };
  }
  const refCounts = categoryCounts(reference);
  const curCounts = categoryCounts(current);
  const categoricalType = type === 'numeric' ? 'categorical' : type;
  return {
    name,
    type: categoricalType,
    uniqueCount: new Set([...refCounts.keys(), ...curCounts.keys()]).size,
    reference: { type: categoricalType, counts: refCounts },
    current: { type: categoricalType, counts: curCounts },
    ...sizes,
    ...missing,
  };
}

/** The inferred type of a column from both files (see the rule above). */
export function inferType(reference: ColumnData, current: ColumnData): ColumnType {
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    return distinctNumbers(reference, current) === 2 ? 'binary' : 'numeric';
  }
  const keys = new Set([...categoryCounts(reference).keys(), ...categoryCounts(current).keys()]);
  return keys.size === 2 ? 'binary' : 'categorical';
}

function distinctNumbers(
  reference: ColumnData & { kind: 'numeric' },
  current: ColumnData & { kind: 'numeric' },
): number {
  if (reference.distinct === null || current.distinct === null) return DISTINCT_LIMIT + 1;
  const union = new Set([...reference.distinct, ...current.distinct]);
  return Math.min(union.size, DISTINCT_LIMIT + 1);
}

function sizeOf(column: ColumnData): number {
  if (column.kind === 'numeric') return column.values.length;
  let total = 0;
  for (const count of column.counts.values()) total += count;
  return total;
}
