/**
 * The protobuf wire reader (an adapter over protobufjs's `Reader`) against protobufjs's own writer and
 * reader: the same numbers from the same bytes (int64 at its edges, fixed64 nanoseconds, doubles),
 * strings checked as strictly, unknown fields (groups included) skipped, and malformed bytes refused
 * with protobufjs's messages.
 */
import fc from 'fast-check';
import { Reader, Writer } from 'protobufjs';
import { MAX_MESSAGE_DEPTH, WireReader, checkDepth, nanosToSeconds } from './wire';

const bytes = (write: (w: Writer) => Writer): Uint8Array => write(Writer.create()).finish();

describe('WireReader', () => {
  it('reads varints and int64s as protobufjs does, negative and past 2^53 included', () => {
    const values = [
      '0',
      '1',
      '150',
      '-1',
      '-150',
      '9007199254740993',
      '9223372036854775807',
      '-9223372036854775808',
    ];
    for (const v of values) {
      const encoded = bytes((w) => w.int64(v));
      const expected = (Reader.create(encoded).int64() as unknown as { toNumber(): number }).toNumber();
      const r = new WireReader(encoded);
      expect([v, r.int64(), r.pos]).toEqual([v, expected, encoded.length]);
    }
    expect(new WireReader(Uint8Array.of(0x96, 0x01)).uint32()).toBe(150);
    expect(new WireReader(bytes((w) => w.int32(-2))).uint32()).toBe(2 ** 32 - 2);
  });

  it('agrees with protobufjs on any int64', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (n) => {
        const encoded = bytes((w) => w.int64(n.toString()));
        const expected = (Reader.create(encoded).int64() as unknown as { toNumber(): number }).toNumber();
        return new WireReader(encoded).int64() === expected;
      }),
      { numRuns: 300 },
    );
  });

  it('reads fixed64 nanoseconds into exact seconds, and doubles', () => {
    const cases: [string, number][] = [
      ['1700000000250000000', 1_700_000_000.25],
      ['18446744073709551615', 18_446_744_073 + 0.709551615],
      ['999999999', 0.999999999],
      ['0', 0],
    ];
    for (const [nanos, seconds] of cases) {
      expect(nanosToSeconds(new WireReader(bytes((w) => w.fixed64(nanos))).fixed64())).toBe(seconds);
    }
    for (const d of [0.1, -2.5e-300, Number.MAX_VALUE, -0])
      expect(Object.is(new WireReader(bytes((w) => w.double(d))).double(), d)).toBe(true);
  });

  it('reads UTF-8 strictly, keeping a BOM, and refuses invalid UTF-8 as protobufjs does', () => {
    for (const text of ['', 'ascii', 'naïve ✓ 𝄞', '\ufeffbom', 'x'.repeat(100)]) {
      const encoded = Buffer.from(text, 'utf8');
      expect(new WireReader(encoded).string(encoded.length)).toBe(text);
    }
    const invalid = Uint8Array.of(0x61, 0xc3, 0x28);
    expect(() => new WireReader(invalid).string(3)).toThrow(
      'The encoded data was not valid for encoding utf-8',
    );
    // protobufjs's strict reader (what the receiver used before) words it the same.
    const viaProtobufjs = Reader.create(bytes((w) => w.bytes(invalid)));
    expect(() => viaProtobufjs.stringVerify()).toThrow('The encoded data was not valid for encoding utf-8');
  });

  it('gives the same string for a key seen before, and never a wrong one for keys sharing a slot', () => {
    const keys = [
      'amount',
      'country',
      'a',
      'b',
      'ab',
      'ba',
      'mlhealth.latency_seconds',
      'mlhealth.latency_secondz',
    ];
    keys.push(...Array.from({ length: 600 }, (_, i) => `f${i}`));
    const encoded = Buffer.from([...keys, ...keys].join(''), 'latin1');
    const r = new WireReader(encoded);
    const read = [...keys, ...keys].map((k) => r.key(r.pos + k.length));
    expect(read).toEqual([...keys, ...keys]);
    const again = new WireReader(Buffer.from('amountamount'));
    expect(again.key(6)).toBe(again.key(12));
  });

  it('skips every wire type, groups to their end tag, and refuses what protobufjs refuses', () => {
    const unknown = bytes((w) =>
      w
        .uint32((9 << 3) | 0)
        .uint64('18446744073709551615')
        .uint32((9 << 3) | 1)
        .fixed64(1)
        .uint32((9 << 3) | 2)
        .bytes(Uint8Array.of(1, 2, 3))
        .uint32((9 << 3) | 5)
        .fixed32(7)
        .uint32((9 << 3) | 3)
        .uint32((1 << 3) | 0)
        .uint32(5)
        .uint32((9 << 3) | 4),
    );
    const r = new WireReader(unknown);
    while (r.pos < r.len) {
      const tag = r.uint32();
      r.skip(tag & 7, tag >>> 3, 0);
    }
    expect(r.pos).toBe(unknown.length);
    const refusal = (data: number[]) => {
      const w = new WireReader(Uint8Array.from(data));
      const tag = w.uint32();
      try {
        w.skip(tag & 7, tag >>> 3, 0);
        return 'skipped';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal([(9 << 3) | 6])).toBe('invalid wire type 6 at offset 1');
    expect(refusal([(9 << 3) | 3, (8 << 3) | 4])).toBe('invalid end group tag');
    expect(refusal([0])).toBe('illegal tag: field number 0');
    expect(refusal([(9 << 3) | 2, 5, 1])).toBe('index out of range: 2 + 5 > 3');
    expect(refusal([(9 << 3) | 1, 1, 2])).toBe('index out of range: 1 + 8 > 3');
    expect(() => new WireReader(Uint8Array.of(0x80)).uint32()).toThrow('index out of range: 1 + 1 > 1');
    expect(() => new WireReader(new Uint8Array(11).fill(0xff)).uint32()).toThrow('invalid varint encoding');
  });

  it('refuses a length past the enclosing message, and truncated numbers with protobufjs’s messages', () => {
    const field = Uint8Array.of(3, 1, 2, 3, 4);
    expect(new WireReader(field).delimited(5)).toBe(4);
    expect(() => new WireReader(field).delimited(3)).toThrow('index out of range: 1 + 3 > 5');
    const message = (read: () => unknown): string => {
      try {
        read();
        return 'read';
      } catch (error) {
        return (error as Error).message;
      }
    };
    const short = Uint8Array.of(1, 2, 3);
    expect(message(() => new WireReader(short).fixed64())).toBe('index out of range: 0 + 8 > 3');
    expect(message(() => new WireReader(short).double())).toBe(message(() => Reader.create(short).double()));
    const cut = Uint8Array.of(0x80, 0x80);
    expect(message(() => new WireReader(cut).int64())).toBe(message(() => Reader.create(cut).int64()));
    expect(message(() => new WireReader(cut).int64())).toMatch(/^index out of range/);
  });

  it('refuses messages nested past protobuf’s usual limit', () => {
    expect(() => checkDepth(MAX_MESSAGE_DEPTH)).not.toThrow();
    expect(() => checkDepth(MAX_MESSAGE_DEPTH + 1)).toThrow('max depth exceeded');
  });
});
