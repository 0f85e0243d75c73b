"use strict";
/**
 * The shapes ingest produces: validated, normalised prediction events and label records. Everything
 * below ingest (signals, store) receives these and never re-validates.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_INGEST_LIMITS = exports.REJECT_REASONS = void 0;
exports.REJECT_REASONS = [
    'malformed',
    'unknown_feature',
    'type',
    'confidence_range',
    'negative_latency',
    'non_finite',
    'invalid_field',
    'too_many_categories',
    'too_many_events',
    'too_many_features',
];
exports.DEFAULT_INGEST_LIMITS = {
    maxEventsPerBatch: 10_000,
    maxFeatures: 200,
    maxCategoriesPerFeature: 1_000,
    maxStringLength: 256,
};
//# sourceMappingURL=types.js.map