/**
 * Bounds the categories a monitor tracks per categorical column: the first `max` distinct values
 * (the spec's and the reference's come first) are tracked, every later new value is counted under
 * `__other__`. The tracked sets only grow, so a window's counts never refer to a forgotten category.
 */
import { OTHER_CATEGORY } from './types';

export class CategoryTracker {
  private readonly tracked: Set<string>[];

  /**
   * @param columns number of columns (features, then the prediction column).
   * @param max tracked categories per column, `__other__` not included (≥ 1).
   * Throws when max < 1.
   */
  constructor(
    columns: number,
    private readonly max: number,
  ) {
    if (!(max >= 1)) throw new Error(`CategoryTracker: max is ${max}, expected ≥ 1`);
    this.tracked = Array.from({ length: columns }, () => new Set<string>());
  }

  /** Tracks `values` of a column up front (reference and declared categories), within the cap. */
  seed(column: number, values: Iterable<string>): void {
    for (const v of values) this.fold(column, v);
  }

  /** The value to count for `value`: itself when tracked (or trackable), else `__other__`. O(1). */
  fold(column: number, value: string): string {
    const set = this.tracked[column];
    if (set.has(value)) return value;
    if (value !== OTHER_CATEGORY && set.size < this.max) {
      set.add(value);
      return value;
    }
    return OTHER_CATEGORY;
  }

  /** The tracked categories of a column (never `__other__`). */
  categories(column: number): ReadonlySet<string> {
    return this.tracked[column];
  }

  toJSON(): string[][] {
    return this.tracked.map((s) => [...s]);
  }

  restore(state: readonly string[][]): void {
    state.forEach((values, i) => {
      if (i < this.tracked.length) this.seed(i, values);
    });
  }
}
