"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const prng_1 = require("../demo/prng");
const latencySketch_1 = require("./latencySketch");
function sketchOf(values) {
    const counts = new Uint32Array(latencySketch_1.LATENCY_SKETCH_BINS);
    for (const v of values)
        counts[(0, latencySketch_1.latencyBin)(v)]++;
    return counts;
}
describe('latency sketch', () => {
    test('the relative error bound is (γ − 1)/(γ + 1) ≈ 1.96 %', () => {
        expect(latencySketch_1.LATENCY_SKETCH_RELATIVE_ERROR).toBeCloseTo(0.0196, 4);
    });
    test.each([0.5, 0.95, 0.99])('q=%p is within the bound of the exact lower-rank quantile', (q) => {
        const u = (0, prng_1.mulberry32)(3);
        const values = Array.from({ length: 20_000 }, () => (0, prng_1.logNormal)(u, Math.log(0.05), 1));
        const exact = [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
        const sketched = (0, latencySketch_1.latencySketchQuantile)(sketchOf(values), q);
        expect(Math.abs(sketched - exact) / exact).toBeLessThanOrEqual(latencySketch_1.LATENCY_SKETCH_RELATIVE_ERROR + 1e-12);
    });
    test('zero latency has a bin of its own and reads back as 0', () => {
        expect((0, latencySketch_1.latencyBin)(0)).toBe(0);
        expect((0, latencySketch_1.latencySketchQuantile)(sketchOf([0, 0, 0]), 0.5)).toBe(0);
    });
    test('an empty sketch has no quantile; q outside [0, 1] throws', () => {
        expect((0, latencySketch_1.latencySketchQuantile)(new Uint32Array(latencySketch_1.LATENCY_SKETCH_BINS), 0.5)).toBeNull();
        expect(() => (0, latencySketch_1.latencySketchQuantile)(sketchOf([1]), 1.5)).toThrow('q is 1.5, expected 0 ≤ q ≤ 1');
    });
    test('values outside [1 µs, 100000 s] are clamped to the end bins', () => {
        expect((0, latencySketch_1.latencyBin)(1e-9)).toBe((0, latencySketch_1.latencyBin)(1e-6));
        expect((0, latencySketch_1.latencyBin)(1e9)).toBe(latencySketch_1.LATENCY_SKETCH_BINS - 1);
    });
});
//# sourceMappingURL=latencySketch.test.js.map