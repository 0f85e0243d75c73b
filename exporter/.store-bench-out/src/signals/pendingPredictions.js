"use strict";
/**
 * Predictions remembered by id until their late label arrives: at most `capacity` waiting predictions,
 * the oldest forgotten first; a joined prediction is forgotten at once, and a repeated id replaces its
 * earlier prediction (and becomes the newest). The same behaviour as an insertion-ordered map with
 * delete-then-set, without its per-prediction allocations: a queue of slots (id, prediction, time) in
 * arrival order with an id → position map. Joined and replaced predictions leave empty slots that
 * eviction skips. A full queue is rebuilt with only its remembered predictions, twice as long while
 * they fill half of it (up to 2 × capacity): memory follows use, and a rebuild (O(length)) leaves at
 * least half the queue free, so each arrival costs O(1) amortised.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.PendingPredictions = void 0;
/** Slots a queue starts with. */
const INITIAL_LENGTH = 64;
class PendingPredictions {
    capacity;
    /** id → absolute queue position (slot = position mod length). */
    positionOf = new Map();
    ids;
    predictions;
    ats;
    /** Absolute positions: the oldest slot still in the queue, and the next one to fill. */
    head = 0;
    tail = 0;
    /** Throws when capacity < 1. */
    constructor(capacity) {
        this.capacity = capacity;
        if (!(capacity >= 1))
            throw new Error(`PendingPredictions: capacity ${capacity}, expected ≥ 1`);
        const length = Math.min(2 * capacity, INITIAL_LENGTH);
        this.ids = new Array(length).fill(null);
        this.predictions = new Array(length).fill(0);
        this.ats = new Float64Array(length);
    }
    /** Predictions currently remembered. */
    get size() {
        return this.positionOf.size;
    }
    /** Remembers `prediction` made at `at` under `id`, forgetting the oldest beyond capacity. O(1) amortised. */
    remember(id, prediction, at) {
        const previous = this.positionOf.get(id);
        if (previous !== undefined)
            this.ids[previous % this.ids.length] = null;
        if (this.tail - this.head === this.ids.length)
            this.rebuild();
        const slot = this.tail % this.ids.length;
        this.ids[slot] = id;
        this.predictions[slot] = prediction;
        this.ats[slot] = at;
        this.positionOf.set(id, this.tail++);
        while (this.positionOf.size > this.capacity) {
            const oldest = this.ids[this.head % this.ids.length];
            if (oldest !== null)
                this.positionOf.delete(oldest);
            this.ids[this.head++ % this.ids.length] = null;
        }
    }
    /** The prediction for `id`, forgotten (one label per prediction); undefined when unknown. O(1). */
    take(id) {
        const position = this.positionOf.get(id);
        if (position === undefined)
            return undefined;
        this.positionOf.delete(id);
        const slot = position % this.ids.length;
        this.ids[slot] = null;
        return { prediction: this.predictions[slot], at: this.ats[slot] };
    }
    /** The remembered predictions as `[id, prediction, at]`, oldest first (for serialisation). O(capacity). */
    entries() {
        const out = [];
        for (let p = this.head; p < this.tail; p++) {
            const slot = p % this.ids.length;
            const id = this.ids[slot];
            if (id !== null)
                out.push([id, this.predictions[slot], this.ats[slot]]);
        }
        return out;
    }
    /** Moves the remembered predictions, in order, to the front of fresh arrays (longer when half full). */
    rebuild() {
        const live = this.entries();
        const length = 2 * live.length >= this.ids.length ? Math.min(2 * this.capacity, 2 * this.ids.length) : this.ids.length;
        this.ids = new Array(length).fill(null);
        this.predictions = new Array(length).fill(0);
        this.ats = new Float64Array(length);
        this.head = 0;
        this.tail = 0;
        for (const [id, prediction, at] of live) {
            this.ids[this.tail] = id;
            this.predictions[this.tail] = prediction;
            this.ats[this.tail] = at;
            this.positionOf.set(id, this.tail++);
        }
    }
}
exports.PendingPredictions = PendingPredictions;
//# sourceMappingURL=pendingPredictions.js.map