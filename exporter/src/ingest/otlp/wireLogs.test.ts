/**
 * The wire-level decoder (`decodeProtobufLogs` over wireLogs.ts) against the protobufjs decoder it
 * replaced (`__fixtures__/protobufjsLogs.ts`): on random requests encoded by protobufjs, on the same
 * bytes truncated or with a byte changed, and on hand-written wire data protobufjs never writes (a
 * message field given twice, known fields of another wire type, unknown fields and groups), both give
 * the same records, or both refuse, at the same paths.
 */
import fc from 'fast-check';
import { Writer } from 'protobufjs';
import { decodeProtobufLogs } from './decodeProtobuf';
import { decodeWithProtobufjs } from './__fixtures__/protobufjsLogs';
import { OTLP_TYPES } from './schema';
import { toProtobuf } from './__fixtures__/otlpRequests';
import type { DecodedLogs } from './types';

type Json = Record<string, unknown>;

const { anyValue } = fc.letrec<{ anyValue: Json; keyValue: Json }>((tie) => ({
  anyValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant({}),
    fc.record({ stringValue: fc.oneof(fc.string(), fc.string({ unit: 'binary' })) }),
    fc.record({ boolValue: fc.boolean() }),
    fc.record({ intValue: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String) }),
    fc.record({ doubleValue: fc.double() }),
    fc.record({ bytesValue: fc.uint8Array({ maxLength: 8 }).map((b) => Buffer.from(b).toString('base64')) }),
    fc.record({ arrayValue: fc.record({ values: fc.array(tie('anyValue'), { maxLength: 3 }) }) }),
    fc.record({ kvlistValue: fc.record({ values: fc.array(tie('keyValue'), { maxLength: 3 }) }) }),
  ),
  keyValue: fc.record({
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'amount', 'mlhealth.model', ''), fc.string()),
    value: tie('anyValue'),
  }),
}));

const keyValues = fc.array(
  fc.record({ key: fc.oneof(fc.constantFrom('amount', '__proto__'), fc.string()), value: anyValue }),
  { maxLength: 4 },
);
const nanos = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String);
const logRecord = fc.record(
  { timeUnixNano: nanos, observedTimeUnixNano: nanos, body: anyValue, attributes: keyValues },
  { requiredKeys: ['attributes'] },
);
const request = fc.record({
  resourceLogs: fc.array(
    fc.record(
      {
        resource: fc.record({ attributes: keyValues }),
        scopeLogs: fc.array(fc.record({ logRecords: fc.array(logRecord, { maxLength: 3 }) }), {
          maxLength: 2,
        }),
      },
      { requiredKeys: ['scopeLogs'] },
    ),
    { maxLength: 3 },
  ),
});

/** What must agree: the records, or where the refusal is (the wording of a refusal at `$` may differ). */
function outcome(d: DecodedLogs): unknown {
  return d.ok ? { ok: true, records: d.records } : { ok: false, paths: d.problems.map((p) => p.path) };
}

const same = (bytes: Uint8Array): void =>
  expect(outcome(decodeProtobufLogs(bytes))).toEqual(outcome(decodeWithProtobufjs(bytes)));

