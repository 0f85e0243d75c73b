import fc from 'fast-check';
import type { PredictionEvent } from '../signals/events';
import { batchOf } from './__fixtures__/events';
import { decodeEventBatch, encodeEventBatch } from './batchCodec';

const anyDouble = fc.double();
/** What JSON can carry: finite, and -0 read back as 0. */
const jsonSafe = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

function eventArb(
  keys: readonly string[],
  finite: fc.Arbitrary<number> = anyDouble,
): fc.Arbitrary<PredictionEvent> {
  const featureValue = fc.oneof(finite, fc.string(), fc.constant(null));
  return fc.record({
    timestamp: fc.option(finite, { nil: null }),
    id: fc.option(fc.string(), { nil: null }),
    features: fc
      .tuple(...keys.map(() => featureValue))
      .map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]]))),
    typeViolations: fc.subarray([...keys]),
    prediction: fc.oneof(finite, fc.string(), fc.constant(null)),
    confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    latencySeconds: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    error: fc.option(fc.string(), { nil: null }),
    // Attributions ride in the JSON header: finite (ingest guarantees it), -0 as 0.
    attributions: fc.option(fc.dictionary(fc.constantFrom(...keys), jsonSafe), { nil: null }),
  });
}

const keysArb = fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 6 });

describe('the event batch codec', () => {
  it('reads back every batch of events sharing their keys deep-equal, numbers bit-exact (fast-check)', () => {
    fc.assert(
      fc.property(
        keysArb.chain((keys) => fc.array(eventArb(keys), { maxLength: 20 })),
        (events) => {
          expect(decodeEventBatch(encodeEventBatch(events))).toEqual(events);
        },
      ),
    );
  });

  it('reads back batches whose events have different keys (the plain form)', () => {
    fc.assert(
      fc.property(
        fc.array(
          keysArb.chain((keys) => eventArb(keys, jsonSafe)),
          { minLength: 2, maxLength: 8 },
        ),
        (events) => {
          expect(decodeEventBatch(encodeEventBatch(events))).toEqual(events);
        },
      ),
    );
  });

  it('keeps a feature named __proto__ as an own property', () => {
    const event = {
      ...batchOf(1)[0],
      features: JSON.parse('{"__proto__": 3, "x": 1}') as Record<string, number>,
    };
    const back = decodeEventBatch(encodeEventBatch([event, event]))[1];
    expect(Object.keys(back.features)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(back.features)).toBe(Object.prototype);
  });

  it('writes the keys once: a batch of a few hundred events is under half the size of plain JSON', () => {
    const events = Array.from({ length: 13 }, (_, i) => batchOf(i + 1)).flat();
    expect(encodeEventBatch(events).length).toBeLessThan(JSON.stringify(events).length * 0.5);
  });

  it('reads an empty batch back empty', () => {
    expect(decodeEventBatch(encodeEventBatch([]))).toEqual([]);
  });

  it('refuses bytes that are not a batch', () => {
    expect(() => decodeEventBatch(Buffer.from('{"v":7}'))).toThrow(
      'decodeEventBatch: JSON format 7, expected 0',
    );
    expect(() => decodeEventBatch(Buffer.from([1, 0]))).toThrow(
      "decodeEventBatch: 2 bytes starting with 1 are not a batch (expected '{' or 2)",
    );
  });

  it('reads a binary batch whose header length starts with the byte of "{" (123) as binary', () => {
    const event = { ...batchOf(1)[0], typeViolations: [], attributions: null, id: '' };
    for (let pad = 0; pad < 256; pad++) {
      const events = [{ ...event, error: 'x'.repeat(pad) }];
      expect(decodeEventBatch(encodeEventBatch(events))).toEqual(events);
    }
  });
});
