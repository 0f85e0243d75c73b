/**
 * The protobuf wire reader of the OTLP logs decoder (https://protobuf.dev/programming-guides/encoding/):
 * a thin adapter over protobufjs's `Reader`, the wire decoder of the maintained protobuf runtime, so
 * every read of the wire (varints, int64, fixed64, doubles, lengths, strictly checked UTF-8 strings,
 * the skipping of unread fields, groups included) is protobufjs's own, and fails with its messages
 * (`index out of range: …`, `invalid wire type …`, `max depth exceeded`). What the adapter adds is
 * above the wire: an end checked against the enclosing message, int64 and fixed64 as numbers, a
 * cache of map keys. wireLogs.ts builds log records from these reads directly, without protobufjs's
 * message objects (which cost four times as much as the bytes). Pure.
 */
import protobuf from 'protobufjs';

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
 * A cursor over `bytes`, reading through protobufjs's `Reader`; every read moves `pos` on and throws a
 * `RangeError` rather than read past the end. O(1) per read but strings and bytes (O(their length)).
 * @example new WireReader(Uint8Array.of(0x96, 0x01)).uint32() // 150
 */
export class WireReader {
  private readonly r: protobuf.Reader;
  /** The same bytes, for the key cache and base64 text. */
  private readonly buf: Buffer;
  /** Keys seen, by slot (see `key`). */
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(256);

  constructor(bytes: Uint8Array) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.r = protobuf.Reader.create(this.buf);
  }

  /** Where the next read starts. */
  get pos(): number {
    return this.r.pos;
  }

  /** The number of bytes. */
  get len(): number {
    return this.r.len;
  }

  /** A varint's low 32 bits, unsigned (tags, booleans); at most 10 bytes. */
  uint32(): number {
    return this.r.uint32();
  }

  /** A field tag, as protobufjs's message decoders read it (an over-long tag is refused). */
  tag(): number {
    return this.r.tag();
  }

  /** A bool varint, as protobufjs reads it (any set bit of the ten bytes is true). */
  bool(): boolean {
    return this.r.bool();
  }

  /** A varint as a two's-complement int64, as a number (exact up to 2^53, protobufjs's `toNumber`). */
  int64(): number {
    // A `Long` (with the `long` package protobufjs depends on), else a number.
    const value = this.r.int64() as unknown as { toNumber(): number } | number;
    return typeof value === 'number' ? value : value.toNumber();
  }

  /** A fixed64 (little-endian) as its unsigned 32-bit halves. */
  fixed64(): { high: number; low: number } {
    const value = this.r.fixed64() as protobuf.Long | number;
    if (typeof value === 'number') {
      const bits = protobuf.util.LongBits.fromNumber(value);
      return { high: bits.hi >>> 0, low: bits.lo >>> 0 };
    }
    return { high: value.high >>> 0, low: value.low >>> 0 };
  }

  double(): number {
    return this.r.double();
  }

  /** Reads a length; returns where the field's bytes end (at most `limit`, the enclosing message's end). */
  delimited(limit: number): number {
    const length = this.r.size();
    const end = this.r.pos + length;
    if (end > limit) throw new RangeError(`index out of range: ${this.r.pos} + ${length} > ${this.r.len}`);
    return end;
  }

  /**
   * The UTF-8 text up to `end` (a BOM kept), by protobufjs's strict decoder (its `stringVerify`):
   * invalid UTF-8 throws a TypeError.
   */
  string(end: number): string {
    const start = this.r.pos;
    this.r.skip(end - start);
    return protobuf.util.utf8.readStrict(this.r.buf, start, end);
  }

  /**
   * `string(end)` for a map key: the keys of a request repeat record after record, so each ASCII key is
   * made once and then found again by its bytes (a slot by length and three of its bytes, checked byte
   * by byte). The same string each time is also a property name V8 has already internalised.
   */
  key(end: number): string {
    const start = this.r.pos;
    const n = end - start;
    if (n === 0 || n > 64) return this.string(end);
    const slot = (n * 7 + this.buf[start] * 31 + this.buf[end - 1] * 17 + this.buf[start + (n >> 1)]) & 255;
    const cached = this.keys[slot];
    if (cached !== undefined && cached.length === n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = cached.charCodeAt(i) === this.buf[start + i];
      if (same) {
        this.r.skip(n);
        return cached;
      }
    }
    const key = this.string(end);
    if (key.length === n) this.keys[slot] = key;
    return key;
  }

  /** The bytes up to `end` as base64 text. */
  base64(end: number): string {
    const start = this.r.pos;
    this.r.skip(end - start);
    return this.buf.toString('base64', start, end);
  }

  /**
   * Skips the value of a field of wire type `wireType` (a group up to its end tag), at message nesting
   * level `depth`: protobufjs's `skipType`.
   */
  skip(wireType: number, field: number, depth: number): void {
    this.r.skipType(wireType, depth, field);
  }
}
