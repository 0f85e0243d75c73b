"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PinnedReferenceCollector = void 0;
exports.seedFromString = seedFromString;
class PinnedReferenceCollector {
    start;
    end;
    capacity;
    seen = 0;
    rows = [];
    rng;
    /** Throws when the window is empty or inverted, or capacity < 1. */
    constructor(start, end, capacity, seed) {
        this.start = start;
        this.end = end;
        this.capacity = capacity;
        if (!(end > start))
            throw new Error(`PinnedReferenceCollector: window [${start}, ${end}] is empty, expected end > start`);
        if (!(capacity >= 1))
            throw new Error(`PinnedReferenceCollector: capacity ${capacity}, expected ≥ 1`);
        this.rng = seed >>> 0;
    }
    /** Offers an event at time `at`; kept when inside the window and chosen by the reservoir. */
    offer(event, at) {
        if (at < this.start || at > this.end)
            return;
        const row = {
            features: event.features,
            prediction: event.prediction,
            confidence: event.confidence,
            attributions: event.attributions,
        };
        this.seen++;
        if (this.rows.length < this.capacity) {
            this.rows.push(row);
            return;
        }
        const j = Math.floor(this.next() * this.seen);
        if (j < this.capacity)
            this.rows[j] = row;
    }
    /** mulberry32: deterministic uniform draws in [0, 1). */
    next() {
        this.rng = (this.rng + 0x6d2b79f5) >>> 0;
        let t = this.rng;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    toJSON() {
        return { seen: this.seen, rng: this.rng, rows: this.rows };
    }
    restore(state) {
        this.seen = state.seen;
        this.rng = state.rng >>> 0;
        this.rows = state.rows.slice(0, this.capacity);
    }
}
exports.PinnedReferenceCollector = PinnedReferenceCollector;
/** A stable 32-bit seed from a string (FNV-1a), so each model samples its own way. */
function seedFromString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
//# sourceMappingURL=pinnedReference.js.map