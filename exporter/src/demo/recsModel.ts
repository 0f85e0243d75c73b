/**
 * The demo's recommendation model: it ranks items for a shopping session and predicts whether the top
 * item is clicked. The latency incident hits it, as a slow feature store would.
 */
import { clamp, exponential, logNormal, poisson, round, weighted, type Uniform } from './prng';
import {
  MISSING_SHARE_IN_INCIDENT,
  type DemoConditions,
  type DemoFeatureValue,
  type DemoTrafficModel,
} from './types';

export const RECS_DEVICES = ['ios', 'android', 'web'] as const;
export const RECS_PRICE_BANDS = ['low', 'mid', 'high'] as const;

const DEVICE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ios', 40],
  ['android', 40],
  ['web', 20],
];
const PRICE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['low', 50],
  ['mid', 35],
  ['high', 15],
];

function drawFeatures(u: Uniform, c: DemoConditions): Record<string, DemoFeatureValue> {
  const affinityShift = c.driftedFeatures.has('category_affinity') ? 0.3 : 0;
  const features: Record<string, DemoFeatureValue> = {
    session_length_seconds: round(clamp(logNormal(u, Math.log(180), 0.8), 1, 7200), 1),
    items_viewed: Math.min(poisson(u, 8), 500),
    user_tenure_days: Math.round(clamp(exponential(u, 400), 0, 5000)),
    device: weighted(u, DEVICE_WEIGHTS),
    category_affinity: round(clamp((u() + u() + u()) / 3 + affinityShift, 0, 1), 4),
    price_band: weighted(u, PRICE_WEIGHTS),
  };
  for (const name of Object.keys(features)) {
    if (c.missingFeatures.has(name) && u() < MISSING_SHARE_IN_INCIDENT) features[name] = null;
  }
  return features;
}

function num(v: DemoFeatureValue, fallback: number): number {
  return typeof v === 'number' ? v : fallback;
}

function predict(f: Record<string, DemoFeatureValue>): { prediction: string; confidence: number } {
  const logit =
    -1.0 +
    2.4 * (num(f.category_affinity, 0.5) - 0.5) +
    0.08 * (num(f.items_viewed, 8) - 8) +
    0.3 * Math.log(num(f.session_length_seconds, 180) / 180) +
    (f.price_band === 'low' ? 0.3 : f.price_band === 'high' ? -0.4 : 0);
  const p = 1 / (1 + Math.exp(-logit));
  return { prediction: p >= 0.5 ? 'click' : 'skip', confidence: round(Math.max(p, 1 - p), 4) };
}

function drawServing(u: Uniform, c: DemoConditions): { latency: number; error: boolean } {
  // A spike: the slow path (a feature-store timeout and retry) is taken by most requests.
  const slow = c.latencySpike && u() < 0.7;
  const latency = logNormal(u, Math.log(0.04), 0.3) + (slow ? 0.25 + exponential(u, 0.15) : 0);
  return { latency: round(latency, 5), error: u() < (c.latencySpike ? 0.03 : 0.003) };
}

export const RECS_MODEL: DemoTrafficModel = {
  id: 'recs',
  eventsPerSecond: 200,
  features: [
    'session_length_seconds',
    'items_viewed',
    'user_tenure_days',
    'device',
    'category_affinity',
    'price_band',
  ],
  drawFeatures,
  predict,
  drawServing,
};
