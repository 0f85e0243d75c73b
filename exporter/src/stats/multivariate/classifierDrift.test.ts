/**
 * Known values: __fixtures__/multivariate.json, written by __fixtures__/gen_multivariate.py: ROC AUC as
 * scipy.stats.mannwhitneyu's U / (n1 n0), the penalised logistic optimum by numpy's Newton iterations.
 * Tolerance 1e-9 relative (absolute for values near 0).
 */
import { relativeError } from '../__fixtures__';
import { multivariateFixture, permuteRows, toSample } from './__fixtures__';
import { rocAuc } from './auc';
import { classifierDrift } from './classifierDrift';
import { columnShares, expand, planFeatures } from './features';
import { stratifiedFolds } from './folds';
import { fitLogistic, predictLogistic } from './logistic';
import { sampleRows, seededUniform } from './seeded';

const caseNamed = (name: string) => {
  const c = multivariateFixture.pca.find((x) => x.name === name);
  if (c === undefined) throw new Error(`no fixture case ${name}`);
  return { reference: toSample(c.reference), current: toSample(c.current) };
};

describe('rocAuc matches scipy (Mann–Whitney U / n1 n0)', () => {
  it.each(multivariateFixture.auc.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(Math.abs(rocAuc(c.scores, c.labels) - c.auc)).toBeLessThanOrEqual(1e-12);
  });

  it('is 1 − AUC when the labels are swapped, and refuses one class', () => {
    const c = multivariateFixture.auc[1];
    const swapped = c.labels.map((l) => 1 - l);
    expect(rocAuc(c.scores, swapped)).toBeCloseTo(1 - c.auc, 12);
    expect(() => rocAuc([1, 2], [1, 1])).toThrow(
      'rocAuc: expected both classes, got 2 positives and 0 negatives',
    );
    expect(() => rocAuc([1, NaN], [0, 1])).toThrow('rocAuc: expected finite scores, got NaN at 1');
  });
});

describe('fitLogistic reaches the optimum numpy finds', () => {
  it.each(multivariateFixture.logistic.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const x = { rows: c.x.length, cols: c.x[0].length, data: Float64Array.from(c.x.flat()) };
    const model = fitLogistic(x, Uint8Array.from(c.y), c.lambda);
    model.weights.forEach((w, j) => expect(relativeError(w, c.weights[j])).toBeLessThanOrEqual(1e-9));
    expect(Math.abs(model.intercept - c.intercept)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(c.intercept)),
    );
    const p = predictLogistic(model, x);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
  });
});

