/**
 * An append-only list of doubles stored in fixed blocks, so growing never copies what is already stored;
 * `finish` copies once into one Float64Array of exactly the right length. (Doubling a single array copies
 * every value about twice more and leaves up to half of it unused.)
 */
const BLOCK = 1 << 15;

export class GrowableFloat64 {
  private blocks: Float64Array[] = [];
  private block = new Float64Array(256);
  private used = 0;
  /** Values in the completed blocks. */
  private stored = 0;

  get length(): number {
    return this.stored + this.used;
  }

  push(value: number): void {
    if (this.used === this.block.length) this.nextBlock();
    this.block[this.used++] = value;
  }

  /**
   * The values pushed so far in one array of exactly that length, in a SharedArrayBuffer when `shared`
   * (for handing to worker threads without a copy); the builder is empty afterwards.
   */
  finish(shared = false): Float64Array {
    const out = shared
      ? new Float64Array(new SharedArrayBuffer(8 * this.length))
      : new Float64Array(this.length);
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

  private nextBlock(): void {
    this.blocks.push(this.block);
    this.stored += this.block.length;
    // A small first block keeps short columns (and many-column files) cheap; then full blocks.
    this.block = new Float64Array(BLOCK);
    this.used = 0;
  }
}
