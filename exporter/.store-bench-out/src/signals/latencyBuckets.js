"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LATENCY_BUCKETS = void 0;
/**
 * Bucket bounds (seconds) of the `mlhealth_prediction_latency_seconds` histogram. Fixed, so that the
 * exposition layer renders `_bucket{le}` series from `ModelDetail.latency.counts` and SLO objectives
 * (`objective.latency_below`) can name one of these bounds. Prometheus's default buckets plus finer
 * steps below 5 ms and coarser ones up to 30 s, as model serving spans both.
 */
exports.LATENCY_BUCKETS = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10, 30,
];
//# sourceMappingURL=latencyBuckets.js.map