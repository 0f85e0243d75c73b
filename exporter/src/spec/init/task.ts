/**
 * The model's task when `--task` is not given, from the prediction column (else the label column): a
 * numeric column with fractional values or more than `REGRESSION_MIN_DISTINCT` distinct values is a
 * regression target; anything else holds classes.
 */
import type { ColumnData } from '../../dataset';

/** More distinct numbers than this make a regression target (a classifier rarely has 20 classes as numbers). */
export const REGRESSION_MIN_DISTINCT = 20;

export type Task = 'classification' | 'regression';

/**
 * The inferred task and why, naming the column it was read from; classification when neither column
 * exists. Complexity O(values) for a numeric column. Throws nothing.
 * @example inferTask({ name: 'price', data: { kind: 'numeric', values: Float64Array.from([1.5, 2]), distinct: new Set([1.5, 2]), missing: 0, rows: 2 } })
 * // { task: 'regression', why: "column 'price' holds fractional numbers" }
 */
export function inferTask(column: { name: string; data: ColumnData } | undefined): {
  task: Task;
  why: string;
} {
  if (column === undefined) return { task: 'classification', why: 'no prediction or label column to tell' };
  const { name, data } = column;
  if (data.kind === 'categorical')
    return { task: 'classification', why: `column '${name}' holds ${data.counts.size} classes` };
  const distinct = data.distinct;
  if (distinct === null || distinct.size > REGRESSION_MIN_DISTINCT)
    return {
      task: 'regression',
      why: `column '${name}' holds more than ${REGRESSION_MIN_DISTINCT} distinct numbers`,
    };
  if (data.values.some((v) => !Number.isInteger(v)))
    return { task: 'regression', why: `column '${name}' holds fractional numbers` };
  return { task: 'classification', why: `column '${name}' holds ${distinct.size} classes` };
}
