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
exports.DEFAULT_PUSHER_OPTIONS = exports.backoffDelay = exports.GrafanaPusher = exports.GRAFANA_TOKEN_ENV = exports.grafanaTargetFrom = exports.grafanaAnnotationRow = exports.grafanaAnnotationBody = exports.escapeHtml = exports.StatusChangeRecorder = exports.statusChangeAnnotations = exports.parseTime = exports.MAX_LIMIT = exports.DEFAULT_LIMIT = exports.parseAnnotationQuery = exports.MAX_NODES = exports.MAX_TAG_LENGTH = exports.MAX_TAGS = exports.MAX_TEXT_LENGTH = exports.parseAnnotationBody = exports.createAnnotationsRouter = void 0;
/**
 * Annotations: narrative events from people (`POST /api/v1/annotations`) and status changes from the
 * exporter, stored durably and optionally pushed to Grafana. docs/annotations.md.
 */
__exportStar(require("./types"), exports);
var router_1 = require("./router");
Object.defineProperty(exports, "createAnnotationsRouter", { enumerable: true, get: function () { return router_1.createAnnotationsRouter; } });
var validate_1 = require("./validate");
Object.defineProperty(exports, "parseAnnotationBody", { enumerable: true, get: function () { return validate_1.parseAnnotationBody; } });
Object.defineProperty(exports, "MAX_TEXT_LENGTH", { enumerable: true, get: function () { return validate_1.MAX_TEXT_LENGTH; } });
Object.defineProperty(exports, "MAX_TAGS", { enumerable: true, get: function () { return validate_1.MAX_TAGS; } });
Object.defineProperty(exports, "MAX_TAG_LENGTH", { enumerable: true, get: function () { return validate_1.MAX_TAG_LENGTH; } });
Object.defineProperty(exports, "MAX_NODES", { enumerable: true, get: function () { return validate_1.MAX_NODES; } });
var query_1 = require("./query");
Object.defineProperty(exports, "parseAnnotationQuery", { enumerable: true, get: function () { return query_1.parseAnnotationQuery; } });
Object.defineProperty(exports, "DEFAULT_LIMIT", { enumerable: true, get: function () { return query_1.DEFAULT_LIMIT; } });
Object.defineProperty(exports, "MAX_LIMIT", { enumerable: true, get: function () { return query_1.MAX_LIMIT; } });
var times_1 = require("./times");
Object.defineProperty(exports, "parseTime", { enumerable: true, get: function () { return times_1.parseTime; } });
var statusChanges_1 = require("./statusChanges");
Object.defineProperty(exports, "statusChangeAnnotations", { enumerable: true, get: function () { return statusChanges_1.statusChangeAnnotations; } });
var recorder_1 = require("./recorder");
Object.defineProperty(exports, "StatusChangeRecorder", { enumerable: true, get: function () { return recorder_1.StatusChangeRecorder; } });
var escapeHtml_1 = require("./escapeHtml");
Object.defineProperty(exports, "escapeHtml", { enumerable: true, get: function () { return escapeHtml_1.escapeHtml; } });
var grafanaFormat_1 = require("./grafanaFormat");
Object.defineProperty(exports, "grafanaAnnotationBody", { enumerable: true, get: function () { return grafanaFormat_1.grafanaAnnotationBody; } });
Object.defineProperty(exports, "grafanaAnnotationRow", { enumerable: true, get: function () { return grafanaFormat_1.grafanaAnnotationRow; } });
var grafanaTarget_1 = require("./grafanaTarget");
Object.defineProperty(exports, "grafanaTargetFrom", { enumerable: true, get: function () { return grafanaTarget_1.grafanaTargetFrom; } });
Object.defineProperty(exports, "GRAFANA_TOKEN_ENV", { enumerable: true, get: function () { return grafanaTarget_1.GRAFANA_TOKEN_ENV; } });
var grafanaPusher_1 = require("./grafanaPusher");
Object.defineProperty(exports, "GrafanaPusher", { enumerable: true, get: function () { return grafanaPusher_1.GrafanaPusher; } });
Object.defineProperty(exports, "backoffDelay", { enumerable: true, get: function () { return grafanaPusher_1.backoffDelay; } });
Object.defineProperty(exports, "DEFAULT_PUSHER_OPTIONS", { enumerable: true, get: function () { return grafanaPusher_1.DEFAULT_PUSHER_OPTIONS; } });
//# sourceMappingURL=index.js.map