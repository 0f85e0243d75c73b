"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeEventBatch = encodeEventBatch;
exports.decodeEventBatch = decodeEventBatch;
const FIXED_SLOTS = 6;
const BINARY = 2;
const PREFIX = 5;
const NULL = 0;
const NUMBER = 1;
const STRING = 2;
function sameKeys(events, keys) {
    for (const e of events) {
        const k = Object.keys(e.features);
        if (k.length !== keys.length)
            return false;
        for (let i = 0; i < k.length; i++)
            if (k[i] !== keys[i])
                return false;
    }
    return true;
}
/** Tags, numbers and strings of the slots, filled in slot order. */
class SlotWriter {
    tags;
    numbers;
    strings = [];
    slot = 0;
    count = 0;
    constructor(slots) {
        this.tags = new Uint8Array(slots);
        this.numbers = new Float64Array(slots);
    }
    put(value) {
        if (typeof value === 'number') {
            this.tags[this.slot++] = NUMBER;
            this.numbers[this.count++] = value;
        }
        else if (typeof value === 'string') {
            this.tags[this.slot++] = STRING;
            this.strings.push(value);
        }
        else
            this.tags[this.slot++] = NULL;
    }
    get numberCount() {
        return this.count;
    }
}
function encodeBinary(events, keys) {
    const w = new SlotWriter(events.length * (FIXED_SLOTS + keys.length));
    const extras = {};
    events.forEach((e, i) => {
        w.put(e.timestamp);
        w.put(e.id);
        w.put(e.prediction);
        w.put(e.confidence);
        w.put(e.latencySeconds);
        w.put(e.error);
        for (const k of keys)
            w.put(e.features[k]);
        if (e.typeViolations.length > 0 || e.attributions !== null)
            extras[i] = [e.typeViolations, e.attributions];
    });
    const header = Buffer.from(JSON.stringify({ v: 2, f: keys, n: events.length, s: w.strings, x: extras }));
    const tagsAt = PREFIX + header.length;
    const numbersAt = Math.ceil((tagsAt + w.tags.length) / 8) * 8;
    const out = Buffer.alloc(numbersAt + w.numberCount * 8);
    out[0] = BINARY;
    out.writeUInt32LE(header.length, 1);
    header.copy(out, PREFIX);
    out.set(w.tags, tagsAt);
    out.set(new Uint8Array(w.numbers.buffer, 0, w.numberCount * 8), numbersAt);
    return out;
}
function decodeBinary(blob) {
    const headerLength = blob.readUInt32LE(1);
    const h = JSON.parse(blob.toString('utf8', PREFIX, PREFIX + headerLength));
    const slots = h.n * (FIXED_SLOTS + h.f.length);
    const tagsAt = PREFIX + headerLength;
    const numbersAt = Math.ceil((tagsAt + slots) / 8) * 8;
    let slot = tagsAt;
    let number = numbersAt;
    let string = 0;
    const next = () => {
        const tag = blob[slot++];
        if (tag === NUMBER)
            return blob.readDoubleLE((number += 8) - 8);
        return tag === STRING ? h.s[string++] : null;
    };
    return Array.from({ length: h.n }, (_, i) => {
        const [timestamp, id, prediction, confidence, latencySeconds, error] = [
            next(),
            next(),
            next(),
            next(),
            next(),
            next(),
        ];
        // fromEntries, not assignment: a feature named "__proto__" stays an own property.
        const features = Object.fromEntries(h.f.map((k) => [k, next()]));
        const [typeViolations, attributions] = h.x[i] ?? [[], null];
        return {
            timestamp: timestamp,
            id: id,
            features,
            typeViolations,
            prediction,
            confidence: confidence,
            latencySeconds: latencySeconds,
            error: error,
            attributions,
        };
    });
}
/**
 * A batch as the bytes stored in one log row. Numbers are kept bit-exact (including -0); O(events ×
 * features).
 *
 * @example decodeEventBatch(encodeEventBatch(events)) // deep-equal to events
 */
function encodeEventBatch(events) {
    const keys = events.length === 0 ? [] : Object.keys(events[0].features);
    if (sameKeys(events, keys))
        return encodeBinary(events, keys);
    return Buffer.from(JSON.stringify({ v: 0, events }));
}
/**
 * The events of a stored batch, deep-equal to what was encoded.
 *
 * @throws Error when the bytes are not a batch of a known format (a damaged or foreign row).
 */
function decodeEventBatch(blob) {
    if (blob.length > 0 && blob[0] === 0x7b) {
        const plain = JSON.parse(blob.toString('utf8'));
        if (plain.v === 0 && Array.isArray(plain.events))
            return plain.events;
        throw new Error(`decodeEventBatch: JSON format ${String(plain.v)}, expected 0`);
    }
    if (blob.length < PREFIX || blob[0] !== BINARY) {
        throw new Error(`decodeEventBatch: ${blob.length} bytes starting with ${blob[0]} are not a batch (expected '{' or ${BINARY})`);
    }
    return decodeBinary(blob);
}
//# sourceMappingURL=batchCodec.js.map