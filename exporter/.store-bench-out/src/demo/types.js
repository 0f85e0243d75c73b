"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CALM = exports.MISSING_SHARE_IN_INCIDENT = void 0;
/** Share of events whose feature is null while a missing-values incident runs. */
exports.MISSING_SHARE_IN_INCIDENT = 0.6;
exports.CALM = {
    driftedFeatures: new Set(),
    missingFeatures: new Set(),
    latencySpike: false,
};
//# sourceMappingURL=types.js.map