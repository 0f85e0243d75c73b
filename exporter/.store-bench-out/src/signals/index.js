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
exports.AnomalyHistory = exports.robustZScore = exports.LATENCY_BUCKETS = exports.evaluateBaseNodes = exports.referenceFromJSON = exports.referenceToJSON = exports.buildReferenceProfile = exports.monitorConfigFromSpec = exports.ModelMonitor = void 0;
/**
 * The signals layer: raw prediction events, reference data and PromQL readings in; base-node
 * observations and detail statistics out. docs/signals.md describes every signal, the window sketch,
 * minimum sample sizes and accuracy.
 *
 * Public API (the server and the store code against this file only):
 *
 *   const monitor = new ModelMonitor(monitorConfigFromSpec(spec, 'fraud'), { now, reference });
 *   monitor.ingest(events, now);                 // events from ingest/validateEvents (accepted batch)
 *   monitor.ingestLabels(labels, now);           // late ground truth, joined by id
 *   monitor.recordPolicyViolation(now);          // governance fact
 *   monitor.setReference(buildReferenceProfile(model, rows, now), now);   // restarts the window
 *   monitor.setModelFacts({ version, trainedAt });
 *   monitor.trackedCategories('country');        // for validateEvents' category limit
 *   const ev = monitor.evaluate(now);            // ModelEvaluation: observations, anomalyScores, detail
 *   const state = monitor.toJSON();              // JSON-safe; ModelMonitor.fromJSON(config, state, {reference})
 *
 *   const all = evaluateBaseNodes(spec, monitors, sourceManager, now);   // every base node of the spec
 *
 * Every method is synchronous and takes the clock as `now` (Unix seconds); nothing here does I/O.
 */
var monitor_1 = require("./monitor");
Object.defineProperty(exports, "ModelMonitor", { enumerable: true, get: function () { return monitor_1.ModelMonitor; } });
Object.defineProperty(exports, "monitorConfigFromSpec", { enumerable: true, get: function () { return monitor_1.monitorConfigFromSpec; } });
var reference_1 = require("./reference");
Object.defineProperty(exports, "buildReferenceProfile", { enumerable: true, get: function () { return reference_1.buildReferenceProfile; } });
Object.defineProperty(exports, "referenceToJSON", { enumerable: true, get: function () { return reference_1.referenceToJSON; } });
Object.defineProperty(exports, "referenceFromJSON", { enumerable: true, get: function () { return reference_1.referenceFromJSON; } });
var evaluateBaseNodes_1 = require("./evaluateBaseNodes");
Object.defineProperty(exports, "evaluateBaseNodes", { enumerable: true, get: function () { return evaluateBaseNodes_1.evaluateBaseNodes; } });
var latencyBuckets_1 = require("./latencyBuckets");
Object.defineProperty(exports, "LATENCY_BUCKETS", { enumerable: true, get: function () { return latencyBuckets_1.LATENCY_BUCKETS; } });
var anomaly_1 = require("./anomaly");
Object.defineProperty(exports, "robustZScore", { enumerable: true, get: function () { return anomaly_1.robustZScore; } });
Object.defineProperty(exports, "AnomalyHistory", { enumerable: true, get: function () { return anomaly_1.AnomalyHistory; } });
__exportStar(require("./types"), exports);
//# sourceMappingURL=index.js.map