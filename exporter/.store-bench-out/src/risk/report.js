"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dependencyReport = dependencyReport;
const graph_1 = require("./graph");
const reach_1 = require("./reach");
const simulate_1 = require("./simulate");
/**
 * Builds the report against `inputs` (live, or the healthy baseline offline) at `now`. Single points of
 * failure are ordered by the number of outcomes they reach, then the outcomes they cut off, then id.
 * Complexity O(candidates × vertices + single points × cascade evaluation).
 *
 * @example dependencyReport(spec, inputs, now).single_points_of_failure.map((s) => s.id)
 * // ['events:fraud', 'promql:prom', 'feature:fraud.merchant_category', …]
 */
function dependencyReport(spec, inputs, now) {
    const graph = (0, graph_1.buildDependencyGraph)(spec);
    const candidates = (0, reach_1.failureReaches)(graph);
    const spofs = candidates
        .filter((c) => c.single_point_of_failure)
        .sort((a, b) => b.reaches.length - a.reaches.length ||
        b.cuts_all_paths_to.length - a.cuts_all_paths_to.length ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((c) => (0, simulate_1.simulateFailure)(spec, inputs, now, c));
    return {
        at: now,
        spec: { name: spec.name, version: spec.version },
        graph,
        candidates,
        single_points_of_failure: spofs,
    };
}
//# sourceMappingURL=report.js.map