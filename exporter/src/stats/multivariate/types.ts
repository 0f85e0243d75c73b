/**
 * The shapes of the multivariate drift core: row-aligned columns in, encoded matrices and verdicts out.
 * A column is row-aligned: index i of every column of one sample is the same row.
 */

/** One column of one sample, row-aligned. Numeric: NaN marks a missing cell. Categorical: null does. */
export type MultivariateColumn =
  | { name: string; kind: 'numeric'; values: ArrayLike<number> }
  | { name: string; kind: 'categorical'; values: ArrayLike<string | null> };

/** A sample: columns of equal length (`rows`), in a fixed order shared by reference and current. */
export interface MultivariateSample {
  columns: readonly MultivariateColumn[];
  rows: number;
}

/** A dense row-major matrix of `rows` × `cols` doubles. */
export interface DenseMatrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** How one reference column is encoded, imputed and standardised. */
export type ColumnEncoding =
  | { name: string; kind: 'numeric'; fill: number; mean: number; scale: number }
  | {
      name: string;
      kind: 'categorical';
      /** The imputed category: the most frequent, ties to the lexicographically smallest. */
      fill: string;
      /** Category → share of the reference's non-missing values. */
      frequencies: ReadonlyMap<string, number>;
      mean: number;
      scale: number;
    };

/**
 * Rows produced on demand: `read(start, end, out)` writes rows [start, end) row-major into `out`, so a
 * large encoded sample never has to exist as one matrix.
 */
export interface RowSource {
  rows: number;
  cols: number;
  read(start: number, end: number, out: Float64Array): void;
}
