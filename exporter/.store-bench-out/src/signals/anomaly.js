"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AnomalyHistory = exports.MAX_ANOMALY_SCORE = exports.MIN_ANOMALY_HISTORY = void 0;
exports.robustZScore = robustZScore;
/**
 * The anomaly score of a base node: a robust z-score of its newest value against its own recent
 * history, z = (x − median) / (1.4826 · MAD). 1.4826 makes MAD a consistent estimator of σ for normal
 * data, so |z| reads like a z-score but one wild past value cannot mask the next. When MAD is 0 (a flat
 * history) the mean absolute deviation × 1.2533 stands in; when that is 0 too, z is 0 for a value equal
 * to the history and ±`MAX_ANOMALY_SCORE` otherwise. |z| is capped at `MAX_ANOMALY_SCORE`.
 */
const simple_statistics_1 = require("simple-statistics");
/** Values of history needed before a score is given. */
exports.MIN_ANOMALY_HISTORY = 10;
exports.MAX_ANOMALY_SCORE = 100;
/**
 * Robust z-score of `x` against `history` (the values before it); null with fewer than
 * `MIN_ANOMALY_HISTORY` values. Complexity O(n log n). Throws nothing.
 * @example robustZScore([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 20) // (20 − 5.5) / (1.4826 × 2.5) ≈ 3.912
 */
function robustZScore(history, x) {
    if (history.length < exports.MIN_ANOMALY_HISTORY || !Number.isFinite(x))
        return null;
    const center = (0, simple_statistics_1.median)(history);
    let scale = 1.4826 * (0, simple_statistics_1.medianAbsoluteDeviation)(history);
    if (scale === 0) {
        const meanAbs = history.reduce((s, v) => s + Math.abs(v - center), 0) / history.length;
        scale = 1.2533 * meanAbs;
    }
    if (scale === 0)
        return x === center ? 0 : Math.sign(x - center) * exports.MAX_ANOMALY_SCORE;
    const z = (x - center) / scale;
    return Math.max(-exports.MAX_ANOMALY_SCORE, Math.min(exports.MAX_ANOMALY_SCORE, z));
}
/** The recent values of each base node (bounded per node), recorded once per evaluation interval. */
class AnomalyHistory {
    capacity;
    interval;
    values = new Map();
    lastRecordedAt = -Infinity;
    constructor(capacity, interval) {
        this.capacity = capacity;
        this.interval = interval;
    }
    /**
     * Scores `observations` against the history, then records them when at least half an evaluation
     * interval has passed since the last recording (so extra evaluations do not flood the history).
     */
    scoreAndRecord(observations, now) {
        const scores = {};
        for (const o of observations)
            scores[o.node] = o.value === null ? null : robustZScore(this.values.get(o.node) ?? [], o.value);
        if (now - this.lastRecordedAt >= this.interval / 2) {
            this.lastRecordedAt = now;
            for (const o of observations) {
                if (o.value === null || !Number.isFinite(o.value))
                    continue;
                const list = this.values.get(o.node) ?? [];
                list.push(o.value);
                if (list.length > this.capacity)
                    list.shift();
                this.values.set(o.node, list);
            }
        }
        return scores;
    }
    toJSON() {
        return {
            lastRecordedAt: Number.isFinite(this.lastRecordedAt) ? this.lastRecordedAt : null,
            values: [...this.values],
        };
    }
    restore(state) {
        this.lastRecordedAt = state.lastRecordedAt ?? -Infinity;
        for (const [node, list] of state.values)
            this.values.set(node, list.slice(-this.capacity));
    }
}
exports.AnomalyHistory = AnomalyHistory;
//# sourceMappingURL=anomaly.js.map