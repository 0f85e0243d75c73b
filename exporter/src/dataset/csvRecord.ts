/**
 * One CSV record as byte ranges into the parser's buffer, with each unquoted field's value as a decimal
 * literal when it is one (read while scanning, see `decimalField.ts`): reused from record to record,
 * valid only during the callback that receives it.
 */
export class CsvRecord {
  /** Number of fields. */
  count = 0;
  /** 1-based line of the input on which the record starts. */
  line = 1;
  buf: Buffer = Buffer.alloc(0);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private flags = new Uint8Array(64);
  private values = new Float64Array(64);

  /** Starts a new record on `line` over `buf`. */
  reset(buf: Buffer, line: number): void {
    this.buf = buf;
    this.line = line;
    this.count = 0;
  }

  /** Appends a field spanning `[start, end)` of the buffer, quotes included when `quoted`. */
  add(start: number, end: number, quoted: boolean, escaped: boolean): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = (quoted ? 1 : 0) | (escaped ? 2 : 0);
    this.values[this.count] = Number.NaN;
    this.count++;
  }

  /**
   * Appends an unquoted field that is a decimal literal, with its fast-path value (NaN when the literal
   * is outside the fast path: {@link literalValue} then reads it).
   */
  addLiteral(start: number, end: number, value: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = 4;
    this.values[this.count] = value;
    this.count++;
  }

  /** Whether unquoted field `i` is a decimal literal. */
  isLiteral(i: number): boolean {
    return (this.flags[i] & 4) !== 0;
  }

  /** The fast-path value of field `i` when it is a decimal literal within the fast path, else NaN. */
  value(i: number): number {
    return this.values[i];
  }

  /** Whether field `i` was written in quotes (its bytes then need unquoting: use {@link text}). */
  isQuoted(i: number): boolean {
    return (this.flags[i] & 1) !== 0;
  }

  /** Byte offset where the raw bytes of unquoted field `i` start. */
  start(i: number): number {
    return this.starts[i];
  }

  /** Byte offset just past the raw bytes of unquoted field `i`. */
  end(i: number): number {
    return this.ends[i];
  }

  /** The value of field `i` as UTF-8 text, without its quotes and with `""` turned into `"`. */
  text(i: number): string {
    const flags = this.flags[i];
    if ((flags & 1) === 0) return this.buf.toString('utf8', this.starts[i], this.ends[i]);
    const inner = this.buf.toString('utf8', this.starts[i] + 1, this.ends[i] - 1);
    return (flags & 2) === 0 ? inner : inner.replace(/""/g, '"');
  }

  /** Every field as text (for the header and for tests). */
  texts(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.text(i));
    return out;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    const values = new Float64Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    values.set(this.values);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.values = values;
  }
}

/** A CSV syntax error at a line and a 1-based field number. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly field: number,
  ) {
    super(`line ${line}, field ${field}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}
