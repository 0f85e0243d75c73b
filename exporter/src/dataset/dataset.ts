/** What reading a data file gives, and what a reader is asked for. */
import type { ColumnAccumulator, ColumnData, ColumnType } from './columnAccumulator';
import { DatasetError } from './datasetError';
import type { RowColumn } from './rowCells';

export interface ReadOptions {
  /** Columns to keep (others are skipped while reading); all when absent. */
  columns?: readonly string[];
  /** Types forced per column (`--types`). */
  types?: ReadonlyMap<string, ColumnType>;
  /** Keep the kept columns' cells in row order too (`Dataset.rowColumns`), for multivariate drift. */
  keepRows?: boolean;
  /** Numeric columns (and kept rows) in SharedArrayBuffers: worker threads share them, no copy. */
  sharedMemory?: boolean;
}

export interface Dataset {
  /** How the file is named in messages, e.g. `reference data/ref.csv`. */
  source: string;
  /** Every column of the file, in file order (JSON Lines: order of first appearance). */
  columns: string[];
  /** The kept columns. */
  data: Map<string, ColumnData>;
  /** Data rows (CSV records after the header, non-blank JSON Lines). */
  rows: number;
  /** The kept columns in row order, when `ReadOptions.keepRows` asked for them. */
  rowColumns?: Map<string, RowColumn>;
}

/**
 * A finished reader's columns (and their row-ordered cells when kept), as a Dataset; numeric columns and
 * row-ordered cells in shared memory when `shared` (`ReadOptions.sharedMemory`).
 */
export function datasetOf(
  source: string,
  columns: string[],
  rows: number,
  accumulators: Iterable<[string, ColumnAccumulator]>,
  shared = false,
): Dataset {
  const data = new Map<string, ColumnData>();
  const rowColumns = new Map<string, RowColumn>();
  for (const [name, acc] of accumulators) {
    data.set(name, acc.finish(rows, shared));
    const ordered = acc.finishRows(rows, shared);
    if (ordered !== null) rowColumns.set(name, ordered);
  }
  return { source, columns, data, rows, ...(rowColumns.size > 0 ? { rowColumns } : {}) };
}

/** Whether `name` is to be kept under `options`. */
export function isWanted(options: ReadOptions, name: string): boolean {
  return options.columns === undefined || options.columns.includes(name);
}

/** Throws when `--columns` or `--types` name a column the file does not have. */
export function checkRequestedColumns(
  source: string,
  present: readonly string[],
  options: ReadOptions,
  line?: number,
): void {
  const has = new Set(present);
  const requested = [...(options.columns ?? []), ...(options.types?.keys() ?? [])];
  const absent = [...new Set(requested.filter((name) => !has.has(name)))];
  if (absent.length === 0) return;
  const list = absent.map((name) => `'${name}'`).join(', ');
  throw new DatasetError(
    source,
    `no column ${list} (columns: ${present.join(', ')})`,
    line === undefined ? {} : { line },
  );
}
