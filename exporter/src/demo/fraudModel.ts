/**
 * The demo's fraud model: card transactions scored by a small logistic model. Its `amount` feature is the
 * one the drift incident shifts, and `merchant_category` the one the missing-values incident blanks.
 */
import { clamp, exponential, logNormal, normal, poisson, round, weighted, type Uniform } from './prng';
import {
  MISSING_SHARE_IN_INCIDENT,
  type DemoConditions,
  type DemoEvent,
  type DemoFeatureValue,
  type DemoTrafficModel,
} from './types';

export const FRAUD_MERCHANTS = ['grocery', 'restaurants', 'fuel', 'online', 'electronics', 'travel'] as const;
export const FRAUD_COUNTRIES = ['US', 'GB', 'DE', 'FR', 'CA', 'other'] as const;

const MERCHANT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['grocery', 30],
  ['restaurants', 20],
  ['fuel', 15],
  ['online', 20],
  ['electronics', 10],
  ['travel', 5],
];
const COUNTRY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['US', 60],
  ['GB', 10],
  ['DE', 10],
  ['FR', 8],
  ['CA', 7],
  ['other', 5],
];
const RISKY_MERCHANTS = new Set(['online', 'electronics', 'travel']);

function maybeMissing(
  u: Uniform,
  c: DemoConditions,
  name: string,
  value: DemoFeatureValue,
): DemoFeatureValue {
  return c.missingFeatures.has(name) && u() < MISSING_SHARE_IN_INCIDENT ? null : value;
}

function drawFeatures(u: Uniform, c: DemoConditions): Record<string, DemoFeatureValue> {
  // A drifted amount: purchases about six times larger (log-mean +1.8), as after a currency mix-up
  // upstream. Strong on purpose: the demo must show drift within seconds, even time-scaled.
  const amountMu = c.driftedFeatures.has('amount') ? 5.6 : 3.8;
  const features: Record<string, DemoFeatureValue> = {
    amount: round(clamp(logNormal(u, amountMu, 1.0), 0.5, 20000), 2),
    merchant_category: weighted(u, MERCHANT_WEIGHTS),
    country: weighted(u, COUNTRY_WEIGHTS),
    hour_of_day: Math.floor(clamp(normal(u, 14, 4.5), 0, 23.99)),
    account_age_days: Math.round(clamp(exponential(u, 700), 0, 10000)),
    card_present: u() < 0.55,
    txn_count_1h: Math.min(poisson(u, 1.5), 100),
  };
  for (const name of Object.keys(features)) features[name] = maybeMissing(u, c, name, features[name]);
  return features;
}

function num(v: DemoFeatureValue, fallback: number): number {
  return typeof v === 'number' ? v : fallback;
}

function predict(f: Record<string, DemoFeatureValue>): {
  prediction: string;
  confidence: number;
  attributions: Record<string, number>;
} {
  const terms: Record<string, number> = {
    amount: 0.9 * (Math.log(num(f.amount, 45)) - 3.8),
    merchant_category: RISKY_MERCHANTS.has(String(f.merchant_category)) ? 0.8 : -0.3,
    country: f.country === 'other' ? 0.9 : f.country === 'US' ? -0.2 : 0.1,
    hour_of_day: Math.abs(num(f.hour_of_day, 14) - 14) > 8 ? 0.7 : -0.1,
    account_age_days: -0.6 * Math.log1p(num(f.account_age_days, 700) / 365),
    card_present: f.card_present === true ? -0.9 : 0.6,
    txn_count_1h: 0.35 * (num(f.txn_count_1h, 1.5) - 1.5),
  };
  const logit = -2.2 + Object.values(terms).reduce((a, b) => a + b, 0);
  const p = 1 / (1 + Math.exp(-logit));
  const attributions: Record<string, number> = {};
  for (const [name, t] of Object.entries(terms)) attributions[name] = round(t, 4);
  return { prediction: p >= 0.5 ? 'fraud' : 'legit', confidence: round(Math.max(p, 1 - p), 4), attributions };
}

function drawServing(u: Uniform, c: DemoConditions): { latency: number; error: boolean } {
  const latency = logNormal(u, Math.log(0.025), 0.35) * (c.latencySpike ? 8 : 1);
  return { latency: round(latency, 5), error: u() < (c.latencySpike ? 0.04 : 0.002) };
}

/** The true class of an event: the model is calibrated, so the truth is drawn with its own probability. */
function drawLabel(u: Uniform, event: DemoEvent): string {
  const pFraud = event.prediction === 'fraud' ? event.confidence : 1 - event.confidence;
  return u() < pFraud ? 'fraud' : 'legit';
}

export const FRAUD_MODEL: DemoTrafficModel = {
  id: 'fraud',
  eventsPerSecond: 120,
  features: [
    'amount',
    'merchant_category',
    'country',
    'hour_of_day',
    'account_age_days',
    'card_present',
    'txn_count_1h',
  ],
  drawFeatures,
  predict,
  drawServing,
  labels: { share: 0.3, delaySeconds: 10, draw: drawLabel },
};
