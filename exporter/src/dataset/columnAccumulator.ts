/**
 * Collects one column of one file while it streams by, in the least memory that still answers the drift
 * tests: finite numbers in a growable Float64Array, everything else as a dictionary of categories
 * (category → code) with a count per code, and a count of missing cells. Row order is not kept: every
 * test is univariate, so missing cells need no placeholder.
 *
 * A column read without a forced type starts numeric and turns categorical at its first non-numeric
 * value; its numbers, before and after, are categories by their shortest decimal form (`String(x)`), so
 * `1.0` and `1` are one category and `007` is `7`. Force `--types name=categorical` to keep the text.
 */
import { ByteDictionary, NOT_FOUND } from './byteDictionary';
import { classifyText, isMissingText } from './cellValue';
import { GrowableFloat64 } from './growableFloat64';
import { RowCells, type RowColumn } from './rowCells';

/** Stored in the spelling dictionary for cells that are missing (`NaN`, `inf`, blanks). */
const MISSING_CODE = -1;

/** Column types of the drift report. */
export type ColumnType = 'numeric' | 'categorical' | 'binary';

/** Distinct numbers tracked per numeric column; past this the exact count is not needed (see chooseMethod). */
export const DISTINCT_LIMIT = 1000;
/** Integers 0 … SMALL_INTS − 1 are looked up in a byte map, not the Set (counts and classes: the common case). */
const SMALL_INTS = 1024;

/** One column of one file, read to the end. */
export type ColumnData =
  | {
      kind: 'numeric';
      /** The finite values, in file order. */
      values: Float64Array;
      /** The distinct values, or null when there are more than {@link DISTINCT_LIMIT}. */
      distinct: ReadonlySet<number> | null;
      missing: number;
      rows: number;
    }
  | { kind: 'categorical'; counts: Map<string, number>; missing: number; rows: number };

export class ColumnAccumulator {
  private numbers: GrowableFloat64 | null = new GrowableFloat64();
  private distinct: Set<number> | null = new Set();
  /** Which small integers `distinct` holds already (see SMALL_INTS). */
  private readonly smallSeen = new Uint8Array(SMALL_INTS);
  private codes: Map<string, number> | null = null;
  private counts: number[] = [];
  /** Raw cell bytes → category code (or MISSING_CODE), so each distinct spelling is decoded once. */
  private spellings: ByteDictionary | null = null;
  private missing = 0;
  private observed = 0;
  /** Whether cells are categories exactly as written (a forced categorical column keeps `007` and `7` apart). */
  readonly keepsText: boolean;
  /** The cells in row order, when asked for (multivariate drift). */
  private readonly rowCells: RowCells | null;

  /**
   * @param forced the type given with `--types`, if any: numeric refuses text, the others keep text as is.
   * @param keepRows whether to keep every cell in row order as well ({@link finishRows}).
   */
  constructor(
    readonly forced?: ColumnType,
    keepRows = false,
  ) {
    this.keepsText = forced === 'categorical' || forced === 'binary';
    this.rowCells = keepRows ? new RowCells() : null;
    if (this.keepsText) this.toCategorical();
  }

  /** Whether the column now collects categories (it may have started numeric). */
  get isCategorical(): boolean {
    return this.codes !== null;
  }

  /**
   * Makes room for `rows` values in all while the column is numeric (in shared memory when `shared`, as
   * {@link finish} will be asked), so a good guess is filled in place and handed out without a copy.
   */
  reserve(rows: number, shared = false): void {
    this.numbers?.reserve(rows, shared);
  }

  addNumber(value: number): void {
    this.observed++;
    if (this.numbers === null) {
      const code = this.codeOf(String(value));
      this.counts[code]++;
      this.rowCells?.pushCode(code);
      return;
    }
    this.numbers.push(value);
    this.rowCells?.pushNumber(value);
    const distinct = this.distinct;
    if (distinct === null) return;
    if (value >= 0 && value < SMALL_INTS && value === Math.floor(value)) {
      // −0 lands on 0, as the Set (SameValueZero) treats it.
      if (this.smallSeen[value] === 1) return;
      if (distinct.size < DISTINCT_LIMIT) this.smallSeen[value] = 1;
    } else if (distinct.has(value)) return;
    if (distinct.size === DISTINCT_LIMIT) this.distinct = null;
    else distinct.add(value);
  }

