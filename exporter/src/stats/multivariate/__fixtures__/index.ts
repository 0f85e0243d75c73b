/**
 * Test support for the multivariate core, excluded from the build: the cases written by
 * `gen_multivariate.py` (numpy/scipy) beside this file, turned into the core's sample shape.
 */
import { loadFixture } from '../../__fixtures__';
import type { MultivariateColumn, MultivariateSample } from '../types';

export interface FixtureColumn {
  name: string;
  kind: 'numeric' | 'categorical';
  values: (number | string | null)[];
}

export interface PcaCase {
  name: string;
  reference: FixtureColumn[];
  current: FixtureColumn[];
  expected: {
    components: number;
    reference_error: number;
    statistic: number;
    lower: number;
    upper: number;
    drifted: boolean;
    explained_ratio: number[];
    chunk_errors: number[];
  };
}

export interface AucCase {
  name: string;
  scores: number[];
  labels: (0 | 1)[];
  auc: number;
}

export interface LogisticCase {
  name: string;
  x: number[][];
  y: (0 | 1)[];
  lambda: number;
  weights: number[];
  intercept: number;
}

export const multivariateFixture = loadFixture<{ pca: PcaCase[]; auc: AucCase[]; logistic: LogisticCase[] }>(
  '../multivariate/__fixtures__/multivariate.json',
);

/** A fixture's columns as a sample (null numeric cells become NaN). */
export function toSample(columns: readonly FixtureColumn[]): MultivariateSample {
  const rows = columns[0]?.values.length ?? 0;
  return { rows, columns: columns.map(toColumn) };
}

export function toColumn(column: FixtureColumn): MultivariateColumn {
  if (column.kind === 'numeric') {
    return { name: column.name, kind: 'numeric', values: Float64Array.from(column.values, (v) => (v === null ? NaN : Number(v))) };
  }
  return { name: column.name, kind: 'categorical', values: column.values.map((v) => (v === null ? null : String(v))) };
}

/** The same sample with its rows in another order. */
export function permuteRows(sample: MultivariateSample, order: readonly number[]): MultivariateSample {
  const columns = sample.columns.map((c): MultivariateColumn =>
    c.kind === 'numeric'
      ? { ...c, values: Float64Array.from(order, (i) => c.values[i]) }
      : { ...c, values: order.map((i) => c.values[i]) },
  );
  return { rows: order.length, columns };
}
