/**
 * FNV-1a 32-bit: the published test vectors (draft-eastlake-fnv, Appendix C: "" → 0x811c9dc5,
 * "a" → 0xe40c292c, "foobar" → 0xbf9cf968) and UTF-8 ids checked with Python
 * (`h ^= b; h = (h * 0x01000193) & 0xffffffff` over `s.encode()`).
 */
import fc from 'fast-check';
import { fnv1a32, shardOf } from './fnv1a';

test.each([
  ['', 0x811c9dc5],
  ['a', 0xe40c292c],
  ['foobar', 0xbf9cf968],
  ['fraud', 0x02d027a1],
  ['recsys', 0xf27a5412],
  ['é', 0x1e9de8c1],
  ['日本', 0x9f26ee51],
])('fnv1a32(%j) = %d', (text, hash) => {
  expect(fnv1a32(text)).toBe(hash);
});

test('shardOf is the hash modulo the count', () => {
  expect([shardOf('fraud', 3), shardOf('recsys', 3), shardOf('fraud-v2', 3), shardOf('é', 2)]).toEqual([
    2, 1, 1, 1,
  ]);
  expect(shardOf('anything', 1)).toBe(0);
});

test('every id lands on exactly one shard in range, the same one every time', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 64 }), (id, n) => {
      const s = shardOf(id, n);
      return Number.isInteger(s) && s >= 0 && s < n && shardOf(id, n) === s;
    }),
  );
});

test('a thousand model ids spread over three shards within 10 % of a third each', () => {
  const counts = [0, 0, 0];
  for (let i = 0; i < 1000; i++) counts[shardOf(`model-${i}`, 3)]++;
  for (const c of counts) expect(Math.abs(c - 1000 / 3)).toBeLessThan(100 / 3);
});

test('a count that is not a positive integer is refused, naming it', () => {
  expect(() => shardOf('a', 0)).toThrow('shardOf: count 0 is not an integer ≥ 1');
  expect(() => shardOf('a', 1.5)).toThrow('count 1.5');
});
