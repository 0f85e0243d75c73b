"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_LISTED_PROBLEMS = void 0;
exports.validateEvents = validateEvents;
const parseBody_1 = require("./parseBody");
const types_1 = require("./types");
const featureTable_1 = require("./featureTable");
const validateEvent_1 = require("./validateEvent");
const validateFeatures_1 = require("./validateFeatures");
/** At most this many problems are listed (the counts by reason stay complete). */
exports.MAX_LISTED_PROBLEMS = 100;
/**
 * Validates a batch body (parsed JSON array, or JSON/NDJSON text) against `model`.
 *
 * Convention: each refused event counts once, under the reason of its first problem; a body that cannot
 * be read at all counts as one `malformed` (or `non_finite`) event; a batch over `maxEventsPerBatch`
 * counts all its events as `too_many_events`; a model over `maxFeatures` refuses every event as
 * `too_many_features`. NDJSON problems name their line. See `validateEvent.ts` for what is refused
 * and what is accepted as a measured schema violation (the model's `type_mismatch` policy decides for
 * mistyped feature values).
 * Complexity: O(events × features). Throws nothing.
 * @example validateEvents(model, [{ features: { amount: 'x' } }]).ok // false under `type_mismatch: reject`
 */
function validateEvents(model, body, options = {}) {
    const limits = { ...types_1.DEFAULT_INGEST_LIMITS, ...options.limits };
    const parsed = (0, parseBody_1.parseBatchBody)(body);
    if (!parsed.ok)
        return {
            ok: false,
            details: parsed.details.slice(0, exports.MAX_LISTED_PROBLEMS),
            reasons: parsed.reasons,
            total: parsed.total,
        };
    const items = parsed.items;
    if (items.length > limits.maxEventsPerBatch) {
        return refuseAll(items.length, 'too_many_events', `batch has ${items.length} events, limit ${limits.maxEventsPerBatch}`);
    }
    if (model.features.length > limits.maxFeatures) {
        return refuseAll(items.length, 'too_many_features', `model ${model.id} declares ${model.features.length} features, limit ${limits.maxFeatures}`);
    }
    const ctx = {
        model,
        table: (0, featureTable_1.featureTable)(model),
        limits,
        trackedCategories: options.trackedCategories,
        tracked: [],
        batchCategories: [],
        typeViolations: validateFeatures_1.NO_TYPE_VIOLATIONS,
    };
    const events = new Array(items.length);
    const problems = [];
    const rejection = { ok: false, details: [], reasons: {}, total: items.length };
    for (let i = 0; i < items.length; i++) {
        const before = problems.length;
        const event = (0, validateEvent_1.validateEvent)(items[i], i, ctx, problems);
        if (event !== null) {
            events[i] = event;
            continue;
        }
        const first = problems[before].reason;
        rejection.reasons[first] = (rejection.reasons[first] ?? 0) + 1;
        const lineNote = parsed.lines ? ` (line ${parsed.lines[i]})` : '';
        for (let p = before; p < problems.length && rejection.details.length < exports.MAX_LISTED_PROBLEMS; p++)
            rejection.details.push({ path: problems[p].path, message: problems[p].message + lineNote });
    }
    return problems.length > 0 ? rejection : { ok: true, events };
}
function refuseAll(total, reason, message) {
    return { ok: false, details: [{ path: '$', message }], reasons: { [reason]: Math.max(total, 1) }, total };
}
//# sourceMappingURL=validateEvents.js.map