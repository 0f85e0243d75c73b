import type { ColumnData } from '../../dataset';
import { inferFeature, isFeature, OTHER_CATEGORY } from './columns';

const numeric = (values: number[], missing = 0): ColumnData => ({
  kind: 'numeric',
  values: Float64Array.from(values),
  distinct: new Set(values),
  missing,
  rows: values.length + missing,
});

const categorical = (counts: Record<string, number>, missing = 0): ColumnData => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { kind: 'categorical', counts: new Map(Object.entries(counts)), missing, rows: total + missing };
};

describe('inferFeature', () => {
  it('makes a numeric feature with the range seen, compared by PSI', () => {
    expect(inferFeature('amount', numeric([12.5, -3, 40, 7], 2))).toEqual({
      name: 'amount',
      type: 'numeric',
      range: [-3, 40],
      drift_method: 'psi',
      values: 4,
      missing: 2,
    });
  });

  it('makes a binary feature of exactly two distinct values, numbers in numeric order', () => {
    expect(inferFeature('flag', numeric([1, 0, 0, 1, 0]))).toMatchObject({
      type: 'binary',
      categories: ['0', '1'],
      drift_method: 'jensenshannon',
    });
    expect(inferFeature('channel', categorical({ web: 3, app: 7 }))).toMatchObject({
      type: 'binary',
      categories: ['app', 'web'],
    });
  });

  it('lists every category of a small categorical feature, most frequent first, ties by name', () => {
    expect(inferFeature('country', categorical({ FR: 5, US: 9, DE: 5 }, 1))).toEqual({
      name: 'country',
      type: 'categorical',
      categories: ['US', 'DE', 'FR'],
      drift_method: 'jensenshannon',
      values: 19,
      missing: 1,
    });
  });

  it('lists the top K categories plus "other", and says what it left out', () => {
    const counts = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`c${i}`, 100 - i]));
    expect(inferFeature('shop', categorical(counts), 5)).toMatchObject({
      type: 'categorical',
      categories: ['c0', 'c1', 'c2', 'c3', 'c4', OTHER_CATEGORY],
      unlisted: { categories: 3, values: 95 + 94 + 93 },
    });
    // A category already called "other" among the top K is not listed twice.
    const withOther = { ...counts, other: 1000 };
    const inferred = inferFeature('shop', categorical(withOther), 5);
    expect(isFeature(inferred) && inferred.categories).toEqual(['other', 'c0', 'c1', 'c2', 'c3']);
  });

  it('leaves out identifiers and free text, and columns that are all missing', () => {
    const ids = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`user-${i}`, 1]));
    expect(inferFeature('user', categorical(ids, 0))).toEqual({
      name: 'user',
      reason: '30 distinct values in 30: an identifier or free text, not a feature to compare',
    });
    expect(inferFeature('empty', numeric([], 12))).toEqual({
      name: 'empty',
      reason: 'every value is missing',
    });
    expect(isFeature(inferFeature('empty', numeric([], 12)))).toBe(false);
  });
});
