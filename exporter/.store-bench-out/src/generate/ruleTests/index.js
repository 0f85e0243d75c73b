"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateRuleTests = generateRuleTests;
/**
 * `generateRuleTests`: a `promtool test rules` file for the generated rules, covering every node
 * (healthy, warning, critical, unknown, absent, keep-firing, stale), the exporter's own alerts, the
 * retraining recommendation and every objective's burn-rate alerts.
 */
const duration_1 = require("../../spec/duration");
const lifecycleScenarios_1 = require("./lifecycleScenarios");
const nodeScenarios_1 = require("./nodeScenarios");
const selfScenarios_1 = require("./selfScenarios");
const series_1 = require("./series");
const sloScenarios_1 = require("./sloScenarios");
/**
 * The test file; `ruleFile` is the path of the rule file relative to the test file.
 *
 * Convention: evaluation every g = gcd of all cadences and the default evaluation interval, so every
 * `for` and check time falls on an evaluation. Complexity O(nodes²) for building expectations.
 *
 * @example generateRuleTests(ctx, '../rules/mlhealth.rules.yml').tests.length // 10 for a spec with objectives and a trigger
 */
function generateRuleTests(ctx, ruleFile) {
    const g = (0, series_1.gcdSeconds)([ctx.spec.defaults.evaluation_interval, ...ctx.nodes.map((f) => f.cadence)]);
    const tests = [
        (0, nodeScenarios_1.healthyScenario)(ctx, g),
        (0, nodeScenarios_1.firingScenario)(ctx, g, 1),
        (0, nodeScenarios_1.firingScenario)(ctx, g, 2),
        (0, nodeScenarios_1.firingScenario)(ctx, g, 3),
        (0, nodeScenarios_1.absentScenario)(ctx, g),
        (0, lifecycleScenarios_1.keepFiringScenario)(ctx, g),
        (0, lifecycleScenarios_1.staleScenario)(ctx, g),
        ...(0, selfScenarios_1.selfScenarios)(ctx, g),
    ];
    const retrain = (0, selfScenarios_1.retrainScenario)(ctx, g);
    if (retrain !== undefined)
        tests.push(retrain);
    tests.push(...(0, sloScenarios_1.sloScenarios)(ctx));
    return { rule_files: [ruleFile], evaluation_interval: (0, duration_1.formatDuration)(g), tests };
}
//# sourceMappingURL=index.js.map