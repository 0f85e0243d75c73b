"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.syntheticSample = syntheticSample;
exports.loadFixture = loadFixture;
exports.relativeError = relativeError;
/**
 * Test support, excluded from the build: the reference values written by
 * `exporter/scripts/gen_stats_fixtures.py` (scipy/numpy) and the integer generator that rebuilds its
 * large samples bit for bit.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/**
 * The generator of gen_stats_fixtures.py: xorshift32, three draws of the top `bits` bits summed. All
 * arithmetic is on dyadic rationals, so Python and JavaScript produce identical doubles.
 */
function syntheticSample(spec) {
    let state = spec.seed >>> 0;
    const out = new Float64Array(spec.n);
    const shift = 32 - spec.bits;
    const unit = 2 ** spec.bits;
    for (let i = 0; i < spec.n; i++) {
        let acc = 0;
        for (let k = 0; k < 3; k++) {
            state = (state ^ (state << 13)) >>> 0;
            state = (state ^ (state >>> 17)) >>> 0;
            state = (state ^ (state << 5)) >>> 0;
            acc += state >>> shift;
        }
        out[i] = (acc / unit) * spec.scale + spec.shift;
    }
    return out;
}
/** Parses one fixture file of `__fixtures__/`. The caller states the shape it expects. */
function loadFixture(name) {
    return JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(__dirname, name), 'utf8'));
}
/** |actual − expected| ≤ tol · max(|expected|, tiny): the 1e-9 relative tolerance on statistics. */
function relativeError(actual, expected) {
    if (actual === expected)
        return 0;
    return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}
//# sourceMappingURL=index.js.map