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
exports.dependencyTable = exports.dependencyMermaid = exports.dependencyReport = exports.simulateFailure = exports.failureChanges = exports.failureReaches = exports.vertexId = exports.baseInputs = exports.buildDependencyGraph = void 0;
/**
 * Dependency risk: the graph from raw inputs to business outcomes, and its single points of failure
 * priced through the scenario engine. Semantics: `docs/whatif.md`.
 */
__exportStar(require("./types"), exports);
var graph_1 = require("./graph");
Object.defineProperty(exports, "buildDependencyGraph", { enumerable: true, get: function () { return graph_1.buildDependencyGraph; } });
var signalInputs_1 = require("./signalInputs");
Object.defineProperty(exports, "baseInputs", { enumerable: true, get: function () { return signalInputs_1.baseInputs; } });
Object.defineProperty(exports, "vertexId", { enumerable: true, get: function () { return signalInputs_1.vertexId; } });
var reach_1 = require("./reach");
Object.defineProperty(exports, "failureReaches", { enumerable: true, get: function () { return reach_1.failureReaches; } });
var simulate_1 = require("./simulate");
Object.defineProperty(exports, "failureChanges", { enumerable: true, get: function () { return simulate_1.failureChanges; } });
Object.defineProperty(exports, "simulateFailure", { enumerable: true, get: function () { return simulate_1.simulateFailure; } });
var report_1 = require("./report");
Object.defineProperty(exports, "dependencyReport", { enumerable: true, get: function () { return report_1.dependencyReport; } });
var format_1 = require("./format");
Object.defineProperty(exports, "dependencyMermaid", { enumerable: true, get: function () { return format_1.dependencyMermaid; } });
Object.defineProperty(exports, "dependencyTable", { enumerable: true, get: function () { return format_1.dependencyTable; } });
//# sourceMappingURL=index.js.map