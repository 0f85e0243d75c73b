"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VIOLATION_KINDS = exports.OTHER_CATEGORY = exports.DEFAULT_MONITOR_OPTIONS = void 0;
exports.DEFAULT_MONITOR_OPTIONS = {
    windowBuckets: 60,
    fineBins: 128,
    maxReferenceSample: 10_000,
    maxCategories: 1_000,
    maxPendingLabels: 20_000,
    anomalyHistory: 60,
    minDriftSamples: 30,
    minPerformanceSamples: 30,
};
/** The category every category past `maxCategories` is counted under. */
exports.OTHER_CATEGORY = '__other__';
exports.VIOLATION_KINDS = ['type', 'range', 'unseen_category'];
//# sourceMappingURL=types.js.map