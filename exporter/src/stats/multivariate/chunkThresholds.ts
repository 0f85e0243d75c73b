/**
 * Thresholds from the reference itself: cut it into consecutive chunks of (almost) equal size, the first
 * n mod c chunks one row longer (numpy.array_split's rule), take each chunk's mean row value, and put the
 * band at mean ∓ width × population standard deviation (ddof 0) of those chunk values.
 */

/** Chunks the reference is cut into. */
export const THRESHOLD_CHUNKS = 10;
/** Standard deviations either side of the chunks' mean. */
export const THRESHOLD_WIDTH = 3;

export interface Band {
  lower: number;
  upper: number;
  /** The chunk means, in reference order. */
  chunks: number[];
}

/**
 * The band of per-row values `values` (e.g. reconstruction errors) cut into `chunks` consecutive chunks.
 *
 * Complexity O(n). Throws when there are fewer values than chunks (a chunk would be empty) or `chunks`
 * is not an integer ≥ 2.
 *
 * @example
 * chunkBand(Float64Array.of(1, 2, 3, 4), 2, 1); // => { lower: 1.5, upper: 3.5, chunks: [1.5, 3.5] }
 */
export function chunkBand(values: Float64Array, chunks = THRESHOLD_CHUNKS, width = THRESHOLD_WIDTH): Band {
  if (!Number.isInteger(chunks) || chunks < 2) {
    throw new Error(`chunkBand: expected an integer number of chunks ≥ 2, got ${chunks}`);
  }
  const n = values.length;
  if (n < chunks) throw new Error(`chunkBand: expected at least ${chunks} rows (one per chunk), got ${n}`);
  const base = Math.floor(n / chunks);
  const longer = n % chunks;
  const means: number[] = [];
  for (let c = 0, start = 0; c < chunks; c++) {
    const size = base + (c < longer ? 1 : 0);
    means.push(meanOf(values, start, start + size));
    start += size;
  }
  const centre = means.reduce((a, b) => a + b, 0) / chunks;
  const sd = Math.sqrt(means.reduce((a, m) => a + (m - centre) * (m - centre), 0) / chunks);
  return { lower: centre - width * sd, upper: centre + width * sd, chunks: means };
}

/**
 * The mean of values[start, end) (a plain left-to-right sum).
 * @example meanOf(Float64Array.of(1, 2, 3), 1) // => 2.5
 */
export function meanOf(values: ArrayLike<number>, start = 0, end = values.length): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += values[i];
  return sum / (end - start);
}
