"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScenarioRequestError = void 0;
exports.runScenario = runScenario;
/**
 * Runs a what-if request against live inputs: checks it against the spec, applies the changes to
 * copies (the live spec and inputs are never touched) and evaluates both cascades at the same `now`.
 */
const cascade_1 = require("../cascade");
const delta_1 = require("./delta");
const market_1 = require("./market");
const specCheck_1 = require("./specCheck");
/** A request that does not fit the spec; `issues` lists every problem with its path. */
class ScenarioRequestError extends Error {
    issues;
    constructor(issues) {
        super(`scenario request: ${issues.map((i) => `${i.path === '' ? '(body)' : i.path}: ${i.message}`).join('; ')}`);
        this.issues = issues;
        this.name = 'ScenarioRequestError';
    }
}
exports.ScenarioRequestError = ScenarioRequestError;
/**
 * The live cascade and the scenario cascade at `now`, with the impact delta of every impact node.
 * Complexity: two cascade evaluations, O(changes × nodes) to apply the changes.
 *
 * @throws ScenarioRequestError when the request names something the spec lacks (or the engine refuses a
 *   change); Error from `evaluateCascade` when the spec itself has problems or `now` is not finite.
 * @example runScenario(spec, live, { changes: [{ node: 'fraud.drift.amount', value: 0.3 }], failure: 'unknown', market: { scale_exposure: 3 } }, now)
 * //   .impacts[0] // { node: 'revenue_assurance', live: 1200, scenario: 5100, difference: 3900, ... }
 */
function runScenario(spec, live, request, now) {
    const problems = (0, specCheck_1.scenarioRequestProblems)(spec, request);
    if (problems.length > 0)
        throw new ScenarioRequestError(problems);
    const changes = (0, market_1.requestChanges)(spec, request);
    let applied;
    try {
        applied = (0, cascade_1.applyScenario)(spec, live, changes, { failure: request.failure });
    }
    catch (err) {
        throw new ScenarioRequestError([{ path: 'changes', message: err.message }]);
    }
    const liveSnapshot = (0, cascade_1.evaluateCascade)(spec, live, now);
    const scenario = (0, cascade_1.evaluateCascade)(applied.spec, applied.inputs, now);
    return {
        at: now,
        changes,
        failure: request.failure,
        notes: applied.notes,
        live: liveSnapshot,
        scenario,
        impacts: (0, delta_1.impactDeltas)(spec, liveSnapshot, scenario),
    };
}
//# sourceMappingURL=run.js.map