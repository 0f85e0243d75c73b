/**
 * The one encoding of both multivariate methods, fitted on the reference:
 * 1. numeric: a missing value (NaN) is imputed with the reference mean of the non-missing values;
 *    categorical: a missing value (null) is imputed with the reference's most frequent category (ties:
 *    the lexicographically smallest, by UTF-16 code units as JavaScript and Python compare str), then
 *    every category is replaced by its share of the reference's non-missing values (unseen: 0);
 * 2. every encoded column is standardised with its reference mean and population standard deviation
 *    (ddof 0; a deviation of 0 is replaced by 1): z = (x − mean) / scale. A column whose encoded
 *    reference values are all equal is taken as deviation 0 exactly (mean = that value, scale = 1).
 */
import { describeValue } from '../validate';
import type { ColumnEncoding, DenseMatrix, MultivariateColumn, MultivariateSample, RowSource } from './types';

/**
 * Fits the encoding of every column of the reference sample.
 *
 * Complexity O(rows · columns). Throws when the sample has no rows, a column's length differs from
 * `rows`, a numeric value is ±Infinity, or a column has no non-missing value (nothing to impute from).
 *
 * @example
 * fitEncoding({ rows: 3, columns: [{ name: 'c', kind: 'categorical', values: ['a', 'b', 'a'] }] })[0];
 * // => { name: 'c', kind: 'categorical', fill: 'a', frequencies: Map { 'a' => 2/3, 'b' => 1/3 },
 * //      mean: 0.5555555555555555, scale: 0.15713484026367722 }
 */
export function fitEncoding(reference: MultivariateSample): ColumnEncoding[] {
  if (reference.rows < 1) throw new Error('fitEncoding: expected a reference with at least 1 row, got 0');
  return reference.columns.map((column) => {
    checkColumn('fitEncoding', column, reference.rows);
    const base = column.kind === 'numeric' ? numericFill(column) : categoricalFill(column);
    const encoded = new Float64Array(reference.rows);
    encodeInto(base, column, encoded, 1, 0);
    const { mean, scale } = meanAndScale(encoded);
    return { ...base, mean, scale } as ColumnEncoding;
  });
}

/**
 * Encodes and standardises a sample with a fitted encoding into a row-major matrix (rows × columns).
 * Columns are matched by position; their names and kinds must match the encoding's.
 *
 * Complexity O(rows · columns). Throws on a column count, name, kind or length mismatch, or ±Infinity.
 *
 * @example
 * const enc = fitEncoding({ rows: 2, columns: [{ name: 'x', kind: 'numeric', values: [1, 3] }] });
 * encodeSample(enc, { rows: 2, columns: [{ name: 'x', kind: 'numeric', values: [NaN, 5] }] }).data;
 * // => Float64Array [0, 3]
 */
export function encodeSample(encoding: readonly ColumnEncoding[], sample: MultivariateSample): DenseMatrix {
  const source = encodedSource(encoding, sample);
  const data = new Float64Array(source.rows * source.cols);
  source.read(0, source.rows, data);
  return { rows: source.rows, cols: source.cols, data };
}

/**
 * The encoded, standardised sample as a row source: the same numbers as `encodeSample`, computed for
 * the rows asked for, so a large sample is never held encoded as a whole. Checks the columns at once.
 *
 * Throws as `encodeSample`.
 *
 * @example
 * const enc = fitEncoding({ rows: 2, columns: [{ name: 'x', kind: 'numeric', values: [1, 3] }] });
 * const out = new Float64Array(1);
 * encodedSource(enc, { rows: 2, columns: [{ name: 'x', kind: 'numeric', values: [NaN, 5] }] }).read(1, 2, out);
 * // out => Float64Array [3]
 */
export function encodedSource(encoding: readonly ColumnEncoding[], sample: MultivariateSample): RowSource {
  if (sample.columns.length !== encoding.length) {
    throw new Error(
      `encodeSample: expected ${encoding.length} columns as in the reference, got ${sample.columns.length}`,
    );
  }
  encoding.forEach((enc, j) => {
    const source = sample.columns[j];
    if (source.name !== enc.name || source.kind !== enc.kind) {
      throw new Error(
        `encodeSample: column ${j} is ${source.kind} '${source.name}', expected ${enc.kind} '${enc.name}'`,
      );
    }
    checkColumn('encodeSample', source, sample.rows);
  });
  const cols = encoding.length;
  return {
    rows: sample.rows,
    cols,
    read(start, end, out) {
      encoding.forEach((enc, j) => encodeRange(enc, sample.columns[j], start, end, out, cols, j));
    },
  };
}

