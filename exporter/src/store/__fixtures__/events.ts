/** Deterministic prediction events for store tests and the kill -9 child. */
import type { PredictionEvent } from '../../signals/events';

const COUNTRIES = ['de', 'fr', 'us'];

/** Batch `i` (i ≥ 1): 1..40 events whose every field is derived from i, so a reader can check contents. */
export function batchOf(i: number): PredictionEvent[] {
  const n = 1 + ((i * 7919) % 40);
  return Array.from({ length: n }, (_, j) => ({
    timestamp: 1_700_000_000 + i,
    id: `b${i}-${j}`,
    features: { amount: i + j / 100, country: COUNTRIES[j % 3], flag: j % 5 === 0 ? null : 'y' },
    typeViolations: j % 17 === 0 ? ['flag'] : [],
    prediction: (i + j) % 2 === 0 ? '1' : '0',
    confidence: ((i + j) % 100) / 100,
    latencySeconds: j / 1000,
    error: j % 10 === 0 ? 'timeout' : null,
    attributions: j % 4 === 0 ? { amount: i / 10 } : null,
  }));
}
