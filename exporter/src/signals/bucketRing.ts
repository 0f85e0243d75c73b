/**
 * A ring of window buckets. Duration windows (`{duration: D}`) use B buckets of D/B seconds each,
 * indexed by floor(t / width); count windows (`{count: N}`) use chunks of ⌈N/B⌉ events, indexed by
 * arrival order. The window is the live buckets: the last B time buckets (so it covers between
 * D − D/B and D seconds), or the last S = ⌈N/k⌉ chunks of k = ⌈N/B⌉ events (the newest N events to
 * within one chunk: more than S·k − k and at most S·k < N + k; exact when N ≤ B). Memory is B
 * buckets, allocated when first used.
 */
import type { WindowSpec } from '../spec/types';

export interface RingBucket {
  index: number;
  reset(index: number): void;
}

export class BucketRing<T extends RingBucket> {
  private readonly slots: (T | null)[];
  /** Duration windows: seconds per bucket; count windows: events per chunk. */
  readonly step: number;
  readonly mode: 'duration' | 'count';
  /** Count windows: events seen so far (the arrival sequence). */
  sequence = 0;

  /**
   * Throws when the window is not a positive duration or count, or buckets < 1.
   */
  constructor(
    window: WindowSpec,
    buckets: number,
    private readonly create: () => T,
  ) {
    if (!(buckets >= 1)) throw new Error(`BucketRing: buckets is ${buckets}, expected ≥ 1`);
    if ('duration' in window) {
      if (!(window.duration > 0)) throw new Error(`BucketRing: duration ${window.duration}, expected > 0`);
      this.mode = 'duration';
      this.step = window.duration / buckets;
      this.slots = new Array<T | null>(buckets).fill(null);
    } else {
      if (!(window.count >= 1)) throw new Error(`BucketRing: count ${window.count}, expected ≥ 1`);
      this.mode = 'count';
      this.step = Math.ceil(window.count / buckets);
      this.slots = new Array<T | null>(Math.ceil(window.count / this.step)).fill(null);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** The ring index a time falls in (duration windows) or the next arrival's chunk (count windows). */
  indexFor(at: number): number {
    return this.mode === 'duration' ? Math.floor(at / this.step) : Math.floor(this.sequence / this.step);
  }

  /**
   * The bucket an item at ring index `index` goes into, reset when its slot held an older index; null
   * when the index is older than the slot's (the item is outside the window).
   */
  bucketAt(index: number): T | null {
    const slot = ((index % this.slots.length) + this.slots.length) % this.slots.length;
    let bucket = this.slots[slot];
    if (bucket === null) {
      bucket = this.create();
      bucket.reset(index);
      this.slots[slot] = bucket;
    } else if (bucket.index < index) {
      bucket.reset(index);
    } else if (bucket.index > index) {
      return null;
    }
    return bucket;
  }

  /** The newest ring index: the time bucket of `now`, or the chunk of the last arrival. */
  currentIndex(now: number): number {
    return this.mode === 'duration'
      ? Math.floor(now / this.step)
      : Math.floor(Math.max(this.sequence - 1, 0) / this.step);
  }

  /** The buckets inside the window at `now` (indices in (current − size, current]). */
  live(now: number): T[] {
    const current = this.currentIndex(now);
    return this.slots.filter(
      (b): b is T => b !== null && b.index > current - this.slots.length && b.index <= current,
    );
  }

  /** Every allocated bucket, for serialisation. */
  allocated(): T[] {
    return this.slots.filter((b): b is T => b !== null);
  }

  /** Puts a restored bucket back into its slot. */
  restore(bucket: T): void {
    const slot = ((bucket.index % this.slots.length) + this.slots.length) % this.slots.length;
    this.slots[slot] = bucket;
  }

  /** Forgets every bucket (a reference swap restarts the window). */
  clear(): void {
    this.slots.fill(null);
    this.sequence = 0;
  }
}
