import { RowReservoir, windowRows } from './rowReservoir';

const names = ['a', 'b'];
function filled(capacity: number, n: number, salt: number, offset = 0): RowReservoir {
  const r = new RowReservoir(capacity);
  for (let i = 0; i < n; i++) r.offer({ a: offset + i, b: i % 2 === 0 ? 'even' : null }, names, salt);
  return r;
}

describe('RowReservoir', () => {
  it('keeps at most its capacity, counts every offer, and keeps the first rows while not full', () => {
    expect(filled(5, 3, 1).rows).toEqual([
      [0, 'even'],
      [1, null],
      [2, 'even'],
    ]);
    const full = filled(50, 10_000, 1);
    expect(full.rows).toHaveLength(50);
    expect(full.seen).toBe(10_000);
  });

  it('is deterministic for the same events and salt, and differs with the salt', () => {
    expect(filled(50, 5000, 7).rows).toEqual(filled(50, 5000, 7).rows);
    expect(filled(50, 5000, 8).rows).not.toEqual(filled(50, 5000, 7).rows);
  });

  it('samples the whole stream, not its start or end (mean of kept positions near the middle)', () => {
    const means = [1, 2, 3, 4, 5, 6, 7, 8].map((salt) => {
      const kept = filled(200, 20_000, salt).rows.map((row) => row[0] as number);
      return kept.reduce((s, v) => s + v, 0) / kept.length;
    });
    const overall = means.reduce((s, v) => s + v, 0) / means.length;
    // Uniform positions: mean 9999.5, sd of one 200-row mean ≈ 408, of the 8-run average ≈ 144.
    expect(Math.abs(overall - 9999.5)).toBeLessThan(600);
  });

  it('forgets everything on reset', () => {
    const r = filled(10, 100, 1);
    r.reset();
    expect([r.rows.length, r.seen]).toEqual([0, 0]);
  });
});

describe('windowRows', () => {
  it('thins each bucket to the smallest kept share, so buckets count in proportion to their events', () => {
    const busy = { index: 1, rows: filled(10, 1000, 1) }; // keeps 1 %
    const quiet = { index: 2, rows: filled(10, 100, 2, 1_000_000) }; // keeps 10 %
    const rows = windowRows([busy, quiet, { index: 3, rows: null }]);
    const fromQuiet = rows.filter((row) => (row[0] as number) >= 1_000_000).length;
    expect([rows.length, fromQuiet]).toEqual([11, 1]);
  });

  it('is empty without rows', () => {
    expect(windowRows([{ index: 1, rows: new RowReservoir(5) }])).toEqual([]);
  });
});
