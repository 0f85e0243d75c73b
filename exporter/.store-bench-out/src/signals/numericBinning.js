"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.NumericBinning = void 0;
exports.allocateLargestRemainder = allocateLargestRemainder;
class NumericBinning {
    /** Distinct ascending cut values (reference quantiles). */
    cuts;
    /** The reference sample the cuts came from (ascending), used to shape values inside gaps. */
    reference;
    /**
     * Search accelerator over G = 16·(m+1) equal cells of [c₀, c_m], cell(x) = min(G, ⌊(x − c₀)·scale⌋)
     * (monotone in x). With first(k) the first cut whose cell is ≥ k: `lookup[k] ≥ 0` when no cut falls
     * in cell k, and is then the gap bin 2·first(k) of every value in the cell (one read); otherwise
     * `lookup[k] = −1 − first(k)` and the first cut ≥ x lies in [first(k), first(k + 1)], searched
     * by bisection (a few cuts; robust to heavy tails that crowd every cut into one cell). k = 0..G + 1,
     * first(G + 1) = m + 1. 16 cells per cut keep most reads on the one-read path, even where the
     * reference is dense. Entries are 16-bit while they fit (4 KiB per column at 128 fine bins).
     */
    lookup;
    cells;
    scale;
    /**
     * @param referenceSorted ascending, non-empty reference sample.
     * @param fineBins F, the number of quantile steps (≥ 1).
     * Throws when the reference is empty or unsorted, or F < 1.
     */
    constructor(referenceSorted, fineBins) {
        const n = referenceSorted.length;
        if (n === 0)
            throw new Error('NumericBinning: reference sample is empty, expected at least 1 value');
        if (!(fineBins >= 1))
            throw new Error(`NumericBinning: fineBins is ${fineBins}, expected ≥ 1`);
        for (let i = 1; i < n; i++) {
            if (!(referenceSorted[i - 1] <= referenceSorted[i])) {
                throw new Error(`NumericBinning: reference sample is not ascending at index ${i}`);
            }
        }
        const cuts = [];
        for (let i = 0; i <= fineBins; i++) {
            const v = referenceSorted[Math.round((i * (n - 1)) / fineBins)];
            if (cuts.length === 0 || cuts[cuts.length - 1] !== v)
                cuts.push(v);
        }
        this.cuts = Float64Array.from(cuts);
        this.reference = referenceSorted;
        this.cells = 16 * cuts.length;
        const span = cuts[cuts.length - 1] - cuts[0];
        this.scale = span > 0 && Number.isFinite(this.cells / span) ? this.cells / span : 0;
        this.lookup = this.buildLookup();
    }
    buildLookup() {
        const cuts = this.cuts;
        const first = new Int32Array(this.cells + 2).fill(cuts.length);
        for (let j = cuts.length - 1; j >= 0; j--) {
            for (let k = this.cellOf(cuts[j]); k >= 0 && first[k] > j; k--)
                first[k] = j;
        }
        // Entries lie in [−(m + 2), 2·(m + 1)].
        const lookup = cuts.length < 16_000 ? new Int16Array(this.cells + 2) : new Int32Array(this.cells + 2);
        for (let k = 0; k <= this.cells + 1; k++) {
            lookup[k] = k <= this.cells && first[k] === first[k + 1] ? 2 * first[k] : -1 - first[k];
        }
        return lookup;
    }
    cellOf(x) {
        return Math.min(this.cells, Math.floor((x - this.cuts[0]) * this.scale));
    }
    /** Number of bins: 2m + 3 for m + 1 cuts. */
    get binCount() {
        return 2 * this.cuts.length + 1;
    }
    /** The bin of a finite value (layout in the file comment). O(1) in most cells, O(log m) at worst. */
    binOf(x) {
        const cuts = this.cuts;
        if (x < cuts[0])
            return 0;
        if (x > cuts[cuts.length - 1])
            return 2 * cuts.length;
        const cell = this.cellOf(x);
        const entry = this.lookup[cell];
        if (entry >= 0)
            return entry;
        let lo = -1 - entry;
        const next = this.lookup[cell + 1];
        let hi = next >= 0 ? next >>> 1 : -1 - next;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (cuts[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return cuts[lo] === x ? 2 * lo + 1 : 2 * lo; // cuts[m] ≥ x, so lo ≤ m
    }
    /**
     * A deterministic sample of `size` values whose bin counts are `counts` scaled to `size` (largest
     * remainder), ascending. Inside a gap the values follow the reference's own values in that gap (the
     * "no drift within a bin" assumption); underflow and overflow values are spread evenly between the
     * window's minimum (maximum) and the outermost cut.
     * Complexity: O(bins + size). Throws when `counts` does not match the layout.
     */
    reconstruct(counts, size, windowMin, windowMax) {
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
    valueInBin(bin, i, s, windowMin, windowMax) {
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
        if (bin % 2 === 1)
            return cuts[(bin - 1) / 2];
        const j = (bin - 2) / 2;
        const from = upperBound(this.reference, cuts[j]);
        const to = lowerBound(this.reference, cuts[j + 1]);
        if (to > from)
            return this.reference[from + Math.floor(((i + 0.5) * (to - from)) / s)];
        return cuts[j] + ((i + 0.5) / s) * (cuts[j + 1] - cuts[j]);
    }
}
exports.NumericBinning = NumericBinning;
/**
 * Integer shares of `size` proportional to `counts` (Hamilton's largest-remainder method; ties go to
 * the lower index). When the counts sum to at most `size`, the counts themselves are returned.
 * Complexity: O(k log k). Throws nothing.
 * @example allocateLargestRemainder([5, 3, 2], 5) // [3, 1, 1]
 */
function allocateLargestRemainder(counts, size) {
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    if (total <= size)
        return Array.from(counts);
    const exact = Array.from(counts, (c) => (c * size) / total);
    const out = exact.map(Math.floor);
    let missing = size - out.reduce((a, b) => a + b, 0);
    const order = exact
        .map((e, i) => [e - Math.floor(e), i])
        .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let r = 0; missing > 0; r++, missing--)
        out[order[r][1]]++;
    return out;
}
function lowerBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function upperBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=numericBinning.js.map