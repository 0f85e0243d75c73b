/**
 * Reading a `RowSource` (or a dense matrix) block by block: the PCA passes see at most
 * {@link READ_BLOCK} rows at a time, so their memory does not grow with the number of rows.
 */
import type { DenseMatrix, RowSource } from './types';

/** Rows per block (a multiple of 4, the kernels' row group). */
export const READ_BLOCK = 4096;

/**
 * A dense matrix as a row source.
 * @example asSource({ rows: 2, cols: 1, data: Float64Array.of(1, 2) }).rows // => 2
 */
export function asSource(x: DenseMatrix | RowSource): RowSource {
  if ('read' in x) return x;
  return {
    rows: x.rows,
    cols: x.cols,
    read: (start, end, out) => out.set(x.data.subarray(start * x.cols, end * x.cols)),
  };
}

/**
 * Calls `visit(block, start, count)` for consecutive blocks of up to READ_BLOCK rows; `block` is reused
 * between calls and holds `count` rows.
 * @example forEachBlock(asSource({ rows: 2, cols: 1, data: Float64Array.of(1, 2) }), (b, s, n) => n) // visits once, n = 2
 */
export function forEachBlock(
  source: RowSource,
  visit: (block: Float64Array, start: number, count: number) => void,
): void {
  const buffer = new Float64Array(Math.min(READ_BLOCK, source.rows) * source.cols);
  for (let start = 0; start < source.rows; start += READ_BLOCK) {
    const count = Math.min(READ_BLOCK, source.rows - start);
    source.read(start, start + count, buffer);
    visit(buffer, start, count);
  }
}
