/**
 * One column's cells in row order, for the multivariate drift methods, which compare rows and so need
 * the cell of every column at the same row. Kept only when a reader is asked to (`ReadOptions.keepRows`):
 * it costs 8 bytes a cell on top of the univariate column.
 *
 * While the column is numeric, a cell is its number (NaN for missing); once the column turns categorical
 * every cell is its category code (−1 for missing), earlier numbers recoded by their `String(x)` category,
 * the univariate accumulator's rule.
 */
import { GrowableFloat64 } from './growableFloat64';

/** A column in row order: numbers with NaN for missing, or category codes with −1 for missing. */
export type RowColumn =
  | { kind: 'numeric'; values: Float64Array }
  | { kind: 'categorical'; codes: Float64Array; categories: readonly string[] };

export class RowCells {
  private cells = new GrowableFloat64();
  private coded = false;

  get length(): number {
    return this.cells.length;
  }

  pushNumber(value: number): void {
    this.cells.push(value);
  }

  pushCode(code: number): void {
    this.cells.push(code);
  }

  pushMissing(): void {
    this.cells.push(this.coded ? -1 : NaN);
  }

  /** Pads with missing cells up to `rows` (JSON Lines rows that do not mention the column). */
  padTo(rows: number): void {
    while (this.cells.length < rows) this.pushMissing();
  }

  /** Turns the numbers stored so far into category codes. */
  toCodes(codeOf: (category: string) => number): void {
    if (this.coded) return;
    const numbers = this.cells.finish();
    for (const value of numbers) this.cells.push(value === value ? codeOf(String(value)) : -1);
    this.coded = true;
  }

  /**
   * The cells, padded to `rows` (in a SharedArrayBuffer when `shared`); `categories[code]` names a code
   * of a categorical column.
   */
  finish(rows: number, categories: readonly string[], shared = false): RowColumn {
    this.padTo(rows);
    const cells = this.cells.finish(shared);
    return this.coded
      ? { kind: 'categorical', codes: cells, categories }
      : { kind: 'numeric', values: cells };
  }
}
