"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RECS_MODEL = exports.RECS_PRICE_BANDS = exports.RECS_DEVICES = void 0;
/**
 * The demo's recommendation model: it ranks items for a shopping session and predicts whether the top
 * item is clicked. The latency incident hits it, as a slow feature store would.
 */
const prng_1 = require("./prng");
const types_1 = require("./types");
exports.RECS_DEVICES = ['ios', 'android', 'web'];
exports.RECS_PRICE_BANDS = ['low', 'mid', 'high'];
const DEVICE_WEIGHTS = [
    ['ios', 40],
    ['android', 40],
    ['web', 20],
];
const PRICE_WEIGHTS = [
    ['low', 50],
    ['mid', 35],
    ['high', 15],
];
function drawFeatures(u, c) {
    const affinityShift = c.driftedFeatures.has('category_affinity') ? 0.3 : 0;
    const features = {
        session_length_seconds: (0, prng_1.round)((0, prng_1.clamp)((0, prng_1.logNormal)(u, Math.log(180), 0.8), 1, 7200), 1),
        items_viewed: Math.min((0, prng_1.poisson)(u, 8), 500),
        user_tenure_days: Math.round((0, prng_1.clamp)((0, prng_1.exponential)(u, 400), 0, 5000)),
        device: (0, prng_1.weighted)(u, DEVICE_WEIGHTS),
        category_affinity: (0, prng_1.round)((0, prng_1.clamp)((u() + u() + u()) / 3 + affinityShift, 0, 1), 4),
        price_band: (0, prng_1.weighted)(u, PRICE_WEIGHTS),
    };
    for (const name of Object.keys(features)) {
        if (c.missingFeatures.has(name) && u() < types_1.MISSING_SHARE_IN_INCIDENT)
            features[name] = null;
    }
    return features;
}
function num(v, fallback) {
    return typeof v === 'number' ? v : fallback;
}
function predict(f) {
    const logit = -1.0 +
        2.4 * (num(f.category_affinity, 0.5) - 0.5) +
        0.08 * (num(f.items_viewed, 8) - 8) +
        0.3 * Math.log(num(f.session_length_seconds, 180) / 180) +
        (f.price_band === 'low' ? 0.3 : f.price_band === 'high' ? -0.4 : 0);
    const p = 1 / (1 + Math.exp(-logit));
    return { prediction: p >= 0.5 ? 'click' : 'skip', confidence: (0, prng_1.round)(Math.max(p, 1 - p), 4) };
}
function drawServing(u, c) {
    // A spike: the slow path (a feature-store timeout and retry) is taken by most requests.
    const slow = c.latencySpike && u() < 0.7;
    const latency = (0, prng_1.logNormal)(u, Math.log(0.04), 0.3) + (slow ? 0.25 + (0, prng_1.exponential)(u, 0.15) : 0);
    return { latency: (0, prng_1.round)(latency, 5), error: u() < (c.latencySpike ? 0.03 : 0.003) };
}
exports.RECS_MODEL = {
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
//# sourceMappingURL=recsModel.js.map