"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.dagPlan = void 0;
exports.buildDag = buildDag;
/**
 * Random cascades for property tests: 1–6 base nodes with random thresholds, directions, mappings and
 * values (some null), then 1–7 parents, each over a random subset of the nodes before it (so the graph
 * is a DAG with shared children), with a random rule, k, weights, unknown policy, own score thresholds
 * and model decay.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const testing_1 = require("./testing");
const basePlan = fast_check_1.default.record({
    higher: fast_check_1.default.boolean(),
    warning: fast_check_1.default.double({ min: -5, max: 5, noNaN: true }),
    band: fast_check_1.default.double({ min: 0, max: 3, noNaN: true }),
    step: fast_check_1.default.boolean(),
    value: fast_check_1.default.option(fast_check_1.default.double({ min: -10, max: 10, noNaN: true }), { freq: 6 }),
});
const parentPlan = (policies) => fast_check_1.default.record({
    picks: fast_check_1.default.array(fast_check_1.default.nat(), { minLength: 1, maxLength: 5 }),
    rule: fast_check_1.default.constantFrom('worst_of', 'weighted_mean', 'k_of_n'),
    k: fast_check_1.default.nat(),
    weights: fast_check_1.default.array(fast_check_1.default.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }),
    policy: fast_check_1.default.constantFrom(...policies),
    ownThresholds: fast_check_1.default.boolean(),
    decayDays: fast_check_1.default.option(fast_check_1.default.integer({ min: 0, max: 120 }), { freq: 4 }),
});
const dagPlan = (policies = ['propagate', 'ignore', 'as_critical']) => fast_check_1.default.record({
    bases: fast_check_1.default.array(basePlan, { minLength: 1, maxLength: 6 }),
    parents: fast_check_1.default.array(parentPlan(policies), { minLength: 1, maxLength: 7 }),
    modelAgeDays: fast_check_1.default.integer({ min: 0, max: 200 }),
});
exports.dagPlan = dagPlan;
function buildDag(plan) {
    const nodes = plan.bases.map((b, i) => ({
        id: `b${i}`,
        tier: 'base',
        title: `b${i}`,
        model: 'm',
        signal: { kind: 'feature_drift', feature: 'amount', method: 'psi' },
        thresholds: {
            warning: b.warning,
            critical: b.higher ? b.warning + b.band : b.warning - b.band,
            direction: b.higher ? 'higher_is_worse' : 'lower_is_worse',
        },
        score_mapping: b.step ? 'step' : 'linear',
    }));
    plan.parents.forEach((p, i) => {
        const pool = nodes.map((n) => n.id);
        const ids = [...new Set(p.picks.map((x) => pool[x % pool.length]))];
        const rollup = p.rule === 'k_of_n' ? { rule: 'k_of_n', k: 1 + (p.k % ids.length) } : { rule: p.rule };
        nodes.push({
            id: `p${i}`,
            tier: 'component',
            title: `p${i}`,
            children: ids.map((node, j) => ({ node, weight: p.weights[j] })),
            rollup,
            unknown_policy: p.policy,
            ...(p.ownThresholds
                ? { thresholds: { warning: 0.6, critical: 0.3, direction: 'lower_is_worse' } }
                : {}),
            ...(p.decayDays !== null
                ? {
                    model: 'm',
                    decay: { of: 'model', grace: p.decayDays * testing_1.DAY, half_life: 20 * testing_1.DAY, floor: 0.1 },
                }
                : {}),
        });
    });
    const observations = new Map(plan.bases.map((b, i) => [`b${i}`, { node: `b${i}`, value: b.value, observedAt: testing_1.NOW - 5 }]));
    return {
        spec: (0, testing_1.makeSpec)(nodes, { models: [(0, testing_1.model)('m')] }),
        inputs: {
            observations,
            exposures: new Map(),
            modelAges: new Map([['m', plan.modelAgeDays * testing_1.DAY]]),
            referenceAges: new Map(),
        },
    };
}
//# sourceMappingURL=testingDag.js.map