/**
 * The bounded waiting room where one half of an inference (request or response CloudEvent) waits for
 * the other, by key, for at most `ttlSeconds`. Memory is bounded twice: at most `maxEntries` halves
 * and `maxBytes` of their bodies; past either the oldest half is evicted. A half left alone past the
 * TTL expires. Keys that were settled (joined, refused, expired, evicted) are remembered for another TTL
 * (as many as `maxEntries`), so that a half arriving for them is recognised as late or a duplicate
 * instead of waiting in vain. Time comes in as a parameter (Unix seconds); nothing here reads a clock.
 */
import type { KserveSide } from './cloudEvent';

export interface PendingJoinOptions {
  /** How long a half waits for its other half. */
  ttlSeconds: number;
  /** Halves waiting at most. */
  maxEntries: number;
  /** Body bytes of the waiting halves at most. */
  maxBytes: number;
}

/** 2 minutes, 10,000 halves, 64 MiB: KServe sends both halves within the serving time. */
export const DEFAULT_PENDING_JOIN: PendingJoinOptions = {
  ttlSeconds: 120,
  maxEntries: 10_000,
  maxBytes: 64 * 1024 * 1024,
};

/** How a key was settled: joined (or being joined), refused, or given up (expired or evicted). */
export type Settled = 'joined' | 'rejected' | 'expired';

/** What became of an offered half. */
export type Offer<T> =
  | { kind: 'pending' }
  | { kind: 'matched'; partner: T }
  | { kind: 'duplicate' }
  | { kind: 'settled'; settled: Settled };

interface Waiting<T> {
  side: KserveSide;
  value: T;
  bytes: number;
  at: number;
}

/** Halves given up on since start. */
export interface PendingCounts {
  /** Expired past the TTL, by the side that waited. */
  expired: Record<KserveSide, number>;
  /** Evicted to stay within `maxEntries` / `maxBytes`. */
  evicted: number;
}

export class PendingJoin<T> {
  private readonly waiting = new Map<string, Waiting<T>>();
  private readonly settledKeys = new Map<string, { settled: Settled; at: number }>();
  private waitingBytes = 0;
  private readonly given: PendingCounts = { expired: { request: 0, response: 0 }, evicted: 0 };

  constructor(private readonly options: PendingJoinOptions = DEFAULT_PENDING_JOIN) {
    const { ttlSeconds, maxEntries, maxBytes } = options;
    if (!(ttlSeconds > 0) || !(maxEntries >= 1) || !(maxBytes >= 1))
      throw new Error(
        `PendingJoin: ttlSeconds ${ttlSeconds}, maxEntries ${maxEntries}, maxBytes ${maxBytes}: expected all > 0`,
      );
  }

  /**
   * Offers the `side` half of `key` (its body `bytes` long) at time `now`. The other half waiting:
   * `matched` with it (the key is then settled as `joined`). The same side waiting: `duplicate`. A key
   * settled within the last TTL: `settled` with how. Otherwise the half waits (`pending`), evicting the
   * oldest halves while over a bound (a half larger than `maxBytes` alone is evicted at once).
   * O(1) amortised. Throws nothing.
   */
  offer(key: string, side: KserveSide, value: T, bytes: number, now: number): Offer<T> {
    this.sweep(now);
    const other = this.waiting.get(key);
    if (other !== undefined) {
      if (other.side === side) return { kind: 'duplicate' };
      this.remove(key, other);
      this.settle(key, 'joined', now);
      return { kind: 'matched', partner: other.value };
    }
    const settled = this.settledKeys.get(key);
    if (settled !== undefined) return { kind: 'settled', settled: settled.settled };
    this.waiting.set(key, { side, value, bytes, at: now });
    this.waitingBytes += bytes;
    while (this.waiting.size > this.options.maxEntries || this.waitingBytes > this.options.maxBytes) {
      const [oldKey, oldest] = this.waiting.entries().next().value as [string, Waiting<T>];
      this.remove(oldKey, oldest);
      this.settle(oldKey, 'expired', now);
      this.given.evicted++;
    }
    return { kind: 'pending' };
  }

  /** Drops the half waiting under `key`, if any, and settles the key as `rejected`; true when one waited. */
  discard(key: string, now: number): boolean {
    const w = this.waiting.get(key);
    if (w !== undefined) this.remove(key, w);
    this.settle(key, 'rejected', now);
    return w !== undefined;
  }

  /** Remembers `key` as settled at `now` (e.g. `rejected` when its join was refused). */
  settle(key: string, settled: Settled, now: number): void {
    this.settledKeys.delete(key);
    this.settledKeys.set(key, { settled, at: now });
    if (this.settledKeys.size > this.options.maxEntries) {
      const oldest = this.settledKeys.keys().next().value as string;
      this.settledKeys.delete(oldest);
    }
  }

  /**
   * Expires the halves that waited longer than the TTL at `now` and forgets keys settled longer ago
   * than the TTL. Entries are kept in arrival order, so this stops at the first one still young:
   * O(expired). Throws nothing.
   */
  sweep(now: number): void {
    const deadline = now - this.options.ttlSeconds;
    for (const [key, w] of this.waiting) {
      if (w.at > deadline) break;
      this.remove(key, w);
      this.settle(key, 'expired', now);
      this.given.expired[w.side]++;
    }
    for (const [key, s] of this.settledKeys) {
      if (s.at > deadline) break;
      this.settledKeys.delete(key);
    }
  }

  private remove(key: string, w: Waiting<T>): void {
    this.waiting.delete(key);
    this.waitingBytes -= w.bytes;
  }

  /** Halves waiting now. */
  get size(): number {
    return this.waiting.size;
  }

  /** Body bytes of the halves waiting now. */
  get bytes(): number {
    return this.waitingBytes;
  }

  /** Halves expired and evicted since start. */
  counts(): Readonly<PendingCounts> {
    return this.given;
  }
}
