"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseNdjson = exports.parseBatchBody = exports.MAX_REFERENCE_ROWS = exports.referenceRowFromRecord = exports.validateReferenceRows = exports.validateLabels = exports.MAX_LISTED_PROBLEMS = exports.validateEvents = void 0;
/**
 * Ingest: validation at the boundary. Request bodies (JSON arrays or NDJSON) in; normalised, typed
 * events, labels and reference rows out, or every problem with its JSON path and the refused items
 * counted by reason. Pure: no I/O, no clock.
 *
 *   const r = validateEvents(model, body, { limits, trackedCategories: (f) => monitor.trackedCategories(f) });
 *   if (!r.ok) → 4xx {error, details: r.details}; count r.reasons into mlhealth_ingest_rejected_events_total
 *   else monitor.ingest(r.events, now)
 */
var validateEvents_1 = require("./validateEvents");
Object.defineProperty(exports, "validateEvents", { enumerable: true, get: function () { return validateEvents_1.validateEvents; } });
Object.defineProperty(exports, "MAX_LISTED_PROBLEMS", { enumerable: true, get: function () { return validateEvents_1.MAX_LISTED_PROBLEMS; } });
var validateLabels_1 = require("./validateLabels");
Object.defineProperty(exports, "validateLabels", { enumerable: true, get: function () { return validateLabels_1.validateLabels; } });
var validateReference_1 = require("./validateReference");
Object.defineProperty(exports, "validateReferenceRows", { enumerable: true, get: function () { return validateReference_1.validateReferenceRows; } });
Object.defineProperty(exports, "referenceRowFromRecord", { enumerable: true, get: function () { return validateReference_1.referenceRowFromRecord; } });
Object.defineProperty(exports, "MAX_REFERENCE_ROWS", { enumerable: true, get: function () { return validateReference_1.MAX_REFERENCE_ROWS; } });
var parseBody_1 = require("./parseBody");
Object.defineProperty(exports, "parseBatchBody", { enumerable: true, get: function () { return parseBody_1.parseBatchBody; } });
Object.defineProperty(exports, "parseNdjson", { enumerable: true, get: function () { return parseBody_1.parseNdjson; } });
__exportStar(require("./types"), exports);
//# sourceMappingURL=index.js.map