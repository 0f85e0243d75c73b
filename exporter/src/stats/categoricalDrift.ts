/**
 * The categorical branch of `driftTest`: a method's statistic on two category-count maps.
 */
import { categoricalHellinger, categoricalJensenShannon } from './categoricalDistances';
import { categoryTable } from './categoryTable';
import { chiSquareContingency } from './chiSquare';
import { psi } from './psi';
import type { DriftMethod, TestResult } from './types';
import { twoProportionZTest } from './zTest';

/**
 * Statistic of `method` on two category-count maps: chi-square, Jensen–Shannon, Hellinger, PSI (ε = 1e-4)
 * over the union of categories, or the Z-test with the last category in sorted order as the success.
 * Throws for `ks`/`wasserstein` (numeric only) and for `z` with more than 2 categories.
 */
export function categoricalStatistic(
  method: DriftMethod,
  refCounts: ReadonlyMap<string, number>,
  curCounts: ReadonlyMap<string, number>,
): TestResult {
  switch (method) {
    case 'chisquare':
      return pick(chiSquareContingency(refCounts, curCounts));
    case 'jensenshannon':
      return pick(categoricalJensenShannon(refCounts, curCounts));
    case 'hellinger':
      return pick(categoricalHellinger(refCounts, curCounts));
    case 'psi': {
      const table = categoryTable('driftTest', refCounts, curCounts);
      return { statistic: psi(table.ref, table.cur), pValue: null };
    }
    case 'z':
      return binaryZTest(refCounts, curCounts);
    default:
      throw new Error(
        `driftTest: method '${method}' needs a numeric column; for categories use chisquare, jensenshannon, hellinger, psi or z`,
      );
  }
}

function binaryZTest(
  refCounts: ReadonlyMap<string, number>,
  curCounts: ReadonlyMap<string, number>,
): TestResult {
  const table = categoryTable('driftTest', refCounts, curCounts);
  const k = table.categories.length;
  if (k > 2) {
    throw new Error(
      `driftTest: method 'z' needs at most 2 categories, got ${k} (${table.categories.slice(0, 5).join(', ')}${k > 5 ? ', …' : ''})`,
    );
  }
  const success = k - 1;
  return twoProportionZTest(table.ref[success], table.refTotal, table.cur[success], table.curTotal);
}

function pick(result: TestResult): TestResult {
  return { statistic: result.statistic, pValue: result.pValue };
}
