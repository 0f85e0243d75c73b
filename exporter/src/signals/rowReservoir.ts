/**
 * The rows a window bucket keeps for `multivariate_drift`: a uniform sample of at most `capacity` of the
 * bucket's events (Algorithm R), each row the event's feature values in spec order. The replacement
 * draw is a hash of the bucket's ring index and the event's arrival number, not a generator's state,
 * so the sample is deterministic (the same events in the same order keep the same rows) and needs no
 * state beyond the rows and the count to survive a restart.
 *
 * The window's sample (`windowRows`) thins each live bucket's rows to the smallest kept share among
 * them, so a bucket with many events is not under-represented next to a quiet one.
 */
import { seededUniform, shuffleInPlace } from '../stats';
import type { FeatureValue } from './events';

export class RowReservoir {
  rows: FeatureValue[][] = [];
  /** Events offered since the last reset. */
  seen = 0;

  constructor(readonly capacity: number) {}

  reset(): void {
    this.rows = [];
    this.seen = 0;
  }

  /** Offers one event's features (read in `names` order); `salt` is the bucket's ring index. */
  offer(features: Readonly<Record<string, FeatureValue>>, names: readonly string[], salt: number): void {
    this.seen++;
    if (this.rows.length < this.capacity) {
      this.rows.push(names.map((name) => features[name] ?? null));
      return;
    }
    const slot = Math.floor(unitHash(salt, this.seen) * this.seen);
    if (slot < this.capacity) this.rows[slot] = names.map((name) => features[name] ?? null);
  }
}

/**
 * A uniform-looking sample of the window from its buckets' reservoirs: every bucket is thinned to the
 * smallest kept share f = min(kept / seen), keeping round(f · seen) of its rows (a seeded shuffle by
 * its ring index picks which), so each bucket contributes in proportion to its events.
 *
 * @example windowRows([]) // => []
 */
export function windowRows(
  buckets: ReadonlyArray<{ index: number; rows: RowReservoir | null }>,
): FeatureValue[][] {
  const live = buckets
    .filter((b) => b.rows !== null && b.rows.seen > 0)
    .map((b) => ({ index: b.index, rows: b.rows as RowReservoir }));
  if (live.length === 0) return [];
  const share = Math.min(...live.map((b) => b.rows.rows.length / b.rows.seen));
  const out: FeatureValue[][] = [];
  for (const b of live) {
    const keep = Math.min(b.rows.rows.length, Math.round(share * b.rows.seen));
    const order = shuffleInPlace(
      b.rows.rows.map((_, i) => i),
      seededUniform(b.index),
    );
    for (let i = 0; i < keep; i++) out.push(b.rows.rows[order[i]]);
  }
  return out;
}

/** A hash of two integers to [0, 1) (murmur3's finaliser over a mix of both). */
function unitHash(a: number, b: number): number {
  let h = (Math.imul(a | 0, 0x9e3779b1) ^ Math.imul(b | 0, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
