"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GrowableFloat64 = void 0;
/**
 * An append-only list of doubles stored in fixed blocks, so growing never copies what is already stored;
 * `finish` copies once into one Float64Array of exactly the right length. (Doubling a single array copies
 * every value about twice more and leaves up to half of it unused.)
 */
const BLOCK = 1 << 15;
class GrowableFloat64 {
    blocks = [];
    block = new Float64Array(256);
    used = 0;
    /** Values in the completed blocks. */
    stored = 0;
    get length() {
        return this.stored + this.used;
    }
    push(value) {
        if (this.used === this.block.length)
            this.nextBlock();
        this.block[this.used++] = value;
    }
    /** The values pushed so far in one array of exactly that length; the builder is empty afterwards. */
    finish() {
        const out = new Float64Array(this.length);
        let at = 0;
        for (const block of this.blocks) {
            out.set(block, at);
            at += block.length;
        }
        out.set(this.block.subarray(0, this.used), at);
        this.blocks = [];
        this.block = new Float64Array(256);
        this.used = 0;
        this.stored = 0;
        return out;
    }
    nextBlock() {
        this.blocks.push(this.block);
        this.stored += this.block.length;
        // A small first block keeps short columns (and many-column files) cheap; then full blocks.
        this.block = new Float64Array(BLOCK);
        this.used = 0;
    }
}
exports.GrowableFloat64 = GrowableFloat64;
//# sourceMappingURL=growableFloat64.js.map