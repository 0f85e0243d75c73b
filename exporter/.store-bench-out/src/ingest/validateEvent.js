"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateEvent = validateEvent;
const eventFields_1 = require("./eventFields");
const fieldChecks_1 = require("./fieldChecks");
const parseBody_1 = require("./parseBody");
const validateFeatures_1 = require("./validateFeatures");
/**
 * Validates and normalises event number `at` of a batch. Returns the event, or null after pushing
 * every problem onto `problems` (paths like `[3].confidence`). Nothing is allocated beyond the event
 * on the success path: JSON paths are built only for problems. O(fields + features). Throws nothing.
 */
function validateEvent(raw, at, ctx, problems) {
    if (!(0, fieldChecks_1.isObject)(raw)) {
        const message = `event must be an object, got ${(0, parseBody_1.describe)(raw)}`;
        problems.push({ path: `[${at}]`, reason: 'malformed', message });
        return null;
    }
    const before = problems.length;
    (0, eventFields_1.checkEventKeys)(raw, at, problems);
    const timestamp = (0, eventFields_1.timestampOf)(raw.timestamp, at, problems);
    const id = (0, eventFields_1.idOf)(raw.id, at, ctx, problems);
    const prediction = (0, eventFields_1.predictionOf)(raw.prediction, at, ctx, problems);
    const confidence = (0, eventFields_1.confidenceOf)(raw.confidence, at, problems);
    const latencySeconds = (0, eventFields_1.latencyOf)(raw.latency_seconds, at, problems);
    const error = (0, eventFields_1.errorOf)(raw.error, at, ctx, problems);
    const attributions = (0, eventFields_1.attributionsOf)(raw.attributions, at, ctx, problems);
    const features = (0, validateFeatures_1.checkFeatures)(raw.features, at, ctx, problems);
    if (problems.length > before || features === null)
        return null;
    // One literal in one field order: every event has the same shape, so the monitor's reads stay monomorphic.
    return {
        timestamp,
        id,
        features,
        typeViolations: ctx.typeViolations,
        prediction,
        confidence,
        latencySeconds,
        error,
        attributions,
    };
}
//# sourceMappingURL=validateEvent.js.map