/**
 * LSD radix sort of doubles, used for large samples: up to 4 passes over 16-bit digits of the raw
 * IEEE-754 bit pattern, about 4× faster than the native comparison sort on 356 000 values (the sort
 * dominates KS, PSI and Wasserstein on large columns).
 *
 * Sorting the raw bit patterns as unsigned integers puts the non-negative numbers first, ascending, and
 * the negative ones (sign bit set) after them in descending order; one last pass moves the negative
 * block to the front reversed. Each pass moves whole doubles (never rewritten bit patterns, which could
 * read as NaN), reads its digit from a 32-bit view, and is skipped when every value shares the digit
 * (integers leave the low word's digits all zero). −0 sorts before +0 (as the native typed-array sort
 * does); NaN sorts to an end, either one (callers check both ends for non-finite values).
 */

/** Below this length the native sort is faster than clearing and scanning the digit histograms. */
export const RADIX_MIN_LENGTH = 16384;
const DIGITS = 65536;
const SIGN_BIT = 0x80000000;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** An ascending copy of `input` (input untouched). O(n) for large n, native sort below 16 384 values. */
export function sortFloat64(input: Float64Array): Float64Array {
  const n = input.length;
  if (n < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return input.slice().sort();
  const inputWords = new Uint32Array(input.buffer, input.byteOffset, 2 * n);
  const counts = countDigits(inputWords, n);
  let src = input;
  let srcWords = inputWords;
  let spare: Float64Array | null = null;
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    const base = pass * DIGITS;
    if (counts[base + ((srcWords[word] >>> shift) & 0xffff)] === n) continue; // every value shares it
    const dst: Float64Array = spare ?? new Float64Array(n);
    scatter(src, srcWords, dst, counts, base, word, shift);
    spare = src === input ? null : src;
    src = dst;
    srcWords = new Uint32Array(dst.buffer, 0, 2 * n);
  }
  if (src === input) return input.slice();
  return negativesFirst(src, srcWords, spare);
}

/** Histograms of the four 16-bit digits of every value, in one pass. */
function countDigits(words: Uint32Array, n: number): Uint32Array {
  const counts = new Uint32Array(4 * DIGITS);
  for (let i = 0; i < 2 * n; i += 2) {
    const lo = words[i];
    const hi = words[i + 1];
    counts[lo & 0xffff]++;
    counts[DIGITS + (lo >>> 16)]++;
    counts[2 * DIGITS + (hi & 0xffff)]++;
    counts[3 * DIGITS + (hi >>> 16)]++;
  }
  return counts;
}

/** One stable counting-sort pass of `src` into `dst` by the digit at (`word`, `shift`). */
function scatter(
  src: Float64Array,
  srcWords: Uint32Array,
  dst: Float64Array,
  counts: Uint32Array,
  base: number,
  word: number,
  shift: number,
): void {
  let offset = 0;
  for (let d = base; d < base + DIGITS; d++) {
    const c = counts[d];
    counts[d] = offset;
    offset += c;
  }
  const n = src.length;
  for (let i = 0; i < n; i++) dst[counts[base + ((srcWords[2 * i + word] >>> shift) & 0xffff)]++] = src[i];
}

/**
 * `sorted` holds the values ordered by raw bits: non-negatives ascending, then negatives descending.
 * Returns them in numeric order, using `spare` (or a new array) when there are negatives to move.
 */
function negativesFirst(sorted: Float64Array, words: Uint32Array, spare: Float64Array | null): Float64Array {
  const n = sorted.length;
  let firstNegative = n;
  while (firstNegative > 0 && words[2 * firstNegative - 1] >= SIGN_BIT) firstNegative--;
  if (firstNegative === n) return sorted;
  const out = spare ?? new Float64Array(n);
  const negatives = n - firstNegative;
  for (let i = 0; i < negatives; i++) out[i] = sorted[n - 1 - i];
  out.set(sorted.subarray(0, firstNegative), negatives);
  return out;
}