/** Writes rows [start, end) of one column, imputed, encoded and standardised, at stride/offset. */
function encodeRange(
  enc: ColumnEncoding,
  column: MultivariateColumn,
  start: number,
  end: number,
  out: Float64Array,
  stride: number,
  offset: number,
): void {
  const { mean, scale } = enc;
  if (enc.kind === 'numeric' && column.kind === 'numeric') {
    for (let i = start, at = offset; i < end; i++, at += stride) {
      const v = column.values[i];
      out[at] = ((v === v ? v : enc.fill) - mean) / scale;
    }
    return;
  }
  if (enc.kind !== 'categorical' || column.kind !== 'categorical') return;
  const fillShare = enc.frequencies.get(enc.fill) as number;
  for (let i = start, at = offset; i < end; i++, at += stride) {
    const v = column.values[i];
    out[at] = ((v === null ? fillShare : (enc.frequencies.get(v) ?? 0)) - mean) / scale;
  }
}

type Fill = ColumnEncoding extends infer E
  ? E extends ColumnEncoding
    ? Omit<E, 'mean' | 'scale'>
    : never
  : never;

/** Writes the imputed, frequency-encoded (not yet standardised) column into `out` at stride/offset. */
function encodeInto(
  fill: Fill,
  column: MultivariateColumn,
  out: Float64Array,
  stride: number,
  offset: number,
) {
  const n = column.values.length;
  if (fill.kind === 'numeric' && column.kind === 'numeric') {
    for (let i = 0, at = offset; i < n; i++, at += stride) {
      const v = column.values[i];
      out[at] = v === v ? v : fill.fill;
    }
    return;
  }
  if (fill.kind !== 'categorical' || column.kind !== 'categorical') return;
  const fillShare = fill.frequencies.get(fill.fill) as number;
  for (let i = 0, at = offset; i < n; i++, at += stride) {
    const v = column.values[i];
    out[at] = v === null ? fillShare : (fill.frequencies.get(v) ?? 0);
  }
}

function numericFill(column: MultivariateColumn & { kind: 'numeric' }): Fill {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < column.values.length; i++) {
    const v = column.values[i];
    if (v === v) {
      sum += v;
      count++;
    }
  }
  if (count === 0) throw new Error(`fitEncoding: column '${column.name}' has no non-missing reference value`);
  return { name: column.name, kind: 'numeric', fill: sum / count };
}

function categoricalFill(column: MultivariateColumn & { kind: 'categorical' }): Fill {
  const counts = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < column.values.length; i++) {
    const v = column.values[i];
    if (v === null) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    total++;
  }
  if (total === 0) throw new Error(`fitEncoding: column '${column.name}' has no non-missing reference value`);
  let fill = '';
  let best = -1;
  for (const [category, count] of counts) {
    if (count > best || (count === best && category < fill)) [fill, best] = [category, count];
  }
  const frequencies = new Map<string, number>();
  for (const [category, count] of counts) frequencies.set(category, count / total);
  return { name: column.name, kind: 'categorical', fill, frequencies };
}

/**
 * Mean and population standard deviation (two-pass). A column whose values are all equal has mean that
 * value and scale 1 exactly: summing rounds, so its computed deviation could be a few ulps instead of 0.
 */
function meanAndScale(values: Float64Array): { mean: number; scale: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return { mean: min, scale: 1 };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const sd = Math.sqrt(squares / values.length);
  return { mean, scale: sd === 0 ? 1 : sd };
}

function checkColumn(fn: string, column: MultivariateColumn, rows: number): void {
  if (column.values.length !== rows) {
    throw new Error(
      `${fn}: column '${column.name}' has ${column.values.length} values, expected ${rows} rows`,
    );
  }
  if (column.kind !== 'numeric') return;
  for (let i = 0; i < rows; i++) {
    const v = column.values[i];
    if (v === Infinity || v === -Infinity) {
      throw new Error(
        `${fn}: column '${column.name}' holds ${describeValue(v)} at row ${i}; expected NaN or finite`,
      );
    }
  }
}