describe('stratified folds and sampling', () => {
  it('deals each class evenly over the folds, the same way for the same seed', () => {
    const labels = Uint8Array.from({ length: 23 }, (_, i) => (i < 13 ? 0 : 1));
    const folds = stratifiedFolds(labels, 5, seededUniform(3));
    for (const label of [0, 1]) {
      const sizes = [0, 0, 0, 0, 0];
      folds.forEach((f, i) => labels[i] === label && sizes[f]++);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(stratifiedFolds(labels, 5, seededUniform(3))).toEqual(folds);
    expect(() => stratifiedFolds(Uint8Array.of(0, 0, 1), 2, seededUniform(1))).toThrow('class 1 has 1 rows');
  });

  it('samples distinct rows, all of them when there are few', () => {
    const rows = sampleRows(1000, 50, seededUniform(9));
    expect(new Set(rows).size).toBe(50);
    expect(rows.every((r) => r >= 0 && r < 1000)).toBe(true);
    expect(sampleRows(5, 50, seededUniform(9))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('classifierDrift', () => {
  it('sees decoupled correlated columns, and names their product as the separating feature', () => {
    const { reference, current } = caseNamed('correlated_decoupled');
    const result = classifierDrift(reference, current, { seed: 1 });
    expect(result.drifted).toBe(true);
    expect(result.statistic).toBeGreaterThanOrEqual(0.7);
    expect(result.separatingFeatures[0].feature).toBe('x×y');
    expect(result.foldAuc).toHaveLength(5);
  });

  it("tells each column's share of the separating weight: the decoupled pair carries the most", () => {
    const { reference, current } = caseNamed('correlated_decoupled');
    const result = classifierDrift(reference, current, { seed: 1, top: 1000 });
    expect(result.columnShares.map((c) => c.feature)).toEqual(result.columns);
    expect(result.columnShares.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 12);
    // The shares are the attribution of every term's |coefficient| (header rule), recomputed here.
    const total = result.separatingFeatures.reduce((a, f) => a + Math.abs(f.coefficient), 0);
    const of = (column: string) =>
      result.separatingFeatures.reduce((a, f) => {
        const parts = f.feature.split('×');
        const own = parts.includes(column) || f.feature === `${column}²` || f.feature === column;
        return own ? a + Math.abs(f.coefficient) / (parts.length === 2 ? 2 : 1) : a;
      }, 0) / total;
    for (const c of result.columnShares) expect(c.share).toBeCloseTo(of(c.feature), 12);
    const ranked = [...result.columnShares].sort((a, b) => b.share - a.share).map((c) => c.feature);
    expect(ranked.slice(0, 2).sort()).toEqual(['x', 'y']);
  });

  it('finds no drift between the reference and a shuffled copy of itself', () => {
    const { reference } = caseNamed('same_distribution');
    const order = Array.from({ length: reference.rows }, (_, i) => (i * 7) % reference.rows);
    const result = classifierDrift(reference, permuteRows(reference, order), { seed: 2 });
    expect(result.drifted).toBe(false);
    expect(result.statistic).toBeLessThan(0.55);
  });

  it('is deterministic for a fixed seed', () => {
    const { reference, current } = caseNamed('segment_mix');
    const a = classifierDrift(reference, current, { seed: 5 });
    const b = classifierDrift(reference, current, { seed: 5 });
    expect(b).toEqual(a);
  });

  it('uses at most maxRows rows of each sample and refuses bad options', () => {
    const { reference, current } = caseNamed('segment_mix');
    const result = classifierDrift(reference, current, { maxRows: 40 });
    expect([result.referenceRowsUsed, result.currentRowsUsed]).toEqual([40, 40]);
    expect(() => classifierDrift(reference, current, { threshold: 0 })).toThrow(
      'expected threshold in (0, 1], got 0',
    );
    const few = permuteRows(current, [0, 1, 2]);
    expect(() => classifierDrift(reference, few)).toThrow(
      'expected at least 5 current rows (one per fold), got 3',
    );
  });
});

describe('columnShares', () => {
  const plan = {
    names: ['a', 'b', 'a²', 'a×b'],
    pairs: [
      [0, 0],
      [0, 1],
    ] as [number, number][],
  };
  const full = { ...plan, mean: new Float64Array(4), scale: new Float64Array(4).fill(1) };

  it('gives a square to its column and a product half to each, of the total |weight|', () => {
    const shares = columnShares(full, [1, -1, 0.5, 0.5]);
    expect(shares[0]).toBeCloseTo(1.75 / 3, 15);
    expect(shares[1]).toBeCloseTo(1.25 / 3, 15);
    expect(columnShares(full, [0, 0, 0, 0])).toEqual([0, 0]);
  });

  it('refuses weights that are not one per term', () => {
    expect(() => columnShares(full, [1, 2])).toThrow(
      'columnShares: expected 4 weights (one per term), got 2',
    );
  });
});

describe('planFeatures', () => {
  it('adds squares (not of two-valued columns) and pairwise products up to 10 columns', () => {
    const x = { rows: 3, cols: 3, data: Float64Array.of(0, 1, 5, 1, 2, 6, 0, 3, 9) };
    expect(planFeatures(['bin', 'b', 'c'], x).names).toEqual([
      'bin',
      'b',
      'c',
      'b²',
      'c²',
      'bin×b',
      'bin×c',
      'b×c',
    ]);
    const wide = { rows: 3, cols: 11, data: Float64Array.from({ length: 33 }, (_, i) => (i * 7) % 5) };
    const names = Array.from({ length: 11 }, (_, i) => `c${i}`);
    expect(planFeatures(names, wide).names.some((n) => n.includes('×'))).toBe(false);
  });

  it('standardises every feature on the reference', () => {
    const x = { rows: 4, cols: 2, data: Float64Array.of(1, 2, 2, 4, 3, 5, 4, 9) };
    const expanded = expand(planFeatures(['a', 'b'], x), x);
    for (let f = 0; f < expanded.cols; f++) {
      const column = Array.from({ length: 4 }, (_, r) => expanded.data[r * expanded.cols + f]);
      const mean = column.reduce((a, b) => a + b, 0) / 4;
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      expect(column.reduce((a, v) => a + v * v, 0) / 4).toBeCloseTo(1, 12);
    }
  });
});
