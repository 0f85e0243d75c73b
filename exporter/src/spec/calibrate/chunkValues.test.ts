import { driftTest } from '../../stats';
import type { ModelSpec, SignalSpec } from '../types';
import { chunkRanges, chunkValues, toColumn } from './chunkValues';
import { parseReferenceRows, type ReferenceRows } from '../../dataset/referenceRows';

const MODEL: ModelSpec = {
  id: 'm',
  version: '1',
  task: 'classification',
  features: [
    { name: 'x', type: 'numeric', range: [0, 100], importance: 1 },
    { name: 'c', type: 'categorical', categories: ['a', 'b'], importance: 1 },
  ],
  window: { duration: 900 },
  evaluation_interval: 15,
  sample_size: 5000,
  bins: 5,
  correction: 'bh',
};

/** 40 rows: chunk 1 (rows 0-19) clean; chunk 2 (rows 20-39) with 2 missing x, 1 text x, 1 out-of-range x, 3 unseen c. */
function rows(): ReferenceRows {
  const lines = ['x,c,confidence'];
  for (let i = 0; i < 40; i++) {
    let x = String((i * 37) % 100);
    let c = i % 2 === 0 ? 'a' : 'b';
    if (i === 20 || i === 21) x = '';
    if (i === 22) x = 'oops';
    if (i === 23) x = '250';
    if (i >= 30 && i < 33) c = 'zzz';
    lines.push(`${x},${c},${i < 20 ? 0.9 : 0.5 + (i % 4) * 0.1}`);
  }
  return parseReferenceRows(`${lines.join('\n')}\n`, 'ref.csv');
}

const ctx = { model: MODEL, rows: rows(), lowConfidenceBelow: 0.6 };
const RANGES = chunkRanges(40, 2);
const values = (signal: SignalSpec): number[] => chunkValues(signal, RANGES, ctx);

describe('chunkRanges', () => {
  it('cuts consecutive, nearly equal chunks', () => {
    expect(chunkRanges(25, 2)).toEqual([
      [0, 12],
      [12, 25],
    ]);
    expect(chunkRanges(40, 4).map(([s, e]) => e - s)).toEqual([10, 10, 10, 10]);
  });

  it('refuses chunks of fewer than 10 rows, and fewer than 2 chunks', () => {
    expect(() => chunkRanges(19, 2)).toThrow(
      'the reference has 19 rows: 2 chunks would hold fewer than 10 rows each',
    );
    expect(() => chunkRanges(100, 1)).toThrow('chunks must be an integer >= 2');
  });
});

describe('chunkValues', () => {
  it('missing_ratio per feature counts missing and mistyped cells', () => {
    expect(values({ kind: 'missing_ratio', feature: 'x' })).toEqual([0, 3 / 20]);
  });

  it('missing_ratio over all features is missing cells over all cells', () => {
    expect(values({ kind: 'missing_ratio' })).toEqual([0, 3 / 40]);
  });

  it('schema_violations: type, range and unseen categories, per cell', () => {
    expect(values({ kind: 'schema_violations' })).toEqual([0, 5 / 40]);
    expect(values({ kind: 'schema_violations', feature: 'x', violation: 'range' })).toEqual([0, 1 / 20]);
    expect(values({ kind: 'schema_violations', violation: 'unseen_category' })).toEqual([0, 3 / 40]);
  });

  it('confidence mean and low-confidence share from the confidence column', () => {
    const [clean, mixed] = values({ kind: 'confidence_mean' });
    expect(clean).toBeCloseTo(0.9, 12);
    expect(mixed).toBeCloseTo(0.65, 12);
    expect(values({ kind: 'low_confidence_share', below: 0.6 })).toEqual([0, 5 / 20]);
    expect(values({ kind: 'low_confidence_share', below: 0.75 })).toEqual([0, 15 / 20]);
  });

  it('feature drift compares each chunk with the whole reference through stats/driftTest', () => {
    const cells = ctx.rows.cells.get('x') ?? [];
    const expected = RANGES.map(
      ([s, e]) =>
        driftTest('psi', toColumn(cells, 'numeric'), toColumn(cells.slice(s, e), 'numeric'), { bins: 5 })
          .statistic,
    );
    expect(values({ kind: 'feature_drift', feature: 'x', method: 'psi' })).toEqual(expected);
    const worst = values({ kind: 'drift_worst', method: 'jensenshannon' });
    expect(worst).toHaveLength(2);
    expect(worst[1]).toBeGreaterThan(0);
  });

  it('says what is missing instead of computing something else', () => {
    expect(() => values({ kind: 'feature_drift', feature: 'x' })).toThrow(
      'the drift method is left to the automatic rule',
    );
    expect(() => values({ kind: 'prediction_drift', method: 'psi' })).toThrow(
      "the reference has no column 'prediction' (columns: x, c, confidence)",
    );
    expect(() => values({ kind: 'latency', stat: 'p99' })).toThrow(
      'a latency value cannot be computed from reference data',
    );
  });
});
