"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.batchOf = batchOf;
const COUNTRIES = ['de', 'fr', 'us'];
/** Batch `i` (i ≥ 1): 1..40 events whose every field is derived from i, so a reader can check contents. */
function batchOf(i) {
    const n = 1 + ((i * 7919) % 40);
    return Array.from({ length: n }, (_, j) => ({
        timestamp: 1_700_000_000 + i,
        id: `b${i}-${j}`,
        features: { amount: i + j / 100, country: COUNTRIES[j % 3], flag: j % 5 === 0 ? null : 'y' },
        typeViolations: j % 17 === 0 ? ['flag'] : [],
        prediction: (i + j) % 2 === 0 ? '1' : '0',
        confidence: ((i + j) % 100) / 100,
        latencySeconds: j / 1000,
        error: j % 10 === 0 ? 'timeout' : null,
        attributions: j % 4 === 0 ? { amount: i / 10 } : null,
    }));
}
//# sourceMappingURL=events.js.map