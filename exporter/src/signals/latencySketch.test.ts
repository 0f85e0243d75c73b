import { logNormal, mulberry32 } from '../demo/prng';
import {
  LATENCY_SKETCH_BINS,
  LATENCY_SKETCH_RELATIVE_ERROR,
  latencyBin,
  latencySketchQuantile,
} from './latencySketch';

function sketchOf(values: readonly number[]): Uint32Array {
  const counts = new Uint32Array(LATENCY_SKETCH_BINS);
  for (const v of values) counts[latencyBin(v)]++;
  return counts;
}

describe('latency sketch', () => {
  test('the relative error bound is (γ − 1)/(γ + 1) ≈ 1.96 %', () => {
    expect(LATENCY_SKETCH_RELATIVE_ERROR).toBeCloseTo(0.0196, 4);
  });

  test.each([0.5, 0.95, 0.99])('q=%p is within the bound of the exact lower-rank quantile', (q) => {
    const u = mulberry32(3);
    const values = Array.from({ length: 20_000 }, () => logNormal(u, Math.log(0.05), 1));
    const exact = [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
    const sketched = latencySketchQuantile(sketchOf(values), q) as number;
    expect(Math.abs(sketched - exact) / exact).toBeLessThanOrEqual(LATENCY_SKETCH_RELATIVE_ERROR + 1e-12);
  });

  test('zero latency has a bin of its own and reads back as 0', () => {
    expect(latencyBin(0)).toBe(0);
    expect(latencySketchQuantile(sketchOf([0, 0, 0]), 0.5)).toBe(0);
  });

  test('an empty sketch has no quantile; q outside [0, 1] throws', () => {
    expect(latencySketchQuantile(new Uint32Array(LATENCY_SKETCH_BINS), 0.5)).toBeNull();
    expect(() => latencySketchQuantile(sketchOf([1]), 1.5)).toThrow('q is 1.5, expected 0 ≤ q ≤ 1');
  });

  test('values outside [1 µs, 100000 s] are clamped to the end bins', () => {
    expect(latencyBin(1e-9)).toBe(latencyBin(1e-6));
    expect(latencyBin(1e9)).toBe(LATENCY_SKETCH_BINS - 1);
  });
});
