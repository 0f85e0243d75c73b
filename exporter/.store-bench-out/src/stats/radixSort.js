"use strict";
/**
 * LSD radix sort of doubles, used for large samples: 4 passes over 16-bit digits of the IEEE-754 bit
 * pattern, about 3× faster than the native comparison sort on 356 000 values (the sort dominates KS,
 * PSI and Wasserstein on large columns).
 *
 * The bit pattern becomes an unsigned key ordered like the numbers by flipping every bit of negatives
 * and only the sign bit of positives; after sorting the flip is undone. −0 sorts before +0 (as the
 * native typed-array sort does); NaN sorts to an end (callers check both ends for non-finite values).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.RADIX_MIN_LENGTH = void 0;
exports.sortFloat64 = sortFloat64;
/** Below this length the native sort is faster than clearing and scanning the digit histograms. */
exports.RADIX_MIN_LENGTH = 16384;
const DIGITS = 65536;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** An ascending copy of `input` (input untouched). O(n) for large n, native sort below 16 384 values. */
function sortFloat64(input) {
    const n = input.length;
    if (n < exports.RADIX_MIN_LENGTH || !LITTLE_ENDIAN)
        return input.slice().sort();
    let src = input.slice();
    let dst = new Float64Array(n);
    let srcWords = new Uint32Array(src.buffer, 0, 2 * n);
    let dstWords = new Uint32Array(dst.buffer, 0, 2 * n);
    const counts = toKeysAndCount(srcWords, n);
    for (let pass = 0; pass < 4; pass++) {
        const word = pass >> 1;
        const shift = (pass & 1) * 16;
        const base = pass * DIGITS;
        if (counts[base + ((srcWords[word] >>> shift) & 0xffff)] === n)
            continue; // every key shares this digit
        let offset = 0;
        for (let d = base; d < base + DIGITS; d++) {
            const c = counts[d];
            counts[d] = offset;
            offset += c;
        }
        for (let i = 0; i < 2 * n; i += 2) {
            const lo = srcWords[i];
            const hi = srcWords[i + 1];
            const position = 2 * counts[base + (((word === 0 ? lo : hi) >>> shift) & 0xffff)]++;
            dstWords[position] = lo;
            dstWords[position + 1] = hi;
        }
        [src, dst] = [dst, src];
        [srcWords, dstWords] = [dstWords, srcWords];
    }
    fromKeys(srcWords, n);
    return src;
}
/** Turns each double's (lo, hi) words into an order-preserving unsigned key; counts all four digits. */
function toKeysAndCount(words, n) {
    const counts = new Uint32Array(4 * DIGITS);
    for (let i = 0; i < 2 * n; i += 2) {
        let lo = words[i];
        let hi = words[i + 1];
        if (hi >= 0x80000000) {
            hi = ~hi >>> 0;
            lo = ~lo >>> 0;
        }
        else {
            hi = (hi | 0x80000000) >>> 0;
        }
        words[i] = lo;
        words[i + 1] = hi;
        counts[lo & 0xffff]++;
        counts[DIGITS + (lo >>> 16)]++;
        counts[2 * DIGITS + (hi & 0xffff)]++;
        counts[3 * DIGITS + (hi >>> 16)]++;
    }
    return counts;
}
/** Inverse of the key transform. */
function fromKeys(words, n) {
    for (let i = 0; i < 2 * n; i += 2) {
        const hi = words[i + 1];
        if (hi >= 0x80000000) {
            words[i + 1] = (hi & 0x7fffffff) >>> 0;
        }
        else {
            words[i + 1] = ~hi >>> 0;
            words[i] = ~words[i] >>> 0;
        }
    }
}
//# sourceMappingURL=radixSort.js.map