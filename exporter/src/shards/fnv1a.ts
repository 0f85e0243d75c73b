/**
 * The stable hash that places a model on a shard: FNV-1a, 32 bits, over the UTF-8 bytes of the model id
 * (Fowler–Noll–Vo, draft-eastlake-fnv: offset basis 2166136261 = 0x811c9dc5, prime 16777619 =
 * 0x01000193; for each byte, `hash ^= byte` then `hash *= prime` modulo 2³²). A model belongs to shard
 * `fnv1a32(id) mod N`. The hash depends on nothing but the id's bytes: every exporter, every restart,
 * every platform and any other language agree on the placement. Pure.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;
const encoder = new TextEncoder();

/**
 * FNV-1a 32-bit of the UTF-8 encoding of `text`, as an unsigned integer. Complexity O(bytes).
 *
 * @example fnv1a32('') // 2166136261 (0x811c9dc5, the offset basis)
 * @example fnv1a32('a') // 3826002220 (0xe40c292c)
 * @example fnv1a32('foobar') // 3214735720 (0xbf9cf968)
 */
export function fnv1a32(text: string): number {
  let hash = OFFSET_BASIS;
  for (const byte of encoder.encode(text)) hash = Math.imul(hash ^ byte, PRIME) >>> 0;
  return hash;
}

/**
 * The shard (0..count−1) a model id belongs to among `count` shards: `fnv1a32(id) mod count`.
 *
 * @throws Error when `count` is not an integer ≥ 1.
 * @example shardOf('fraud', 3) // 2
 * @example shardOf('recsys', 3) // 1
 */
export function shardOf(id: string, count: number): number {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`shardOf: count ${count} is not an integer ≥ 1 (the number of shards)`);
  return fnv1a32(id) % count;
}
