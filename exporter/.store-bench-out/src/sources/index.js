"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.authorizationHeader = exports.parsePromqlResponse = exports.MAX_ANSWER_BYTES = exports.queryUrl = exports.queryPromql = exports.pollTargets = exports.SourceManager = void 0;
/**
 * Sources: existing Prometheus servers whose series join the cascade through `promql` nodes and
 * business exposures. `SourceManager` polls them on their cadence; readers only see the last answer.
 *
 *   const sources = new SourceManager(spec, { clock: () => Date.now() / 1000, secrets: { env: process.env, readFile } });
 *   sources.start();                 // polls in the background (unref'd timer); sources.stop() on shutdown
 *   sources.reading('prom', query);  // { value, observedAt, up, reason } — what evaluateBaseNodes uses
 *   sources.sourceStatus();          // mlhealth_source_up{source}
 *   sources.exposures();             // CascadeInputs.exposures
 */
var sourceManager_1 = require("./sourceManager");
Object.defineProperty(exports, "SourceManager", { enumerable: true, get: function () { return sourceManager_1.SourceManager; } });
var pollTargets_1 = require("./pollTargets");
Object.defineProperty(exports, "pollTargets", { enumerable: true, get: function () { return pollTargets_1.pollTargets; } });
var promqlClient_1 = require("./promqlClient");
Object.defineProperty(exports, "queryPromql", { enumerable: true, get: function () { return promqlClient_1.queryPromql; } });
Object.defineProperty(exports, "queryUrl", { enumerable: true, get: function () { return promqlClient_1.queryUrl; } });
Object.defineProperty(exports, "MAX_ANSWER_BYTES", { enumerable: true, get: function () { return promqlClient_1.MAX_ANSWER_BYTES; } });
var promqlResponse_1 = require("./promqlResponse");
Object.defineProperty(exports, "parsePromqlResponse", { enumerable: true, get: function () { return promqlResponse_1.parsePromqlResponse; } });
var credentials_1 = require("./credentials");
Object.defineProperty(exports, "authorizationHeader", { enumerable: true, get: function () { return credentials_1.authorizationHeader; } });
//# sourceMappingURL=index.js.map