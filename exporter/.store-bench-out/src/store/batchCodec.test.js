"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const events_1 = require("./__fixtures__/events");
const batchCodec_1 = require("./batchCodec");
const anyDouble = fast_check_1.default.double();
/** What JSON can carry: finite, and -0 read back as 0. */
const jsonSafe = fast_check_1.default.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
function eventArb(keys, finite = anyDouble) {
    const featureValue = fast_check_1.default.oneof(finite, fast_check_1.default.string(), fast_check_1.default.constant(null));
    return fast_check_1.default.record({
        timestamp: fast_check_1.default.option(finite, { nil: null }),
        id: fast_check_1.default.option(fast_check_1.default.string(), { nil: null }),
        features: fast_check_1.default
            .tuple(...keys.map(() => featureValue))
            .map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]]))),
        typeViolations: fast_check_1.default.subarray([...keys]),
        prediction: fast_check_1.default.oneof(finite, fast_check_1.default.string(), fast_check_1.default.constant(null)),
        confidence: fast_check_1.default.option(fast_check_1.default.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        latencySeconds: fast_check_1.default.option(fast_check_1.default.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        error: fast_check_1.default.option(fast_check_1.default.string(), { nil: null }),
        // Attributions ride in the JSON header: finite (ingest guarantees it), -0 as 0.
        attributions: fast_check_1.default.option(fast_check_1.default.dictionary(fast_check_1.default.constantFrom(...keys), jsonSafe), { nil: null }),
    });
}
const keysArb = fast_check_1.default.uniqueArray(fast_check_1.default.string({ minLength: 1 }), { minLength: 1, maxLength: 6 });
describe('the event batch codec', () => {
    it('reads back every batch of events sharing their keys deep-equal, numbers bit-exact (fast-check)', () => {
        fast_check_1.default.assert(fast_check_1.default.property(keysArb.chain((keys) => fast_check_1.default.array(eventArb(keys), { maxLength: 20 })), (events) => {
            expect((0, batchCodec_1.decodeEventBatch)((0, batchCodec_1.encodeEventBatch)(events))).toEqual(events);
        }));
    });
    it('reads back batches whose events have different keys (the plain form)', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(keysArb.chain((keys) => eventArb(keys, jsonSafe)), { minLength: 2, maxLength: 8 }), (events) => {
            expect((0, batchCodec_1.decodeEventBatch)((0, batchCodec_1.encodeEventBatch)(events))).toEqual(events);
        }));
    });
    it('keeps a feature named __proto__ as an own property', () => {
        const event = {
            ...(0, events_1.batchOf)(1)[0],
            features: JSON.parse('{"__proto__": 3, "x": 1}'),
        };
        const back = (0, batchCodec_1.decodeEventBatch)((0, batchCodec_1.encodeEventBatch)([event, event]))[1];
        expect(Object.keys(back.features)).toEqual(['__proto__', 'x']);
        expect(Object.getPrototypeOf(back.features)).toBe(Object.prototype);
    });
    it('writes the keys once: a batch of a few hundred events is under half the size of plain JSON', () => {
        const events = Array.from({ length: 13 }, (_, i) => (0, events_1.batchOf)(i + 1)).flat();
        expect((0, batchCodec_1.encodeEventBatch)(events).length).toBeLessThan(JSON.stringify(events).length * 0.5);
    });
    it('reads an empty batch back empty', () => {
        expect((0, batchCodec_1.decodeEventBatch)((0, batchCodec_1.encodeEventBatch)([]))).toEqual([]);
    });
    it('refuses bytes that are not a batch', () => {
        expect(() => (0, batchCodec_1.decodeEventBatch)(Buffer.from('{"v":7}'))).toThrow('decodeEventBatch: JSON format 7, expected 0');
        expect(() => (0, batchCodec_1.decodeEventBatch)(Buffer.from([1, 0]))).toThrow("decodeEventBatch: 2 bytes starting with 1 are not a batch (expected '{' or 2)");
    });
    it('reads a binary batch whose header length starts with the byte of "{" (123) as binary', () => {
        const event = { ...(0, events_1.batchOf)(1)[0], typeViolations: [], attributions: null, id: '' };
        for (let pad = 0; pad < 256; pad++) {
            const events = [{ ...event, error: 'x'.repeat(pad) }];
            expect((0, batchCodec_1.decodeEventBatch)((0, batchCodec_1.encodeEventBatch)(events))).toEqual(events);
        }
    });
});
//# sourceMappingURL=batchCodec.test.js.map