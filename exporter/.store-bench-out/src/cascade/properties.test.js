"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Invariants of the cascade over random DAGs, every rule and every unknown policy (fast-check):
 * a worse child never makes a parent better; child order does not matter; scores stay in [0, 1];
 * contributions are shares ≥ 0 summing to 1 whenever a parent is below 1.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const evaluate_1 = require("./evaluate");
const status_1 = require("./status");
const thresholds_1 = require("./thresholds");
const testing_1 = require("./testing");
const testingDag_1 = require("./testingDag");
function withValue(inputs, id, value) {
    const observations = new Map(inputs.observations);
    observations.set(id, { node: id, value, observedAt: testing_1.NOW - 5 });
    return { ...inputs, observations };
}
/** Every node is no better after than before: score not higher, status not less severe. */
function expectNoBetter(before, after, scores = true) {
    before.nodes.forEach((b, i) => {
        const a = after.nodes[i];
        expect((0, status_1.severity)(a.status)).toBeGreaterThanOrEqual((0, status_1.severity)(b.status));
        if (scores && a.score !== null && b.score !== null)
            expect(a.score).toBeLessThanOrEqual(b.score);
    });
}
const byId = (s) => new Map(s.nodes.map((n) => [n.id, n]));
const contributionMap = (n) => Object.fromEntries(n.contributions.map((c) => [c.child, c.share]));
const RUNS = { numRuns: 300 };
describe('cascade invariants (property)', () => {
    it('keeps every score in [0, 1], and a known status always has a score its thresholds agree with', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(), (plan) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            for (const n of (0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW).nodes) {
                expect(status_1.STATUSES).toContain(n.status);
                if (n.score !== null) {
                    expect(n.score).toBeGreaterThanOrEqual(0);
                    expect(n.score).toBeLessThanOrEqual(1);
                }
                if (n.status === 'unknown')
                    continue;
                expect(n.score).not.toBeNull();
                const t = n.tier === 'base'
                    ? spec.defaults.score_thresholds
                    : n.thresholds;
                const byScore = (0, thresholds_1.statusFromScore)(n.score, t);
                if (n.tier !== 'base')
                    expect((0, status_1.severity)(n.status)).toBeGreaterThanOrEqual((0, status_1.severity)(byScore));
                else
                    expect(n.status).toBe(byScore);
            }
        }), RUNS);
    });
    it('a worse base value never makes any node better, under every rule and policy', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(), fast_check_1.default.nat(), fast_check_1.default.double({ min: 0, max: 10, noNaN: true }), (plan, pick, delta) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            const i = pick % plan.bases.length;
            const b = plan.bases[i];
            if (b.value === null)
                return;
            const worse = b.higher ? b.value + delta : b.value - delta;
            expectNoBetter((0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW), (0, evaluate_1.evaluateCascade)(spec, withValue(inputs, `b${i}`, worse), testing_1.NOW));
        }), RUNS);
    });
    it('a lower score with a status no better, fixed on any node, never makes any node better', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(), fast_check_1.default.nat(), fast_check_1.default.double({ min: 0, max: 1, noNaN: true }), (plan, pick, factor) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            const before = (0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW);
            const target = before.nodes[pick % before.nodes.length];
            if (target.score === null || target.status === 'unknown')
                return;
            const lower = target.score * factor;
            const t = target.tier === 'base'
                ? spec.defaults.score_thresholds
                : target.thresholds;
            if ((0, status_1.severity)((0, thresholds_1.statusFromScore)(lower, t)) < (0, status_1.severity)(target.status))
                return;
            const after = (0, evaluate_1.evaluateCascade)(spec, { ...inputs, overrides: new Map([[target.id, { score: lower }]]) }, testing_1.NOW);
            expectNoBetter(before, after);
        }), RUNS);
    });
    it('a base node losing its data never improves a status under propagate and as_critical', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(['propagate', 'as_critical']), fast_check_1.default.nat(), (plan, pick) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            const i = pick % plan.bases.length;
            expectNoBetter((0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW), (0, evaluate_1.evaluateCascade)(spec, withValue(inputs, `b${i}`, null), testing_1.NOW), false);
        }), RUNS);
    });
    it('under as_critical alone, losing data never raises a score either', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(['as_critical']), fast_check_1.default.nat(), (plan, pick) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            const i = pick % plan.bases.length;
            expectNoBetter((0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW), (0, evaluate_1.evaluateCascade)(spec, withValue(inputs, `b${i}`, null), testing_1.NOW));
        }), RUNS);
    });
    it('does not depend on the order of children nor of nodes', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(), fast_check_1.default.infiniteStream(fast_check_1.default.nat()), (plan, seeds) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            const it = seeds[Symbol.iterator]();
            const shuffle = (xs) => {
                const out = [...xs];
                for (let i = out.length - 1; i > 0; i--) {
                    const j = it.next().value % (i + 1);
                    [out[i], out[j]] = [out[j], out[i]];
                }
                return out;
            };
            const reordered = {
                ...spec,
                nodes: shuffle(spec.nodes).map((n) => (n.children ? { ...n, children: shuffle(n.children) } : n)),
            };
            const a = byId((0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW));
            const b = byId((0, evaluate_1.evaluateCascade)(reordered, inputs, testing_1.NOW));
            for (const [id, x] of a) {
                const y = b.get(id);
                expect([y.score, y.status, y.reason, y.decay]).toEqual([x.score, x.status, x.reason, x.decay]);
                expect(contributionMap(y)).toEqual(contributionMap(x));
            }
        }), RUNS);
    });
    it('gives every parent below 1 shares ≥ 0 summing to 1, one per child, and none to a parent at 1', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(), (plan) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            const snapshot = (0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW);
            for (const node of spec.nodes) {
                if (!node.children)
                    continue;
                const r = snapshot.nodes.find((n) => n.id === node.id);
                if (r.contributions.length > 0) {
                    expect(r.contributions.map((c) => c.child)).toEqual(node.children.map((c) => c.node));
                    for (const c of r.contributions)
                        expect(c.share).toBeGreaterThanOrEqual(0);
                    expect(Math.abs(r.contributions.reduce((s, c) => s + c.share, 0) - 1)).toBeLessThanOrEqual(1e-9);
                }
                if (node.decay === undefined && r.score !== null) {
                    expect(r.contributions.length > 0).toBe(r.score < 1);
                }
            }
        }), RUNS);
    });
    it('lists every edge of the DAG with its weight', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, testingDag_1.dagPlan)(), (plan) => {
            const { spec, inputs } = (0, testingDag_1.buildDag)(plan);
            const edges = (0, evaluate_1.evaluateCascade)(spec, inputs, testing_1.NOW).edges;
            const expected = spec.nodes.flatMap((n) => (n.children ?? []).map((c) => ({ parent: n.id, child: c.node, weight: c.weight })));
            expect(edges).toEqual(expected);
        }), { numRuns: 50 });
    });
});
//# sourceMappingURL=properties.test.js.map