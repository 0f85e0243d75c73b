/**
 * The on-disk form of an accepted event batch: one row per batch. Validated events of one model carry
 * the same feature keys in the same order, so a batch is written column-free and number-exact in binary:
 * a type tag per value, the numbers as raw float64 (no decimal conversion, which dominates JSON's cost),
 * the strings and the rare extras (type violations, attributions: finite, from ingest) as one small JSON
 * header. Batches whose
 * events do not share their keys fall back to plain JSON. Both read back deep-equal.
 *
 * Binary layout (format 2): `u8 2 | u32 header length | header JSON | tags (u8 per slot) | pad to 8 |
 * float64s` (the leading 2 tells it from JSON, which starts with `{`),
 * header `{v:2, f:[feature names], n:events, s:[strings], x:{[event]: [typeViolations, attributions]}}`,
 * slots per event: timestamp, id, prediction, confidence, latency, error, then each feature.
 */
import type { FeatureValue, PredictionEvent } from '../signals/events';

const FIXED_SLOTS = 6;
const BINARY = 2;
const PREFIX = 5;
const NULL = 0;
const NUMBER = 1;
const STRING = 2;

interface Header {
  v: 2;
  f: string[];
  n: number;
  s: string[];
  x: Record<string, [string[], Record<string, number> | null]>;
}

function sameKeys(events: readonly PredictionEvent[], keys: readonly string[]): boolean {
  for (const e of events) {
    const k = Object.keys(e.features);
    if (k.length !== keys.length) return false;
    for (let i = 0; i < k.length; i++) if (k[i] !== keys[i]) return false;
  }
  return true;
}

/** Tags, numbers and strings of the slots, filled in slot order. */
class SlotWriter {
  readonly tags: Uint8Array;
  readonly numbers: Float64Array;
  readonly strings: string[] = [];
  private slot = 0;
  private count = 0;

  constructor(slots: number) {
    this.tags = new Uint8Array(slots);
    this.numbers = new Float64Array(slots);
  }

  put(value: number | string | null): void {
    if (typeof value === 'number') {
      this.tags[this.slot++] = NUMBER;
      this.numbers[this.count++] = value;
    } else if (typeof value === 'string') {
      this.tags[this.slot++] = STRING;
      this.strings.push(value);
    } else this.tags[this.slot++] = NULL;
  }

  get numberCount(): number {
    return this.count;
  }
}

function encodeBinary(events: readonly PredictionEvent[], keys: string[]): Buffer {
  const w = new SlotWriter(events.length * (FIXED_SLOTS + keys.length));
  const extras: Header['x'] = {};
  events.forEach((e, i) => {
    w.put(e.timestamp);
    w.put(e.id);
    w.put(e.prediction);
    w.put(e.confidence);
    w.put(e.latencySeconds);
    w.put(e.error);
    for (const k of keys) w.put(e.features[k]);
    if (e.typeViolations.length > 0 || e.attributions !== null)
      extras[i] = [e.typeViolations, e.attributions];
  });
  const header = Buffer.from(
    JSON.stringify({ v: 2, f: keys, n: events.length, s: w.strings, x: extras } satisfies Header),
  );
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

function decodeBinary(blob: Buffer): PredictionEvent[] {
  const headerLength = blob.readUInt32LE(1);
  const h = JSON.parse(blob.toString('utf8', PREFIX, PREFIX + headerLength)) as Header;
  const slots = h.n * (FIXED_SLOTS + h.f.length);
  const tagsAt = PREFIX + headerLength;
  const numbersAt = Math.ceil((tagsAt + slots) / 8) * 8;
  let slot = tagsAt;
  let number = numbersAt;
  let string = 0;
  const next = (): number | string | null => {
    const tag = blob[slot++];
    if (tag === NUMBER) return blob.readDoubleLE((number += 8) - 8);
    return tag === STRING ? h.s[string++] : null;
  };
  // Every event's features are a copy of one template object, so they share its shape (a restart replays
  // this loop for every logged event: fromEntries per event made it twice as slow). The template is
  // built with fromEntries and copied by spread, both of which define own properties, so a feature
  // named "__proto__" is an own property and the assignments below write it, never the prototype.
  const template: Record<string, FeatureValue> = Object.fromEntries(h.f.map((k) => [k, null]));
  const events = new Array<PredictionEvent>(h.n);
  for (let i = 0; i < h.n; i++) {
    const timestamp = next() as number | null;
    const id = next() as string | null;
    const prediction = next();
    const confidence = next() as number | null;
    const latencySeconds = next() as number | null;
    const error = next() as string | null;
    const features = { ...template };
    for (const k of h.f) features[k] = next();
    const [typeViolations, attributions] = h.x[i] ?? [[], null];
    events[i] = {
      timestamp,
      id,
      features,
      typeViolations,
      prediction,
      confidence,
      latencySeconds,
      error,
      attributions,
    };
  }
  return events;
}

/**
 * A batch as the bytes stored in one log row. Numbers are kept bit-exact (including -0); O(events ×
 * features).
 *
 * @example decodeEventBatch(encodeEventBatch(events)) // deep-equal to events
 */
export function encodeEventBatch(events: readonly PredictionEvent[]): Buffer {
  const keys = events.length === 0 ? [] : Object.keys(events[0].features);
  if (sameKeys(events, keys)) return encodeBinary(events, keys);
  return Buffer.from(JSON.stringify({ v: 0, events }));
}

/**
 * The events of a stored batch, deep-equal to what was encoded.
 *
 * @throws Error when the bytes are not a batch of a known format (a damaged or foreign row).
 */
export function decodeEventBatch(blob: Buffer): PredictionEvent[] {
  if (blob.length > 0 && blob[0] === 0x7b) {
    const plain = JSON.parse(blob.toString('utf8')) as { v?: unknown; events?: PredictionEvent[] };
    if (plain.v === 0 && Array.isArray(plain.events)) return plain.events;
    throw new Error(`decodeEventBatch: JSON format ${String(plain.v)}, expected 0`);
  }
  if (blob.length < PREFIX || blob[0] !== BINARY) {
    throw new Error(
      `decodeEventBatch: ${blob.length} bytes starting with ${blob[0]} are not a batch (expected '{' or ${BINARY})`,
    );
  }
  return decodeBinary(blob);
}
