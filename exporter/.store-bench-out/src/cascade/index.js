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
exports.exactSum = exports.formatShare = exports.formatValue = exports.formatDuration = exports.formatNumber = exports.signalFeature = exports.signalLabel = exports.isLeaf = exports.modelsBeneath = exports.edgesOf = exports.topologicalOrder = exports.cascadeSpecProblems = exports.meetsTrigger = exports.nextTriggerSince = exports.evaluateRetrainTriggers = exports.decayProblem = exports.decayAge = exports.decayFactor = exports.impactFields = exports.exposureOf = exports.lossProblem = exports.lossFraction = exports.contributions = exports.applyUnknownPolicy = exports.rollupKOfN = exports.rollupWeightedMean = exports.rollupWorstOf = exports.rollup = exports.valueThresholdsProblem = exports.scoreThresholdsProblem = exports.scoreOfStatus = exports.statusFromScore = exports.statusFromValue = exports.linearAnchors = exports.scoreValue = exports.explainNode = exports.topCause = exports.applyScenario = exports.evaluateScenario = exports.evaluateCascade = void 0;
/**
 * The cascade engine (pure): base observations and the spec in, a `CascadeSnapshot` out; what-if
 * scenarios, explanations and the building blocks other layers reuse. Semantics: `docs/cascade.md`.
 */
var evaluate_1 = require("./evaluate");
Object.defineProperty(exports, "evaluateCascade", { enumerable: true, get: function () { return evaluate_1.evaluateCascade; } });
var scenario_1 = require("./scenario");
Object.defineProperty(exports, "evaluateScenario", { enumerable: true, get: function () { return scenario_1.evaluateScenario; } });
Object.defineProperty(exports, "applyScenario", { enumerable: true, get: function () { return scenario_1.applyScenario; } });
var explain_1 = require("./explain");
Object.defineProperty(exports, "topCause", { enumerable: true, get: function () { return explain_1.topCause; } });
Object.defineProperty(exports, "explainNode", { enumerable: true, get: function () { return explain_1.explainNode; } });
var mapping_1 = require("./mapping");
Object.defineProperty(exports, "scoreValue", { enumerable: true, get: function () { return mapping_1.scoreValue; } });
Object.defineProperty(exports, "linearAnchors", { enumerable: true, get: function () { return mapping_1.linearAnchors; } });
var thresholds_1 = require("./thresholds");
Object.defineProperty(exports, "statusFromValue", { enumerable: true, get: function () { return thresholds_1.statusFromValue; } });
Object.defineProperty(exports, "statusFromScore", { enumerable: true, get: function () { return thresholds_1.statusFromScore; } });
Object.defineProperty(exports, "scoreOfStatus", { enumerable: true, get: function () { return thresholds_1.scoreOfStatus; } });
Object.defineProperty(exports, "scoreThresholdsProblem", { enumerable: true, get: function () { return thresholds_1.scoreThresholdsProblem; } });
Object.defineProperty(exports, "valueThresholdsProblem", { enumerable: true, get: function () { return thresholds_1.valueThresholdsProblem; } });
var rollup_1 = require("./rollup");
Object.defineProperty(exports, "rollup", { enumerable: true, get: function () { return rollup_1.rollup; } });
Object.defineProperty(exports, "rollupWorstOf", { enumerable: true, get: function () { return rollup_1.rollupWorstOf; } });
Object.defineProperty(exports, "rollupWeightedMean", { enumerable: true, get: function () { return rollup_1.rollupWeightedMean; } });
Object.defineProperty(exports, "rollupKOfN", { enumerable: true, get: function () { return rollup_1.rollupKOfN; } });
var unknown_1 = require("./unknown");
Object.defineProperty(exports, "applyUnknownPolicy", { enumerable: true, get: function () { return unknown_1.applyUnknownPolicy; } });
var contributions_1 = require("./contributions");
Object.defineProperty(exports, "contributions", { enumerable: true, get: function () { return contributions_1.contributions; } });
var impact_1 = require("./impact");
Object.defineProperty(exports, "lossFraction", { enumerable: true, get: function () { return impact_1.lossFraction; } });
Object.defineProperty(exports, "lossProblem", { enumerable: true, get: function () { return impact_1.lossProblem; } });
Object.defineProperty(exports, "exposureOf", { enumerable: true, get: function () { return impact_1.exposureOf; } });
Object.defineProperty(exports, "impactFields", { enumerable: true, get: function () { return impact_1.impactFields; } });
var decay_1 = require("./decay");
Object.defineProperty(exports, "decayFactor", { enumerable: true, get: function () { return decay_1.decayFactor; } });
Object.defineProperty(exports, "decayAge", { enumerable: true, get: function () { return decay_1.decayAge; } });
Object.defineProperty(exports, "decayProblem", { enumerable: true, get: function () { return decay_1.decayProblem; } });
var retrain_1 = require("./retrain");
Object.defineProperty(exports, "evaluateRetrainTriggers", { enumerable: true, get: function () { return retrain_1.evaluateRetrainTriggers; } });
Object.defineProperty(exports, "nextTriggerSince", { enumerable: true, get: function () { return retrain_1.nextTriggerSince; } });
Object.defineProperty(exports, "meetsTrigger", { enumerable: true, get: function () { return retrain_1.meetsTrigger; } });
var check_1 = require("./check");
Object.defineProperty(exports, "cascadeSpecProblems", { enumerable: true, get: function () { return check_1.cascadeSpecProblems; } });
var graph_1 = require("./graph");
Object.defineProperty(exports, "topologicalOrder", { enumerable: true, get: function () { return graph_1.topologicalOrder; } });
Object.defineProperty(exports, "edgesOf", { enumerable: true, get: function () { return graph_1.edgesOf; } });
Object.defineProperty(exports, "modelsBeneath", { enumerable: true, get: function () { return graph_1.modelsBeneath; } });
Object.defineProperty(exports, "isLeaf", { enumerable: true, get: function () { return graph_1.isLeaf; } });
var labels_1 = require("./labels");
Object.defineProperty(exports, "signalLabel", { enumerable: true, get: function () { return labels_1.signalLabel; } });
Object.defineProperty(exports, "signalFeature", { enumerable: true, get: function () { return labels_1.signalFeature; } });
var format_1 = require("./format");
Object.defineProperty(exports, "formatNumber", { enumerable: true, get: function () { return format_1.formatNumber; } });
Object.defineProperty(exports, "formatDuration", { enumerable: true, get: function () { return format_1.formatDuration; } });
Object.defineProperty(exports, "formatValue", { enumerable: true, get: function () { return format_1.formatValue; } });
Object.defineProperty(exports, "formatShare", { enumerable: true, get: function () { return format_1.formatShare; } });
var exactSum_1 = require("./exactSum");
Object.defineProperty(exports, "exactSum", { enumerable: true, get: function () { return exactSum_1.exactSum; } });
__exportStar(require("./status"), exports);
__exportStar(require("./types"), exports);
//# sourceMappingURL=index.js.map