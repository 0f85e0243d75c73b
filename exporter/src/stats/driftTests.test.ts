/**
 * driftTests runs several methods on one sort; each result must equal driftTest's for that method alone
 * (driftTest itself is pinned against scipy in driftTest.test.ts and the per-statistic tests).
 */
import fc from 'fast-check';
import { driftTest, driftTests } from './driftTest';
import { RADIX_MIN_LENGTH } from './radixSort';
import { DRIFT_METHODS } from './methods';
import type { Column, DriftMethod } from './types';

const numeric = (values: Float64Array): Column => ({ type: 'numeric', values });

/** driftTest's result or its error message, for one method. */
function alone(method: DriftMethod, ref: Column, cur: Column, threshold?: number): unknown {
  try {
    return driftTest(method, ref, cur, { threshold });
  } catch (err) {
    return (err as Error).message;
  }
}

describe('driftTests', () => {
  it('matches the documented example', () => {
    const results = driftTests(
      [{ method: 'ks' }, { method: 'wasserstein', threshold: 0.2 }],
      numeric(Float64Array.of(1, 2, 3, 4)),
      numeric(Float64Array.of(3, 4, 5, 6, 7)),
    );
    expect(results).toEqual([
      { method: 'ks', statistic: 0.6, pValue: 0.2857142857142857, threshold: 0.05, drifted: false },
      { method: 'wasserstein', statistic: 2.23606797749979, pValue: null, threshold: 0.2, drifted: true },
    ]);
  });

  it('gives every method exactly what driftTest gives it alone, on small and radix-sorted samples', () => {
    const sample = (n: number) =>
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n + 40 });
    const sizes = fc.constantFrom(12, RADIX_MIN_LENGTH);
    fc.assert(
      fc.property(
        sizes.chain((n) => fc.tuple(sample(n), sample(n))),
        ([a, b]) => {
          const ref = numeric(Float64Array.from(a));
          const cur = numeric(Float64Array.from(b));
          const requests = DRIFT_METHODS.filter((m) => m !== 'z').map((method) => ({ method }));
          const together = driftTests(requests, ref, cur);
          requests.forEach(({ method }, i) => expect(together[i]).toEqual(alone(method, ref, cur)));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('keeps the order and thresholds of the requests on category counts', () => {
    const ref: Column = {
      type: 'categorical',
      counts: new Map([
        ['a', 30],
        ['b', 70],
      ]),
    };
    const cur: Column = {
      type: 'categorical',
      counts: new Map([
        ['a', 55],
        ['b', 45],
      ]),
    };
    const requests = [
      { method: 'jensenshannon' as const, threshold: 0.5 },
      { method: 'chisquare' as const },
      { method: 'psi' as const, threshold: 0.01 },
    ];
    const results = driftTests(requests, ref, cur);
    expect(results.map((r) => [r.method, r.threshold])).toEqual([
      ['jensenshannon', 0.5],
      ['chisquare', 0.05],
      ['psi', 0.01],
    ]);
    requests.forEach((r, i) => expect(results[i]).toEqual(alone(r.method, ref, cur, r.threshold)));
  });

  it("throws driftTest's message for the first request that cannot run, before computing anything", () => {
    const ref = numeric(Float64Array.of(1, 2, 3));
    const cur = numeric(Float64Array.of(1, Number.NaN));
    expect(() => driftTests([{ method: 'ks' }, { method: 'nope' as DriftMethod }], ref, cur)).toThrow(
      alone('nope' as DriftMethod, ref, cur) as string,
    );
    expect(() => driftTests([{ method: 'psi' }, { method: 'ks', threshold: 2 }], ref, cur)).toThrow(
      'driftTest: expected threshold to be a significance level in (0, 1), got 2',
    );
    expect(() => driftTests([{ method: 'ks' }], ref, cur)).toThrow(alone('ks', ref, cur) as string);
    expect(driftTests([], ref, cur)).toEqual([]);
  });
});
