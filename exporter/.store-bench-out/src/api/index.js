"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.liveStateOf = exports.createDependencyRouter = exports.bodyErrors = exports.createScenarioRouter = void 0;
/**
 * Express routers for the what-if and dependency-risk API, built from a live-state reader so the
 * server app mounts them (`app.use(router)`) without this folder knowing the engine.
 */
var scenarioRouter_1 = require("./scenarioRouter");
Object.defineProperty(exports, "createScenarioRouter", { enumerable: true, get: function () { return scenarioRouter_1.createScenarioRouter; } });
Object.defineProperty(exports, "bodyErrors", { enumerable: true, get: function () { return scenarioRouter_1.bodyErrors; } });
var dependencyRouter_1 = require("./dependencyRouter");
Object.defineProperty(exports, "createDependencyRouter", { enumerable: true, get: function () { return dependencyRouter_1.createDependencyRouter; } });
var live_1 = require("./live");
Object.defineProperty(exports, "liveStateOf", { enumerable: true, get: function () { return live_1.liveStateOf; } });
//# sourceMappingURL=index.js.map