  /**
   * Adds a non-missing, non-numeric cell (or any non-missing cell of a column that keeps text). Throws on
   * a column forced numeric; the reader catches it to say where.
   */
  addText(text: string): void {
    if (this.forced === 'numeric') throw new Error(`'${text}' is not a number (the column is typed numeric)`);
    this.observed++;
    if (this.codes === null) this.toCategorical();
    const code = this.codeOf(text);
    this.counts[code]++;
    this.rowCells?.pushCode(code);
  }

  /**
   * Adds an unquoted, non-empty CSV cell of a categorical column from its bytes: missing, a number or
   * text, decided once per distinct spelling. Only while {@link isCategorical}.
   */
  addBytes(bytes: Buffer, start: number, end: number): void {
    const spellings = this.spellings as ByteDictionary;
    let code = spellings.get(bytes, start, end);
    if (code === NOT_FOUND) {
      code = this.categoryCodeOf(bytes.toString('utf8', start, end));
      spellings.set(bytes, start, end, code);
    }
    this.observed++;
    if (code === MISSING_CODE) {
      this.missing++;
      this.rowCells?.pushMissing();
    } else {
      this.counts[code]++;
      this.rowCells?.pushCode(code);
    }
  }

  addMissing(): void {
    this.observed++;
    this.missing++;
    this.rowCells?.pushMissing();
  }

  /** Marks the cells of the rows before `row` (1-based) that never mentioned the column as missing. */
  reachRow(row: number): void {
    this.rowCells?.padTo(row - 1);
  }

  /**
   * The cells in row order after `rows` rows (in shared memory when `shared`), or null when the column
   * was not asked to keep them.
   */
  finishRows(rows: number, shared = false): RowColumn | null {
    if (this.rowCells === null) return null;
    const categories: string[] = [];
    for (const [category, code] of this.codes ?? []) categories[code] = category;
    return this.rowCells.finish(rows, categories, shared);
  }

  /**
   * The column after `rows` rows; rows that never mentioned it (JSON Lines) count as missing. Numeric
   * values go into shared memory when `shared` (see `ReadOptions.sharedMemory`).
   */
  finish(rows: number, shared = false): ColumnData {
    const missing = this.missing + (rows - this.observed);
    if (this.numbers !== null) {
      const values = this.numbers.finish(shared);
      return { kind: 'numeric', values, distinct: this.distinct, missing, rows };
    }
    const counts = new Map<string, number>();
    for (const [category, code] of this.codes ?? [])
      if (this.counts[code] > 0) counts.set(category, this.counts[code]);
    return { kind: 'categorical', counts, missing, rows };
  }

  /** The code of a cell's text under this column's rule, or MISSING_CODE. */
  private categoryCodeOf(text: string): number {
    if (this.keepsText) return isMissingText(text) ? MISSING_CODE : this.codeOf(text);
    const cell = classifyText(text);
    if (cell.kind === 'missing') return MISSING_CODE;
    return this.codeOf(cell.kind === 'number' ? String(cell.value) : text);
  }

  private codeOf(category: string): number {
    const codes = this.codes as Map<string, number>;
    let code = codes.get(category);
    if (code === undefined) {
      code = this.counts.length;
      codes.set(category, code);
      this.counts.push(0);
    }
    return code;
  }

  private toCategorical(): void {
    const numbers = this.numbers?.finish() ?? new Float64Array(0);
    this.numbers = null;
    this.distinct = null;
    this.codes = new Map();
    this.spellings = new ByteDictionary();
    for (const value of numbers) this.counts[this.codeOf(String(value))]++;
    this.rowCells?.toCodes((category) => this.codeOf(category));
  }
}

/** Category counts of a column, turning a numeric column's values into categories by `String(x)`. */
export function categoryCounts(column: ColumnData): Map<string, number> {
  if (column.kind === 'categorical') return column.counts;
  const counts = new Map<string, number>();
  for (const value of column.values) {
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
