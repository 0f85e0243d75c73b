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
exports.impactTable = exports.describeChange = exports.formatAmount = exports.formatTable = exports.scenarioJson = exports.evaluateNamedScenarios = exports.inputsFromJson = exports.isBaseNode = exports.healthyValue = exports.healthyObservation = exports.healthyInputs = exports.impactDeltas = exports.ScenarioRequestError = exports.runScenario = exports.requestChanges = exports.marketChanges = exports.scenarioRequestProblems = exports.parseScenarioRequest = void 0;
/**
 * What-if scenarios over the cascade engine: request validation, runs against live or offline inputs,
 * impact deltas, named scenarios for `mlhealth_scenario_business_impact`. Semantics: `docs/whatif.md`.
 */
__exportStar(require("./types"), exports);
var request_1 = require("./request");
Object.defineProperty(exports, "parseScenarioRequest", { enumerable: true, get: function () { return request_1.parseScenarioRequest; } });
var specCheck_1 = require("./specCheck");
Object.defineProperty(exports, "scenarioRequestProblems", { enumerable: true, get: function () { return specCheck_1.scenarioRequestProblems; } });
var market_1 = require("./market");
Object.defineProperty(exports, "marketChanges", { enumerable: true, get: function () { return market_1.marketChanges; } });
Object.defineProperty(exports, "requestChanges", { enumerable: true, get: function () { return market_1.requestChanges; } });
var run_1 = require("./run");
Object.defineProperty(exports, "runScenario", { enumerable: true, get: function () { return run_1.runScenario; } });
Object.defineProperty(exports, "ScenarioRequestError", { enumerable: true, get: function () { return run_1.ScenarioRequestError; } });
var delta_1 = require("./delta");
Object.defineProperty(exports, "impactDeltas", { enumerable: true, get: function () { return delta_1.impactDeltas; } });
var baseline_1 = require("./baseline");
Object.defineProperty(exports, "healthyInputs", { enumerable: true, get: function () { return baseline_1.healthyInputs; } });
Object.defineProperty(exports, "healthyObservation", { enumerable: true, get: function () { return baseline_1.healthyObservation; } });
Object.defineProperty(exports, "healthyValue", { enumerable: true, get: function () { return baseline_1.healthyValue; } });
Object.defineProperty(exports, "isBaseNode", { enumerable: true, get: function () { return baseline_1.isBaseNode; } });
var inputsJson_1 = require("./inputsJson");
Object.defineProperty(exports, "inputsFromJson", { enumerable: true, get: function () { return inputsJson_1.inputsFromJson; } });
var named_1 = require("./named");
Object.defineProperty(exports, "evaluateNamedScenarios", { enumerable: true, get: function () { return named_1.evaluateNamedScenarios; } });
var json_1 = require("./json");
Object.defineProperty(exports, "scenarioJson", { enumerable: true, get: function () { return json_1.scenarioJson; } });
var table_1 = require("./table");
Object.defineProperty(exports, "formatTable", { enumerable: true, get: function () { return table_1.formatTable; } });
Object.defineProperty(exports, "formatAmount", { enumerable: true, get: function () { return table_1.formatAmount; } });
Object.defineProperty(exports, "describeChange", { enumerable: true, get: function () { return table_1.describeChange; } });
Object.defineProperty(exports, "impactTable", { enumerable: true, get: function () { return table_1.impactTable; } });
//# sourceMappingURL=index.js.map