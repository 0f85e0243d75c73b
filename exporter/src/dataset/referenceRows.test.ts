import { parseReferenceRows } from './referenceRows';

describe('parseReferenceRows', () => {
  it('reads CSV cells as dataset/ does: numbers, text, and blank/NaN/Inf as missing, in row order', () => {
    const t = parseReferenceRows('\ufeffa,b,c\n1.5,"x, y",\nNaN,7,z\n-inf,,1e-3\n', 'ref.csv');
    expect(t.columns).toEqual(['a', 'b', 'c']);
    expect(t.rows).toBe(3);
    expect(t.cells.get('a')).toEqual([1.5, null, null]);
    expect(t.cells.get('b')).toEqual(['x, y', 7, null]);
    expect(t.cells.get('c')).toEqual([null, 'z', 0.001]);
  });

  it('reads JSON Lines: keys in order of appearance, absent keys and null missing, booleans as text', () => {
    const t = parseReferenceRows('{"a": 1, "b": true}\n\n{"c": "2.5", "a": null}\n{"b": "x"}\n', 'ref.jsonl');
    expect(t.columns).toEqual(['a', 'b', 'c']);
    expect(t.rows).toBe(3);
    expect(t.cells.get('a')).toEqual([1, null, null]);
    expect(t.cells.get('b')).toEqual(['true', null, 'x']);
    expect(t.cells.get('c')).toEqual([null, 2.5, null]);
  });

  it('names the file and line of bad input', () => {
    expect(() => parseReferenceRows('{"a": 1}\n{oops\n', 'ref.ndjson')).toThrow(
      /^reference ref.ndjson:2: invalid JSON/,
    );
    expect(() => parseReferenceRows('[1]\n', 'ref.jsonl')).toThrow(
      'reference ref.jsonl:1: expected a JSON object per line',
    );
    expect(() => parseReferenceRows('a,b\n1\n', 'ref.csv')).toThrow(/^reference ref.csv: /);
    expect(() => parseReferenceRows('a\n1\n', 'ref.parquet')).toThrow("unknown file type '.parquet'");
    expect(() => parseReferenceRows('a,b\n', 'ref.csv')).toThrow(
      'reference ref.csv: the file has no data rows',
    );
  });
});
