"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BucketRing = void 0;
class BucketRing {
    create;
    slots;
    /** Duration windows: seconds per bucket; count windows: events per chunk. */
    step;
    mode;
    /** Count windows: events seen so far (the arrival sequence). */
    sequence = 0;
    /**
     * Throws when the window is not a positive duration or count, or buckets < 1.
     */
    constructor(window, buckets, create) {
        this.create = create;
        if (!(buckets >= 1))
            throw new Error(`BucketRing: buckets is ${buckets}, expected ≥ 1`);
        if ('duration' in window) {
            if (!(window.duration > 0))
                throw new Error(`BucketRing: duration ${window.duration}, expected > 0`);
            this.mode = 'duration';
            this.step = window.duration / buckets;
            this.slots = new Array(buckets).fill(null);
        }
        else {
            if (!(window.count >= 1))
                throw new Error(`BucketRing: count ${window.count}, expected ≥ 1`);
            this.mode = 'count';
            this.step = Math.ceil(window.count / buckets);
            this.slots = new Array(Math.ceil(window.count / this.step)).fill(null);
        }
    }
    get size() {
        return this.slots.length;
    }
    /** The ring index a time falls in (duration windows) or the next arrival's chunk (count windows). */
    indexFor(at) {
        return this.mode === 'duration' ? Math.floor(at / this.step) : Math.floor(this.sequence / this.step);
    }
    /**
     * The bucket an item at ring index `index` goes into, reset when its slot held an older index; null
     * when the index is older than the slot's (the item is outside the window).
     */
    bucketAt(index) {
        const slot = ((index % this.slots.length) + this.slots.length) % this.slots.length;
        let bucket = this.slots[slot];
        if (bucket === null) {
            bucket = this.create();
            bucket.reset(index);
            this.slots[slot] = bucket;
        }
        else if (bucket.index < index) {
            bucket.reset(index);
        }
        else if (bucket.index > index) {
            return null;
        }
        return bucket;
    }
    /** The newest ring index: the time bucket of `now`, or the chunk of the last arrival. */
    currentIndex(now) {
        return this.mode === 'duration'
            ? Math.floor(now / this.step)
            : Math.floor(Math.max(this.sequence - 1, 0) / this.step);
    }
    /** The buckets inside the window at `now` (indices in (current − size, current]). */
    live(now) {
        const current = this.currentIndex(now);
        return this.slots.filter((b) => b !== null && b.index > current - this.slots.length && b.index <= current);
    }
    /** Every allocated bucket, for serialisation. */
    allocated() {
        return this.slots.filter((b) => b !== null);
    }
    /** Puts a restored bucket back into its slot. */
    restore(bucket) {
        const slot = ((bucket.index % this.slots.length) + this.slots.length) % this.slots.length;
        this.slots[slot] = bucket;
    }
    /** Forgets every bucket (a reference swap restarts the window). */
    clear() {
        this.slots.fill(null);
        this.sequence = 0;
    }
}
exports.BucketRing = BucketRing;
//# sourceMappingURL=bucketRing.js.map