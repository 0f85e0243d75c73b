/**
 * An append-only list of doubles stored in fixed blocks, so growing never copies what is already stored;
 * `finish` copies once into one Float64Array of exactly the right length. (Doubling a single array copies
 * every value about twice more and leaves up to half of it unused.) A caller that can guess the length
 * (a file's size over its first rows' bytes) reserves it: the values then fill one array, which
 * `finish` hands out as it is — no copy — when the guess was at most 10 % too large (else it copies).
 */
const BLOCK = 1 << 15;
/** The most room a reserved array may have left unused and still be handed out without a copy. */
const MAX_SLACK = 0.1;

export class GrowableFloat64 {
  private blocks: Float64Array<ArrayBufferLike>[] = [];
  private block: Float64Array<ArrayBufferLike> = new Float64Array(256);
  private used = 0;
  /** Values in the completed blocks. */
  private stored = 0;
  /** Whether the current block is a reserved one, and in shared memory. */
  private reserved: { shared: boolean } | null = null;

  get length(): number {
    return this.stored + this.used;
  }

  push(value: number): void {
    if (this.used === this.block.length) this.nextBlock();
    this.block[this.used++] = value;
  }

  /**
   * Makes room for `n` values in all in one array (in a SharedArrayBuffer when `shared`), moving the
   * values pushed so far into it (call it early: they are copied); does nothing when `n` is no more than
   * the current block's room or than what is stored already.
   */
  reserve(n: number, shared = false): void {
    if (n <= this.block.length || n <= this.length) return;
    const block = shared ? new Float64Array(new SharedArrayBuffer(8 * n)) : new Float64Array(n);
    let at = 0;
    for (const full of this.blocks) {
      block.set(full, at);
      at += full.length;
    }
    block.set(this.block.subarray(0, this.used), at);
    this.used = at + this.used;
    this.blocks = [];
    this.stored = 0;
    this.block = block;
    this.reserved = { shared };
  }

  /**
   * The values pushed so far in one array of exactly that length (a view of the reserved array, when it
   * was reserved alike and filled to within 10 %), in a SharedArrayBuffer when `shared` (for handing to
   * worker threads without a copy); the builder is empty afterwards.
   */
  finish(shared = false): Float64Array {
    const inPlace =
      this.reserved?.shared === shared &&
      this.blocks.length === 0 &&
      this.used >= (1 - MAX_SLACK) * this.block.length;
    const out = inPlace
      ? this.block.subarray(0, this.used)
      : shared
        ? new Float64Array(new SharedArrayBuffer(8 * this.length))
        : new Float64Array(this.length);
    let at = 0;
    for (const block of this.blocks) {
      out.set(block, at);
      at += block.length;
    }
    if (!inPlace) out.set(this.block.subarray(0, this.used), at);
    this.reserved = null;
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