describe('decodeProtobufLogs (wire-level) against the protobufjs decoder', () => {
  it('reads every request protobufjs encodes into the same records', () => {
    fc.assert(
      fc.property(request, (r) => {
        const bytes = toProtobuf(r);
        const decoded = decodeProtobufLogs(bytes);
        expect(decoded.ok).toBe(true);
        same(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what protobufjs refuses, and reads the same from what both take, when bytes are cut or changed', () => {
    fc.assert(
      fc.property(request, fc.nat(), fc.nat(255), fc.boolean(), (r, at, byte, cut) => {
        const bytes = toProtobuf(r);
        if (bytes.length === 0) return;
        const i = at % bytes.length;
        const changed = cut ? bytes.slice(0, i) : Uint8Array.from(bytes, (b, k) => (k === i ? byte : b));
        same(changed);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a wide map (copied into fast properties) with its keys in order, and merges into it', () => {
    const values = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => ({
        key: `f${from + k}`,
        value: { doubleValue: from + k },
      }));
    const wide = (list: Json[]) => ({ body: { kvlistValue: { values: list } } });
    const bytes = toProtobuf({ resourceLogs: [{ scopeLogs: [{ logRecords: [wide(values(0, 30))] }] }] });
    same(bytes);
    const decoded = decodeProtobufLogs(bytes);
    const entries = (d: DecodedLogs) => d.ok && Object.entries(d.records[0].body as object);
    expect(entries(decoded)).toEqual(Array.from({ length: 30 }, (_, k) => [`f${k}`, k]));
    // Two encodings of a LogRecord one after the other are one LogRecord, its body maps merged.
    const type = OTLP_TYPES.ExportLogsServiceRequest.lookupType('otlp.LogRecord');
    const encode = (record: Json) => type.encode(type.fromObject(record)).finish();
    const record = Buffer.concat([
      encode(wide(values(0, 20))),
      encode(wide([...values(20, 30), { key: 'f0', value: { doubleValue: -1 } }])),
    ]);
    const scope = Writer.create().uint32(18).bytes(record).finish();
    const resourceLogs = Writer.create().uint32(18).bytes(scope).finish();
    const merged = Writer.create().uint32(10).bytes(resourceLogs).finish();
    same(merged);
    expect(entries(decodeProtobufLogs(merged))).toEqual(
      Array.from({ length: 30 }, (_, k) => [`f${k}`, k === 0 ? -1 : k]),
    );
  });

  it('merges a message field given twice, skips known fields of another wire type, unknown fields and groups', () => {
    const w = () => Writer.create();
    const kv = (key: string, value: Uint8Array) =>
      w().uint32(10).string(key).uint32(18).bytes(value).finish();
    const str = (s: string) => w().uint32(10).string(s).finish();
    const kvlist = (...kvs: Uint8Array[]) => {
      const list = w();
      for (const k of kvs) list.uint32(10).bytes(k);
      return w().uint32(50).bytes(list.finish()).finish();
    };
    const array = (...values: Uint8Array[]) => {
      const list = w();
      for (const v of values) list.uint32(10).bytes(v);
      return w().uint32(42).bytes(list.finish()).finish();
    };
    const record = w()
      .uint32(42) // body: a map …
      .bytes(kvlist(kv('a', str('1')), kv('c', str('4'))))
      .uint32(42) // … and again: merged
      .bytes(kvlist(kv('b', str('2')), kv('a', str('3'))))
      .uint32(50) // attributes: a value given twice (a string, then an array: the array wins)
      .bytes(
        w()
          .uint32(10)
          .string('x')
          .uint32(18)
          .bytes(str('s'))
          .uint32(18)
          .bytes(array(str('t')))
          .finish(),
      )
      .uint32((5 << 3) | 0) // body as a varint: another wire type, skipped
      .uint32(7)
      .uint32((99 << 3) | 3) // an unknown group
      .uint32((1 << 3) | 0)
      .uint32(1)
      .uint32((99 << 3) | 4)
      .uint32((1 << 3) | 1) // timeUnixNano
      .fixed64('1700000000000000000')
      .finish();
    const resource = (key: string) =>
      w()
        .uint32(10)
        .bytes(kv(key, str('r')))
        .finish();
    const resourceLogs = w()
      .uint32(10)
      .bytes(resource('service.name'))
      .uint32(18)
      .bytes(w().uint32(18).bytes(record).finish())
      .uint32(10) // the resource again: its attributes appended
      .bytes(resource('mlhealth.model'))
      .finish();
    const bytes = w().uint32(10).bytes(resourceLogs).finish();
    same(bytes);
    const decoded = decodeProtobufLogs(bytes);
    expect(decoded.ok && decoded.records[0]).toEqual({
      r: 0,
      s: 0,
      l: 0,
      timeSeconds: 1_700_000_000,
      observedSeconds: 0,
      body: { a: '3', c: '4', b: '2' },
      attributes: { x: ['t'] },
      resource: { 'service.name': 'r', 'mlhealth.model': 'r' },
    });
    expect(decoded.ok && Object.keys(decoded.records[0].body as object)).toEqual(['a', 'c', 'b']);
  });
});
