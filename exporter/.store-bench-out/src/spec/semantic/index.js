"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEMANTIC_CHECKS = exports.ALLOWED_CHILD_TIERS = exports.REFERENCE_COMPUTABLE = void 0;
exports.runSemanticChecks = runSemanticChecks;
const fatigue_1 = require("./fatigue");
const graph_1 = require("./graph");
const ids_1 = require("./ids");
const references_1 = require("./references");
const rules_1 = require("./rules");
const thresholds_1 = require("./thresholds");
const tiers_1 = require("./tiers");
var thresholds_2 = require("./thresholds");
Object.defineProperty(exports, "REFERENCE_COMPUTABLE", { enumerable: true, get: function () { return thresholds_2.REFERENCE_COMPUTABLE; } });
var tiers_2 = require("./tiers");
Object.defineProperty(exports, "ALLOWED_CHILD_TIERS", { enumerable: true, get: function () { return tiers_2.ALLOWED_CHILD_TIERS; } });
exports.SEMANTIC_CHECKS = [
    ids_1.checkDuplicateIds,
    references_1.checkReferences,
    tiers_1.checkTiers,
    graph_1.checkGraph,
    thresholds_1.checkThresholds,
    rules_1.checkRules,
    fatigue_1.checkFatigue,
];
/** Runs every semantic check and returns all their issues. */
function runSemanticChecks(input) {
    return exports.SEMANTIC_CHECKS.flatMap((check) => check(input));
}
//# sourceMappingURL=index.js.map