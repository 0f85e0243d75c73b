/**
 * Writes a benchmark table as CSV (what the CLI reads) and as raw binaries for the scipy script (what it
 * reads without parsing): per file, the non-missing float64 values of every numeric column one after the
 * other, and the int32 category codes of every categorical column (-1 missing). `manifest.json` says
 * how to cut them.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchTable } from './driftData';

export interface Manifest {
  version: number;
  rows: number;
  seed: number;
  numericNames: string[];
  categoricalNames: string[];
  /** Category count per categorical column. */
  categoryCounts: number[];
  /** Non-missing values per numeric column, for `reference` and `current`. */
  numericSizes: { reference: number[]; current: number[] };
  drifted: string[];
}

export const MANIFEST_VERSION = 1;

/** Writes `<prefix>.csv`, `<prefix>_numeric.f64` and `<prefix>_categorical.i32`; returns numeric sizes. */
export function writeTable(dir: string, prefix: string, table: BenchTable): number[] {
  writeCsv(join(dir, `${prefix}.csv`), table);
  const sizes = writeNumericBinary(join(dir, `${prefix}_numeric.f64`), table.numeric);
  const codes = new Int32Array(table.codes.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const column of table.codes) {
    codes.set(column, at);
    at += column.length;
  }
  writeFileSync(join(dir, `${prefix}_categorical.i32`), new Uint8Array(codes.buffer));
  return sizes;
}

function writeCsv(path: string, table: BenchTable): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, [...table.numericNames, ...table.categoricalNames].join(',') + '\n');
    const rows = table.numeric[0].length;
    const batch = 2000;
    for (let start = 0; start < rows; start += batch) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(rows, start + batch); i++) {
        const cells: string[] = [];
        for (const column of table.numeric) cells.push(Number.isNaN(column[i]) ? '' : String(column[i]));
        table.codes.forEach((column, c) => cells.push(column[i] < 0 ? '' : table.categories[c][column[i]]));
        lines.push(cells.join(','));
      }
      writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    closeSync(fd);
  }
}

function writeNumericBinary(path: string, columns: Float64Array[]): number[] {
  const sizes = columns.map((column) => column.reduce((n, v) => (Number.isNaN(v) ? n : n + 1), 0));
  const all = new Float64Array(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const column of columns) for (const v of column) if (!Number.isNaN(v)) all[at++] = v;
  writeFileSync(path, new Uint8Array(all.buffer));
  return sizes;
}

/** The values of a numeric column without its missing cells. */
export function presentValues(column: Float64Array): Float64Array {
  return column.filter((v) => !Number.isNaN(v));
}

/** Category counts of a categorical column, keyed by label, missing cells left out. */
export function categoryCountMap(labels: string[], codes: Int32Array): Map<string, number> {
  const counts = new Array<number>(labels.length).fill(0);
  for (const code of codes) if (code >= 0) counts[code]++;
  return new Map(labels.map((label, i) => [label, counts[i]] as [string, number]).filter(([, n]) => n > 0));
}
