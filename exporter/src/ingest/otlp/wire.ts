/**
 * A reader of protobuf wire data (https://protobuf.dev/programming-guides/encoding/) for the OTLP
 * logs decoder: varints, int64, fixed64, doubles, strictly checked UTF-8 strings, bytes, and the
 * skipping of fields the decoder does not read (groups included). It reads and fails like protobufjs's
 * `Reader`, with the same error messages (`index out of range: …`, `invalid wire type …`,
 * `max depth exceeded`), so a request refused before is refused the same way. Pure.
 */
import { isUtf8 } from 'node:buffer';

/** Messages nested deeper than this are refused (protobufjs's and protoc's default recursion limit). */
export const MAX_MESSAGE_DEPTH = 100;

/** Wire types (the low three bits of a tag). */
export const WIRE = { varint: 0, fixed64: 1, delimited: 2, startGroup: 3, endGroup: 4, fixed32: 5 } as const;

/**
 * Throws when a message at nesting level `depth` (the request is 0) is past `MAX_MESSAGE_DEPTH`.
 * @example checkDepth(101) // throws Error('max depth exceeded')
 */
export function checkDepth(depth: number): void {
  if (depth > MAX_MESSAGE_DEPTH) throw new Error('max depth exceeded');
}

/**
 * A fixed64 of Unix nanoseconds (its unsigned 32-bit halves) in seconds, the whole seconds and the
 * rest apart: 1.7e18 is past 2^53, so dividing the whole number would not be exact. The halves are
 * divided 16 bits at a time, every step below 2^53.
 * @example nanosToSeconds({ high: 395812094, low: 1158722176 }) // 1700000000.25 (1700000000250000000 ns)
 */
export function nanosToSeconds({ high, low }: { high: number; low: number }): number {
  let quotient = 0;
  let rest = 0;
  for (const digit of [high >>> 16, high & 0xffff, low >>> 16, low & 0xffff]) {
    const current = rest * 65536 + digit;
    const q = Math.floor(current / 1e9);
    quotient = quotient * 65536 + q;
    rest = current - q * 1e9;
  }
  return quotient + rest / 1e9;
}

/**
 * A cursor over `bytes`; every read moves `pos` on and throws a `RangeError` rather than read past the
 * end. O(1) per read but strings and bytes (O(their length)).
 * @example new WireReader(Uint8Array.of(0x96, 0x01)).uint32() // 150
 */
export class WireReader {
  pos = 0;
  readonly len: number;
  private readonly buf: Buffer;
  /** Keys seen, by slot (see `key`). */
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(256);

