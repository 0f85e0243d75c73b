"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalisePair = normalisePair;
/**
 * Turning two count vectors into two probability vectors of the same length, for the distances.
 */
const validate_1 = require("./validate");
/** Normalised copies of two equally long count (or weight) vectors. Throws on a length mismatch,
 * a negative or non-finite entry, or an all-zero vector. O(k). */
function normalisePair(fn, p, q) {
    if (p.length !== q.length) {
        throw new Error(`${fn}: expected p and q of equal length, got ${p.length} and ${q.length}`);
    }
    if (p.length === 0)
        throw new Error(`${fn}: expected at least one bin, got 0`);
    const pTotal = (0, validate_1.assertCounts)(fn, 'p', p);
    const qTotal = (0, validate_1.assertCounts)(fn, 'q', q);
    const pn = new Float64Array(p.length);
    const qn = new Float64Array(q.length);
    for (let i = 0; i < p.length; i++) {
        pn[i] = p[i] / pTotal;
        qn[i] = q[i] / qTotal;
    }
    return { p: pn, q: qn };
}
//# sourceMappingURL=frequencies.js.map