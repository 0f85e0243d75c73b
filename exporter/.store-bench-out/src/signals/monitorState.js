"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MONITOR_STATE_FORMAT = void 0;
exports.serializeCore = serializeCore;
exports.restoreCore = restoreCore;
const bucketJson_1 = require("./bucketJson");
const windowBucket_1 = require("./windowBucket");
exports.MONITOR_STATE_FORMAT = 'mlhealth-monitor/1';
/** The JSON-safe state of a core. O(state size). */
function serializeCore(core) {
    const names = core.config.model.features.map((f) => f.name);
    const v = core.rules.violationTotals;
    return {
        format: exports.MONITOR_STATE_FORMAT,
        model: core.config.model.id,
        windowStartedAt: core.windowStartedAt,
        lastEventAt: core.lastEventAt,
        version: core.version,
        trainedAt: core.trainedAt,
        totals: { ...core.totals, latencyCounts: [...core.totals.latencyCounts] },
        violationTotals: Object.fromEntries(names.map((n, i) => [n, Array.from(v.subarray(i * windowBucket_1.VIOLATION_SLOTS, (i + 1) * windowBucket_1.VIOLATION_SLOTS))])),
        ringSequence: core.ring.sequence,
        buckets: core.ring.allocated().map(bucketJson_1.bucketToJSON),
        labelSequence: core.labelRing.sequence,
        labelBuckets: core.labelRing.allocated().map((b) => ({ ...b, lastAt: (0, bucketJson_1.finiteOrNull)(b.lastAt) })),
        pending: core.pending.entries(),
        categories: core.rules.tracker.toJSON(),
        anomaly: core.anomaly.toJSON(),
        pinned: core.pinned ? core.pinned.toJSON() : null,
    };
}
/**
 * Loads `state` into a fresh core of the same model. Throws when the format or the model differs, so a
 * store is never silently misread.
 */
function restoreCore(core, state) {
    if (state?.format !== exports.MONITOR_STATE_FORMAT)
        throw new Error(`ModelMonitor.fromJSON: format is ${String(state?.format)}, expected ${exports.MONITOR_STATE_FORMAT}`);
    if (state.model !== core.config.model.id)
        throw new Error(`ModelMonitor.fromJSON: state is for model ${state.model}, expected ${core.config.model.id}`);
    Object.assign(core, {
        windowStartedAt: state.windowStartedAt,
        lastEventAt: state.lastEventAt,
        version: state.version,
        trainedAt: state.trainedAt,
    });
    core.totals = { ...state.totals, latencyCounts: [...state.totals.latencyCounts] };
    core.config.model.features.forEach((f, i) => (state.violationTotals[f.name] ?? []).forEach((c, k) => (core.rules.violationTotals[i * windowBucket_1.VIOLATION_SLOTS + k] = c)));
    core.rules.tracker.restore(state.categories);
    core.ring.sequence = state.ringSequence;
    for (const json of state.buckets) {
        const bucket = core.ring.bucketAt(json.index);
        if (bucket)
            (0, bucketJson_1.bucketFromJSON)(json, bucket);
    }
    core.labelRing.sequence = state.labelSequence;
    for (const json of state.labelBuckets) {
        const bucket = core.labelRing.bucketAt(json.index);
        if (bucket)
            Object.assign(bucket, json, { lastAt: json.lastAt ?? -Infinity });
    }
    for (const [id, prediction, at] of state.pending)
        core.pending.remember(id, prediction, at);
    core.anomaly.restore(state.anomaly);
    if (core.pinned && state.pinned)
        core.pinned.restore(state.pinned);
}
//# sourceMappingURL=monitorState.js.map