  constructor(bytes: Uint8Array) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.len = bytes.byteLength;
  }

  private outOfRange(length = 1): RangeError {
    return new RangeError(`index out of range: ${this.pos} + ${length} > ${this.len}`);
  }

  /** A varint's low 32 bits, unsigned (tags, lengths, booleans); at most 10 bytes. */
  uint32(): number {
    let value = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.len) throw this.outOfRange();
      const byte = this.buf[this.pos++];
      if (shift < 32) value = (value | ((byte & 127) << shift)) >>> 0;
      if (byte < 128) return value;
    }
    throw new Error('invalid varint encoding');
  }

  /** A varint as a two's-complement int64, as a number (exact up to 2^53, like protobufjs's `toNumber`). */
  int64(): number {
    let lo = 0;
    let hi = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.len) throw this.outOfRange();
      const bits = this.buf[this.pos] & 127;
      if (shift < 28) lo = (lo | (bits << shift)) >>> 0;
      else if (shift === 28) {
        lo = (lo | (bits << 28)) >>> 0;
        hi = bits >>> 4;
      } else hi = (hi | (bits << (shift - 32))) >>> 0;
      if (this.buf[this.pos++] < 128) return hi >>> 31 === 0 ? lo + hi * 2 ** 32 : -negated(lo, hi);
    }
    throw new Error('invalid varint encoding');
  }

  /** A fixed64 (little-endian) as its unsigned 32-bit halves. */
  fixed64(): { high: number; low: number } {
    if (this.pos + 8 > this.len) throw this.outOfRange(8);
    const low = this.buf.readUInt32LE(this.pos);
    const high = this.buf.readUInt32LE(this.pos + 4);
    this.pos += 8;
    return { high, low };
  }

  double(): number {
    if (this.pos + 8 > this.len) throw this.outOfRange(8);
    const value = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return value;
  }

  /** Reads a length; returns where the field's bytes end (at most `limit`, the enclosing message's end). */
  delimited(limit: number): number {
    const length = this.uint32();
    const end = this.pos + length;
    if (end > limit) throw this.outOfRange(length);
    return end;
  }

  /** The UTF-8 text up to `end` (a BOM kept); invalid UTF-8 throws, as protobufjs's strict decoder does. */
  string(end: number): string {
    const start = this.pos;
    this.pos = end;
    for (let i = start; i < end; i++) {
      if (this.buf[i] >= 128) {
        if (!isUtf8(this.buf.subarray(start, end)))
          throw new TypeError('The encoded data was not valid for encoding utf-8');
        return this.buf.toString('utf8', start, end);
      }
    }
    return this.buf.toString('latin1', start, end);
  }

  /**
   * `string(end)` for a map key: the keys of a request repeat record after record, so each ASCII key is
   * made once and then found again by its bytes (a slot by length and three of its bytes, checked byte
   * by byte). The same string each time is also a property name V8 has already internalised.
   */
  key(end: number): string {
    const start = this.pos;
    const n = end - start;
    if (n === 0 || n > 64) return this.string(end);
    const slot = (n * 7 + this.buf[start] * 31 + this.buf[end - 1] * 17 + this.buf[start + (n >> 1)]) & 255;
    const cached = this.keys[slot];
    if (cached !== undefined && cached.length === n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = cached.charCodeAt(i) === this.buf[start + i];
      if (same) {
        this.pos = end;
        return cached;
      }
    }
    const key = this.string(end);
    if (key.length === n) this.keys[slot] = key;
    return key;
  }

  /** The bytes up to `end` as base64 text. */
  base64(end: number): string {
    const text = this.buf.toString('base64', this.pos, end);
    this.pos = end;
    return text;
  }

  /**
   * Skips the value of a field of wire type `wireType` (a group up to its end tag), at message nesting
   * level `depth`.
   */
  skip(wireType: number, field: number, depth: number): void {
    checkDepth(depth);
    if (field === 0) throw new Error('illegal tag: field number 0');
    if (wireType === WIRE.varint) this.skipVarint();
    else if (wireType === WIRE.fixed64) this.advance(8);
    else if (wireType === WIRE.delimited) this.pos = this.delimited(this.len);
    else if (wireType === WIRE.fixed32) this.advance(4);
    else if (wireType === WIRE.startGroup) {
      for (;;) {
        const tag = this.uint32();
        if (tag >>> 3 === 0) throw new Error('illegal tag: field number 0');
        if ((tag & 7) === WIRE.endGroup) {
          if (tag >>> 3 !== field) throw new Error('invalid end group tag');
          return;
        }
        this.skip(tag & 7, tag >>> 3, depth + 1);
      }
    } else throw new Error(`invalid wire type ${wireType} at offset ${this.pos}`);
  }

  /** Any number of bytes up to one below 128, as protobufjs skips a varint. */
  private skipVarint(): void {
    do if (this.pos >= this.len) throw this.outOfRange();
    while (this.buf[this.pos++] >= 128);
  }

  private advance(n: number): void {
    if (this.pos + n > this.len) throw this.outOfRange(n);
    this.pos += n;
  }
}

/** The magnitude of the negative int64 whose two's-complement halves are `lo`, `hi`. */
function negated(lo: number, hi: number): number {
  const l = (~lo + 1) >>> 0;
  const h = l === 0 ? (~hi + 1) >>> 0 : ~hi >>> 0;
  return l + h * 2 ** 32;
}
