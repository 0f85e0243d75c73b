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
exports.nodeDefinition = exports.auditThresholds = exports.auditGaps = exports.auditNodes = exports.DEFAULT_JOB = exports.rangeStep = exports.auditQueries = exports.seriesOfAnswer = exports.fetchAuditData = exports.renderAuditMarkdown = exports.buildAuditReport = void 0;
/**
 * The audit report (`mlhealth audit`): a pure builder from the spec and Prometheus answers, the
 * Markdown rendering, and the Prometheus fetcher. Semantics: `docs/audit.md`.
 */
__exportStar(require("./types"), exports);
var report_1 = require("./report");
Object.defineProperty(exports, "buildAuditReport", { enumerable: true, get: function () { return report_1.buildAuditReport; } });
var markdown_1 = require("./markdown");
Object.defineProperty(exports, "renderAuditMarkdown", { enumerable: true, get: function () { return markdown_1.renderAuditMarkdown; } });
var prometheus_1 = require("./prometheus");
Object.defineProperty(exports, "fetchAuditData", { enumerable: true, get: function () { return prometheus_1.fetchAuditData; } });
Object.defineProperty(exports, "seriesOfAnswer", { enumerable: true, get: function () { return prometheus_1.seriesOfAnswer; } });
var queries_1 = require("./queries");
Object.defineProperty(exports, "auditQueries", { enumerable: true, get: function () { return queries_1.auditQueries; } });
Object.defineProperty(exports, "rangeStep", { enumerable: true, get: function () { return queries_1.rangeStep; } });
Object.defineProperty(exports, "DEFAULT_JOB", { enumerable: true, get: function () { return queries_1.DEFAULT_JOB; } });
var nodes_1 = require("./nodes");
Object.defineProperty(exports, "auditNodes", { enumerable: true, get: function () { return nodes_1.auditNodes; } });
Object.defineProperty(exports, "auditGaps", { enumerable: true, get: function () { return nodes_1.auditGaps; } });
var thresholds_1 = require("./thresholds");
Object.defineProperty(exports, "auditThresholds", { enumerable: true, get: function () { return thresholds_1.auditThresholds; } });
var definition_1 = require("./definition");
Object.defineProperty(exports, "nodeDefinition", { enumerable: true, get: function () { return definition_1.nodeDefinition; } });
//# sourceMappingURL=index.js.map