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
exports.REFERENCE_COMPUTABLE = exports.ALLOWED_CHILD_TIERS = exports.defaultThresholds = exports.signalUnit = exports.signalDirection = exports.signalBounds = exports.SIGNAL_KIND_INFO = exports.SPEC_SCHEMA = exports.SPEC_DEFAULTS = exports.serializeSpec = exports.parseTimestamp = exports.formatTimestamp = exports.parseDuration = exports.formatDuration = exports.SpecReadError = exports.loadSpecFile = exports.analyzeSpecFile = exports.sha256Hex = exports.parseSpec = exports.analyzeSpec = exports.formatPath = exports.formatIssueLine = exports.formatIssueForCli = exports.SpecError = void 0;
/**
 * The cascade spec: types, loader, serializer and helpers. Everything outside `spec/` imports from here.
 */
__exportStar(require("./types"), exports);
var issues_1 = require("./issues");
Object.defineProperty(exports, "SpecError", { enumerable: true, get: function () { return issues_1.SpecError; } });
Object.defineProperty(exports, "formatIssueForCli", { enumerable: true, get: function () { return issues_1.formatIssueForCli; } });
Object.defineProperty(exports, "formatIssueLine", { enumerable: true, get: function () { return issues_1.formatIssueLine; } });
Object.defineProperty(exports, "formatPath", { enumerable: true, get: function () { return issues_1.formatPath; } });
var parse_1 = require("./parse");
Object.defineProperty(exports, "analyzeSpec", { enumerable: true, get: function () { return parse_1.analyzeSpec; } });
Object.defineProperty(exports, "parseSpec", { enumerable: true, get: function () { return parse_1.parseSpec; } });
Object.defineProperty(exports, "sha256Hex", { enumerable: true, get: function () { return parse_1.sha256Hex; } });
var load_1 = require("./load");
Object.defineProperty(exports, "analyzeSpecFile", { enumerable: true, get: function () { return load_1.analyzeSpecFile; } });
Object.defineProperty(exports, "loadSpecFile", { enumerable: true, get: function () { return load_1.loadSpecFile; } });
Object.defineProperty(exports, "SpecReadError", { enumerable: true, get: function () { return load_1.SpecReadError; } });
var duration_1 = require("./duration");
Object.defineProperty(exports, "formatDuration", { enumerable: true, get: function () { return duration_1.formatDuration; } });
Object.defineProperty(exports, "parseDuration", { enumerable: true, get: function () { return duration_1.parseDuration; } });
var timestamp_1 = require("./timestamp");
Object.defineProperty(exports, "formatTimestamp", { enumerable: true, get: function () { return timestamp_1.formatTimestamp; } });
Object.defineProperty(exports, "parseTimestamp", { enumerable: true, get: function () { return timestamp_1.parseTimestamp; } });
var serialize_1 = require("./serialize");
Object.defineProperty(exports, "serializeSpec", { enumerable: true, get: function () { return serialize_1.serializeSpec; } });
var convert_1 = require("./convert");
Object.defineProperty(exports, "SPEC_DEFAULTS", { enumerable: true, get: function () { return convert_1.SPEC_DEFAULTS; } });
var schema_1 = require("./schema");
Object.defineProperty(exports, "SPEC_SCHEMA", { enumerable: true, get: function () { return schema_1.SPEC_SCHEMA; } });
var signalKinds_1 = require("./signalKinds");
Object.defineProperty(exports, "SIGNAL_KIND_INFO", { enumerable: true, get: function () { return signalKinds_1.SIGNAL_KIND_INFO; } });
Object.defineProperty(exports, "signalBounds", { enumerable: true, get: function () { return signalKinds_1.signalBounds; } });
Object.defineProperty(exports, "signalDirection", { enumerable: true, get: function () { return signalKinds_1.signalDirection; } });
Object.defineProperty(exports, "signalUnit", { enumerable: true, get: function () { return signalKinds_1.signalUnit; } });
Object.defineProperty(exports, "defaultThresholds", { enumerable: true, get: function () { return signalKinds_1.defaultThresholds; } });
var semantic_1 = require("./semantic");
Object.defineProperty(exports, "ALLOWED_CHILD_TIERS", { enumerable: true, get: function () { return semantic_1.ALLOWED_CHILD_TIERS; } });
Object.defineProperty(exports, "REFERENCE_COMPUTABLE", { enumerable: true, get: function () { return semantic_1.REFERENCE_COMPUTABLE; } });
//# sourceMappingURL=index.js.map