/**
 * Known values: __fixtures__/multivariate.json, written by __fixtures__/gen_multivariate.py with numpy
 * (eigh of the covariance, array_split chunks). Tolerance 1e-9 relative.
 */
import fc from 'fast-check';
import { relativeError } from '../__fixtures__';
import { multivariateFixture, permuteRows, toSample } from './__fixtures__';
import { fitEncoding } from './encode';
import { pcaReconstructionDrift } from './pcaDrift';
import type { MultivariateSample } from './types';

const TOLERANCE = 1e-9;

describe('pcaReconstructionDrift matches the numpy script', () => {
  it.each(multivariateFixture.pca.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = pcaReconstructionDrift(toSample(c.reference), toSample(c.current));
    const e = c.expected;
    expect(result.components).toBe(e.components);
    expect(relativeError(result.referenceError, e.reference_error)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(result.statistic, e.statistic)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(result.lower, e.lower)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(result.upper, e.upper)).toBeLessThanOrEqual(TOLERANCE);
    expect(result.drifted).toBe(e.drifted);
    result.explainedRatio.forEach((r, i) =>
      expect(relativeError(r, e.explained_ratio[i])).toBeLessThanOrEqual(TOLERANCE),
    );
    result.chunkErrors.forEach((r, i) =>
      expect(relativeError(r, e.chunk_errors[i])).toBeLessThanOrEqual(TOLERANCE),
    );
  });

  it('flags the joint changes the fixture was built for, and not the same-distribution sample', () => {
    const verdict = (name: string) => {
      const c = multivariateFixture.pca.find((x) => x.name === name);
      if (c === undefined) throw new Error(`no fixture case ${name}`);
      return pcaReconstructionDrift(toSample(c.reference), toSample(c.current)).drifted;
    };
    expect(verdict('correlated_decoupled')).toBe(true);
    expect(verdict('segment_mix')).toBe(true);
    expect(verdict('same_distribution')).toBe(false);
  });

  it('imputes a tied most frequent category with the smallest name', () => {
    const c = multivariateFixture.pca.find((x) => x.name === 'ties_most_frequent');
    const kind = fitEncoding(toSample(c?.reference ?? []))[0];
    expect(kind.kind === 'categorical' && kind.fill).toBe('alpha');
  });
});

describe('pcaReconstructionDrift properties', () => {
  const reference = toSample(multivariateFixture.pca[1].reference);

  it('finds no drift on the reference itself, whose error is the reference error', () => {
    const result = pcaReconstructionDrift(reference, reference);
    expect(result.drifted).toBe(false);
    expect(result.statistic).toBe(result.referenceError);
    expect(result.lower).toBeLessThanOrEqual(result.statistic);
  });

  it('finds no drift on a shuffled copy of the reference (row order carries no information)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const order = shuffled(reference.rows, seed);
        const result = pcaReconstructionDrift(reference, permuteRows(reference, order));
        expect(result.drifted).toBe(false);
        expect(relativeError(result.statistic, result.referenceError)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 20 },
    );
  });

  it('does not depend on the order of the columns', () => {
    const c = multivariateFixture.pca.find((x) => x.name === 'categorical_missing_unseen');
    if (c === undefined) throw new Error('no fixture case');
    const base = pcaReconstructionDrift(toSample(c.reference), toSample(c.current));
    const reversed = pcaReconstructionDrift(
      toSample([...c.reference].reverse()),
      toSample([...c.current].reverse()),
    );
    expect(reversed.components).toBe(base.components);
    for (const key of ['referenceError', 'statistic', 'lower', 'upper'] as const) {
      expect(relativeError(reversed[key], base[key])).toBeLessThanOrEqual(1e-12);
    }
  });

  it('refuses inputs it cannot judge, naming what is wrong', () => {
    const one: MultivariateSample = { rows: 12, columns: [reference.columns[0]] };
    expect(() => pcaReconstructionDrift(one, one)).toThrow(
      'pcaReconstructionDrift: expected at least 2 columns, got 1',
    );
    const few = permuteRows(reference, [0, 1, 2, 3, 4]);
    expect(() => pcaReconstructionDrift(few, few)).toThrow('expected at least 10 reference rows, got 5');
    const swapped = { rows: reference.rows, columns: [...reference.columns].reverse() };
    expect(() => pcaReconstructionDrift(reference, swapped)).toThrow(
      'reference columns (numeric x, numeric y, numeric w) differ',
    );
    const empty = permuteRows(reference, []);
    expect(() => pcaReconstructionDrift(reference, empty)).toThrow('expected at least 1 current row, got 0');
    const missing = {
      ...reference,
      columns: [
        { name: 'x', kind: 'numeric' as const, values: new Float64Array(reference.rows).fill(NaN) },
        reference.columns[1],
        reference.columns[2],
      ],
    };
    expect(() => pcaReconstructionDrift(missing, missing)).toThrow(
      "column 'x' has no non-missing reference value",
    );
  });

  it('refuses a reference whose columns are all constant', () => {
    const flat = (name: string) => ({ name, kind: 'numeric' as const, values: new Float64Array(20).fill(3) });
    const sample = { rows: 20, columns: [flat('a'), flat('b')] };
    expect(() => pcaReconstructionDrift(sample, sample)).toThrow('every column is constant');
  });
});

/** Fisher–Yates with a small LCG, so every seed gives one fixed order. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
