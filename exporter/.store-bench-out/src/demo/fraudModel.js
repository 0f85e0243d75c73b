"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FRAUD_MODEL = exports.FRAUD_COUNTRIES = exports.FRAUD_MERCHANTS = void 0;
/**
 * The demo's fraud model: card transactions scored by a small logistic model. Its `amount` feature is the
 * one the drift incident shifts, and `merchant_category` the one the missing-values incident blanks.
 */
const prng_1 = require("./prng");
const types_1 = require("./types");
exports.FRAUD_MERCHANTS = ['grocery', 'restaurants', 'fuel', 'online', 'electronics', 'travel'];
exports.FRAUD_COUNTRIES = ['US', 'GB', 'DE', 'FR', 'CA', 'other'];
const MERCHANT_WEIGHTS = [
    ['grocery', 30],
    ['restaurants', 20],
    ['fuel', 15],
    ['online', 20],
    ['electronics', 10],
    ['travel', 5],
];
const COUNTRY_WEIGHTS = [
    ['US', 60],
    ['GB', 10],
    ['DE', 10],
    ['FR', 8],
    ['CA', 7],
    ['other', 5],
];
const RISKY_MERCHANTS = new Set(['online', 'electronics', 'travel']);
function maybeMissing(u, c, name, value) {
    return c.missingFeatures.has(name) && u() < types_1.MISSING_SHARE_IN_INCIDENT ? null : value;
}
function drawFeatures(u, c) {
    // A drifted amount: purchases about six times larger (log-mean +1.8), as after a currency mix-up
    // upstream. Strong on purpose: the demo must show drift within seconds, even time-scaled.
    const amountMu = c.driftedFeatures.has('amount') ? 5.6 : 3.8;
    const features = {
        amount: (0, prng_1.round)((0, prng_1.clamp)((0, prng_1.logNormal)(u, amountMu, 1.0), 0.5, 20000), 2),
        merchant_category: (0, prng_1.weighted)(u, MERCHANT_WEIGHTS),
        country: (0, prng_1.weighted)(u, COUNTRY_WEIGHTS),
        hour_of_day: Math.floor((0, prng_1.clamp)((0, prng_1.normal)(u, 14, 4.5), 0, 23.99)),
        account_age_days: Math.round((0, prng_1.clamp)((0, prng_1.exponential)(u, 700), 0, 10000)),
        card_present: u() < 0.55,
        txn_count_1h: Math.min((0, prng_1.poisson)(u, 1.5), 100),
    };
    for (const name of Object.keys(features))
        features[name] = maybeMissing(u, c, name, features[name]);
    return features;
}
function num(v, fallback) {
    return typeof v === 'number' ? v : fallback;
}
function predict(f) {
    const terms = {
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
    const attributions = {};
    for (const [name, t] of Object.entries(terms))
        attributions[name] = (0, prng_1.round)(t, 4);
    return { prediction: p >= 0.5 ? 'fraud' : 'legit', confidence: (0, prng_1.round)(Math.max(p, 1 - p), 4), attributions };
}
function drawServing(u, c) {
    const latency = (0, prng_1.logNormal)(u, Math.log(0.025), 0.35) * (c.latencySpike ? 8 : 1);
    return { latency: (0, prng_1.round)(latency, 5), error: u() < (c.latencySpike ? 0.04 : 0.002) };
}
/** The true class of an event: the model is calibrated, so the truth is drawn with its own probability. */
function drawLabel(u, event) {
    const pFraud = event.prediction === 'fraud' ? event.confidence : 1 - event.confidence;
    return u() < pFraud ? 'fraud' : 'legit';
}
exports.FRAUD_MODEL = {
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
//# sourceMappingURL=fraudModel.js.map