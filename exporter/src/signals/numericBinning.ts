/**
 * The window sketch of a numeric column: fine bins on the reference's quantiles, and the reconstruction
 * of a bounded current sample from bin counts, so that the exact statistics of `stats/` (KS, PSI,
 * Wasserstein, …) run on at most `sample_size` values whatever the traffic.
 *
 * Layout. The cuts c_0 < c_1 < … < c_m are the distinct reference values at ranks i/F (i = 0..F) of the
 * reference sample, so c_0 is its minimum and c_m its maximum. Bins alternate between points and gaps
 * so that an atom (a value many rows share, like 0) has a bin of its own:
 *
 *   bin 0        x < c_0                   (underflow)
 *   bin 2j + 1   x = c_j                   (point, j = 0..m)
 *   bin 2j + 2   c_j < x < c_{j+1}         (gap, j = 0..m−1)
 *   bin 2m + 2   x > c_m                   (overflow)
 *
 * Every gap holds at most 1/F of the reference, so the empirical CDFs of reference and window are
 * exact at every cut and the KS statistic from bins is within max(1/F, largest window mass in one gap)
 * of the exact one (docs/signals.md, tested in numericBinning.test.ts).
 */

export class NumericBinning {
  /** Distinct ascending cut values (reference quantiles). */
  readonly cuts: Float64Array;
  /** The reference sample the cuts came from (ascending), used to shape values inside gaps. */
  private readonly reference: Float64Array;
  /**
   * Search accelerator: `grid[k]` is the first cut whose cell ⌊(c − c₀)·scale⌋ is ≥ k, for G = 4·(m+1)
   * equal cells over [c₀, c_m] (k = 0..G, and grid[G + 1] = m + 1). Cells are monotone in the value, so the first cut ≥ x lies in
   * [grid[cell(x)], grid[cell(x) + 1]]: usually one or two cuts to search instead of all of them.
   */
  private readonly grid: Int32Array;
  private readonly scale: number;

  /**
   * @param referenceSorted ascending, non-empty reference sample.
   * @param fineBins F, the number of quantile steps (≥ 1).
   * Throws when the reference is empty or unsorted, or F < 1.
   */
  constructor(referenceSorted: Float64Array, fineBins: number) {
    const n = referenceSorted.length;
    if (n === 0) throw new Error('NumericBinning: reference sample is empty, expected at least 1 value');
    if (!(fineBins >= 1)) throw new Error(`NumericBinning: fineBins is ${fineBins}, expected ≥ 1`);
    for (let i = 1; i < n; i++) {
      if (!(referenceSorted[i - 1] <= referenceSorted[i])) {
        throw new Error(`NumericBinning: reference sample is not ascending at index ${i}`);
      }
    }
    const cuts: number[] = [];
    for (let i = 0; i <= fineBins; i++) {
      const v = referenceSorted[Math.round((i * (n - 1)) / fineBins)];
      if (cuts.length === 0 || cuts[cuts.length - 1] !== v) cuts.push(v);
    }
    this.cuts = Float64Array.from(cuts);
    this.reference = referenceSorted;
    const cells = 4 * cuts.length;
    const span = cuts[cuts.length - 1] - cuts[0];
    this.scale = span > 0 && Number.isFinite(cells / span) ? cells / span : 0;
    this.grid = new Int32Array(cells + 2).fill(cuts.length);
    for (let j = cuts.length - 1; j >= 0; j--) {
      const cell = Math.min(cells, this.cellOf(cuts[j]));
      for (let k = cell; k >= 0 && this.grid[k] > j; k--) this.grid[k] = j;
    }
  }

  private cellOf(x: number): number {
    return Math.floor((x - this.cuts[0]) * this.scale);
  }

  /** Number of bins: 2m + 3 for m + 1 cuts. */
  get binCount(): number {
    return 2 * this.cuts.length + 1;
  }

  /** The bin of a finite value (layout in the file comment). O(log m). */
  binOf(x: number): number {
    const cuts = this.cuts;
    if (x < cuts[0]) return 0;
    if (x > cuts[cuts.length - 1]) return 2 * cuts.length;
    let lo = 0;
    let hi = cuts.length;
    if (this.scale > 0) {
      const cell = Math.min(this.grid.length - 2, this.cellOf(x)); // grid[G + 1] = m + 1 closes the last cell
      lo = this.grid[cell];
      hi = this.grid[cell + 1];
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cuts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo === cuts.length) return 2 * cuts.length; // overflow
    if (cuts[lo] === x) return 2 * lo + 1;
    return 2 * lo; // underflow when lo = 0, else the gap below cut lo
  }

  /**
   * A deterministic sample of `size` values whose bin counts are `counts` scaled to `size` (largest
   * remainder), ascending. Inside a gap the values follow the reference's own values in that gap (the
   * "no drift within a bin" assumption); underflow and overflow values are spread evenly between the
   * window's minimum (maximum) and the outermost cut.
   * Complexity: O(bins + size). Throws when `counts` does not match the layout.
   */
  reconstruct(counts: ArrayLike<number>, size: number, windowMin: number, windowMax: number): Float64Array {
    if (counts.length !== this.binCount) {
      throw new Error(`NumericBinning.reconstruct: ${counts.length} counts, expected ${this.binCount}`);
    }
    const allocation = allocateLargestRemainder(counts, size);
    const out = new Float64Array(allocation.reduce((a, b) => a + b, 0));
    let k = 0;
    for (let bin = 0; bin < allocation.length; bin++) {
      for (let i = 0; i < allocation[bin]; i++)
        out[k++] = this.valueInBin(bin, i, allocation[bin], windowMin, windowMax);
    }
    return out;
  }

  private valueInBin(bin: number, i: number, s: number, windowMin: number, windowMax: number): number {
    const cuts = this.cuts;
    const m = cuts.length - 1;
    if (bin === 0) {
      const low = Math.min(windowMin, cuts[0]);
      return low + (i / s) * (cuts[0] - low);
    }
    if (bin === 2 * m + 2) {
      const high = Math.max(windowMax, cuts[m]);
      return cuts[m] + ((i + 1) / s) * (high - cuts[m]);
    }
    if (bin % 2 === 1) return cuts[(bin - 1) / 2];
    const j = (bin - 2) / 2;
    const from = upperBound(this.reference, cuts[j]);
    const to = lowerBound(this.reference, cuts[j + 1]);
    if (to > from) return this.reference[from + Math.floor(((i + 0.5) * (to - from)) / s)];
    return cuts[j] + ((i + 0.5) / s) * (cuts[j + 1] - cuts[j]);
  }
}

/**
 * Integer shares of `size` proportional to `counts` (Hamilton's largest-remainder method; ties go to
 * the lower index). When the counts sum to at most `size`, the counts themselves are returned.
 * Complexity: O(k log k). Throws nothing.
 * @example allocateLargestRemainder([5, 3, 2], 5) // [3, 1, 1]
 */
export function allocateLargestRemainder(counts: ArrayLike<number>, size: number): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  if (total <= size) return Array.from(counts);
  const exact = Array.from(counts, (c) => (c * size) / total);
  const out = exact.map(Math.floor);
  let missing = size - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = 0; missing > 0; r++, missing--) out[order[r][1]]++;
  return out;
}

function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
