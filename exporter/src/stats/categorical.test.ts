/**
 * Known values: exporter/src/stats/__fixtures__/categorical.json, written by
 * exporter/scripts/gen_stats_fixtures.py from scipy.stats.chi2_contingency on the 2×k table (defaults,
 * Yates when dof = 1), scipy.spatial.distance.jensenshannon(base=2) and numpy Hellinger/PSI on the same
 * table. Tolerances: 1e-9 relative on statistics, 1e-6 absolute on p-values.
 */
import fc from 'fast-check';
import { categoricalHellinger, categoricalJensenShannon } from './categoricalDistances';
import { chiSquareContingency, chiSquareSf } from './chiSquare';
import { loadFixture, relativeError } from './__fixtures__';

interface Case {
  name: string;
  ref: Record<string, number>;
  cur: Record<string, number>;
  statistic: number;
  pValue: number;
  dof: number;
  unseenCategories: number;
  unseenShare: number;
  jensenshannon: number;
  hellinger: number;
}
const fixture = loadFixture<{ cases: Case[] }>('categorical.json');
const toMap = (o: Record<string, number>) => new Map(Object.entries(o));

describe('chiSquareContingency matches scipy.stats.chi2_contingency', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = chiSquareContingency(toMap(c.ref), toMap(c.cur));
    expect(relativeError(result.statistic, c.statistic)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((result.pValue as number) - c.pValue)).toBeLessThanOrEqual(1e-6);
    expect(result.dof).toBe(c.dof);
    expect(result.unseenCategories).toBe(c.unseenCategories);
    expect(result.unseenShare).toBeCloseTo(c.unseenShare, 15);
  });

  it('matches the documented example', () => {
    expect(
      chiSquareContingency(
        new Map([
          ['a', 50],
          ['b', 30],
          ['c', 20],
        ]),
        new Map([
          ['a', 40],
          ['b', 30],
          ['d', 30],
        ]),
      ),
    ).toEqual({
      statistic: 51.111111111111114,
      pValue: 4.6325661957623796e-11,
      dof: 3,
      unseenCategories: 1,
      unseenShare: 0.3,
    });
  });

  it('has the chi-square survival function right at known quantiles', () => {
    expect(chiSquareSf(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSf(11.070497693516351, 5)).toBeCloseTo(0.05, 12);
    expect(chiSquareSf(0, 3)).toBe(1);
  });

  it('throws naming the category or the empty sample', () => {
    expect(() => chiSquareContingency(new Map([['a', -1]]), new Map([['a', 1]]))).toThrow(
      'chiSquareContingency: expected non-negative finite counts in refCounts, got -1 for category "a"',
    );
    expect(() => chiSquareContingency(new Map([['a', 3]]), new Map([['a', 0]]))).toThrow(
      'chiSquareContingency: expected curCounts to have a positive total, got 0',
    );
    expect(() => chiSquareContingency(new Map(), new Map([['a', 1]]))).toThrow(
      'chiSquareContingency: expected refCounts to have a positive total, got 0',
    );
  });
});

describe('categorical distances match scipy/numpy', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const js = categoricalJensenShannon(toMap(c.ref), toMap(c.cur));
    const h = categoricalHellinger(toMap(c.ref), toMap(c.cur));
    expect(relativeError(js.statistic, c.jensenshannon)).toBeLessThanOrEqual(1e-9);
    expect(relativeError(h.statistic, c.hellinger)).toBeLessThanOrEqual(1e-9);
    for (const r of [js, h]) {
      expect(r.pValue).toBeNull();
      expect(r.dof).toBe(c.dof);
      expect(r.unseenCategories).toBe(c.unseenCategories);
    }
  });

  it('match the documented examples', () => {
    const ref = new Map([
      ['a', 50],
      ['b', 50],
    ]);
    const cur = new Map([
      ['a', 50],
      ['c', 50],
    ]);
    expect(categoricalJensenShannon(ref, cur)).toEqual({
      statistic: 0.7071067811865476,
      pValue: null,
      dof: 2,
      unseenCategories: 1,
      unseenShare: 0.5,
    });
    expect(categoricalHellinger(ref, cur).statistic).toBe(0.7071067811865475);
  });
});

const table = fc
  .dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 500 }), {
    minKeys: 1,
  })
  .filter((o) => Object.values(o).some((v) => v > 0));

describe('categorical properties', () => {
  it('a table against itself: chi-square p = 1 (dof ≥ 2), distances 0, nothing unseen', () => {
    fc.assert(
      fc.property(table, (o) => {
        const m = toMap(o);
        const chi = chiSquareContingency(m, m);
        if (chi.dof !== 1) expect(chi.statistic).toBeCloseTo(0, 9);
        expect(chi.pValue).toBeGreaterThan(0.99);
        expect(categoricalJensenShannon(m, m).statistic).toBeCloseTo(0, 7);
        expect(categoricalHellinger(m, m).statistic).toBeCloseTo(0, 7);
        expect(chi.unseenCategories).toBe(0);
      }),
    );
  });

  it('results do not depend on the insertion order of categories, and p-values stay in [0, 1]', () => {
    fc.assert(
      fc.property(table, table, (a, b) => {
        const forward = chiSquareContingency(toMap(a), toMap(b));
        const reversed = chiSquareContingency(
          new Map(Object.entries(a).reverse()),
          new Map(Object.entries(b).reverse()),
        );
        expect(reversed).toEqual(forward);
        expect(forward.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
        expect(forward.unseenShare).toBeGreaterThanOrEqual(0);
        expect(forward.unseenShare).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('chi-square statistic and distances are symmetric in reference and current', () => {
    fc.assert(
      fc.property(table, table, (a, b) => {
        expect(
          relativeError(
            chiSquareContingency(toMap(b), toMap(a)).statistic,
            chiSquareContingency(toMap(a), toMap(b)).statistic,
          ),
        ).toBeLessThanOrEqual(1e-12);
        expect(categoricalJensenShannon(toMap(b), toMap(a)).statistic).toBeCloseTo(
          categoricalJensenShannon(toMap(a), toMap(b)).statistic,
          12,
        );
      }),
    );
  });
});
