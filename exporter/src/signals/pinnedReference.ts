/**
 * A reference declared as a pinned window of ingested events (`reference: {window: {start, end}}`):
 * events whose time falls in [start, end] are sampled into at most `capacity` rows (reservoir sampling,
 * Algorithm R, with a seeded generator so a replay of the same events gives the same reference). Once
 * the clock passes `end`, the monitor builds the profile from the sample and stops collecting.
 */
import type { PredictionEvent } from './events';
import type { ReferenceRow } from './reference';

export interface PinnedState {
  seen: number;
  rng: number;
  rows: ReferenceRow[];
}

export class PinnedReferenceCollector {
  seen = 0;
  rows: ReferenceRow[] = [];
  private rng: number;

  /** Throws when the window is empty or inverted, or capacity < 1. */
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly capacity: number,
    seed: number,
  ) {
    if (!(end > start))
      throw new Error(`PinnedReferenceCollector: window [${start}, ${end}] is empty, expected end > start`);
    if (!(capacity >= 1)) throw new Error(`PinnedReferenceCollector: capacity ${capacity}, expected ≥ 1`);
    this.rng = seed >>> 0;
  }

  /** Offers an event at time `at`; kept when inside the window and chosen by the reservoir. */
  offer(event: PredictionEvent, at: number): void {
    if (at < this.start || at > this.end) return;
    const row: ReferenceRow = {
      features: event.features,
      prediction: event.prediction,
      confidence: event.confidence,
      attributions: event.attributions,
    };
    this.seen++;
    if (this.rows.length < this.capacity) {
      this.rows.push(row);
      return;
    }
    const j = Math.floor(this.next() * this.seen);
    if (j < this.capacity) this.rows[j] = row;
  }

  /** mulberry32: deterministic uniform draws in [0, 1). */
  private next(): number {
    this.rng = (this.rng + 0x6d2b79f5) >>> 0;
    let t = this.rng;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  toJSON(): PinnedState {
    return { seen: this.seen, rng: this.rng, rows: this.rows };
  }

  restore(state: PinnedState): void {
    this.seen = state.seen;
    this.rng = state.rng >>> 0;
    this.rows = state.rows.slice(0, this.capacity);
  }
}

/** A stable 32-bit seed from a string (FNV-1a), so each model samples its own way. */
export function seedFromString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
