/**
 * Invariants of the cascade over random DAGs, every rule and every unknown policy (fast-check):
 * a worse child never makes a parent better; child order does not matter; scores stay in [0, 1];
 * contributions are shares ≥ 0 summing to 1 whenever a parent is below 1.
 */
import fc from 'fast-check';
import type { Spec } from '../spec/types';
import { evaluateCascade } from './evaluate';
import { severity, STATUSES } from '../spec/status';
import { statusFromScore } from './thresholds';
import { NOW } from './__fixtures__/index';
import { buildDag, dagPlan } from './__fixtures__/dag';
import type { CascadeInputs, CascadeSnapshot, NodeResult } from './types';

function withValue(inputs: CascadeInputs, id: string, value: number | null): CascadeInputs {
  const observations = new Map(inputs.observations);
  observations.set(id, { node: id, value, observedAt: NOW - 5 });
  return { ...inputs, observations };
}

/** Every node is no better after than before: score not higher, status not less severe. */
function expectNoBetter(before: CascadeSnapshot, after: CascadeSnapshot, scores = true): void {
  before.nodes.forEach((b, i) => {
    const a = after.nodes[i];
    expect(severity(a.status)).toBeGreaterThanOrEqual(severity(b.status));
    if (scores && a.score !== null && b.score !== null) expect(a.score).toBeLessThanOrEqual(b.score);
  });
}

const byId = (s: CascadeSnapshot) => new Map(s.nodes.map((n) => [n.id, n]));
const contributionMap = (n: NodeResult) => Object.fromEntries(n.contributions.map((c) => [c.child, c.share]));
const RUNS = { numRuns: 300 };

describe('cascade invariants (property)', () => {
  it('keeps every score in [0, 1], and a known status always has a score its thresholds agree with', () => {
    fc.assert(
      fc.property(dagPlan(), (plan) => {
        const { spec, inputs } = buildDag(plan);
        for (const n of evaluateCascade(spec, inputs, NOW).nodes) {
          expect(STATUSES).toContain(n.status);
          if (n.score !== null) {
            expect(n.score).toBeGreaterThanOrEqual(0);
            expect(n.score).toBeLessThanOrEqual(1);
          }
          if (n.status === 'unknown') continue;
          expect(n.score).not.toBeNull();
          const t =
            n.tier === 'base'
              ? spec.defaults.score_thresholds
              : (n.thresholds as { warning: number; critical: number });
          const byScore = statusFromScore(n.score as number, t);
          if (n.tier !== 'base') expect(severity(n.status)).toBeGreaterThanOrEqual(severity(byScore));
          else expect(n.status).toBe(byScore);
        }
      }),
      RUNS,
    );
  });

  it('a worse base value never makes any node better, under every rule and policy', () => {
    fc.assert(
      fc.property(dagPlan(), fc.nat(), fc.double({ min: 0, max: 10, noNaN: true }), (plan, pick, delta) => {
        const { spec, inputs } = buildDag(plan);
        const i = pick % plan.bases.length;
        const b = plan.bases[i];
        if (b.value === null) return;
        const worse = b.higher ? b.value + delta : b.value - delta;
        expectNoBetter(
          evaluateCascade(spec, inputs, NOW),
          evaluateCascade(spec, withValue(inputs, `b${i}`, worse), NOW),
        );
      }),
      RUNS,
    );
  });

  it('a lower score with a status no better, fixed on any node, never makes any node better', () => {
    fc.assert(
      fc.property(dagPlan(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (plan, pick, factor) => {
        const { spec, inputs } = buildDag(plan);
        const before = evaluateCascade(spec, inputs, NOW);
        const target = before.nodes[pick % before.nodes.length];
        if (target.score === null || target.status === 'unknown') return;
        const lower = target.score * factor;
        const t =
          target.tier === 'base'
            ? spec.defaults.score_thresholds
            : (target.thresholds as { warning: number; critical: number });
        if (severity(statusFromScore(lower, t)) < severity(target.status)) return;
        const after = evaluateCascade(
          spec,
          { ...inputs, overrides: new Map([[target.id, { score: lower }]]) },
          NOW,
        );
        expectNoBetter(before, after);
      }),
      RUNS,
    );
  });

  it('a base node losing its data never improves a status under propagate and as_critical', () => {
    fc.assert(
      fc.property(dagPlan(['propagate', 'as_critical']), fc.nat(), (plan, pick) => {
        const { spec, inputs } = buildDag(plan);
        const i = pick % plan.bases.length;
        expectNoBetter(
          evaluateCascade(spec, inputs, NOW),
          evaluateCascade(spec, withValue(inputs, `b${i}`, null), NOW),
          false,
        );
      }),
      RUNS,
    );
  });

  it('under as_critical alone, losing data never raises a score either', () => {
    fc.assert(
      fc.property(dagPlan(['as_critical']), fc.nat(), (plan, pick) => {
        const { spec, inputs } = buildDag(plan);
        const i = pick % plan.bases.length;
        expectNoBetter(
          evaluateCascade(spec, inputs, NOW),
          evaluateCascade(spec, withValue(inputs, `b${i}`, null), NOW),
        );
      }),
      RUNS,
    );
  });

  it('does not depend on the order of children nor of nodes', () => {
    fc.assert(
      fc.property(dagPlan(), fc.infiniteStream(fc.nat()), (plan, seeds) => {
        const { spec, inputs } = buildDag(plan);
        const it = seeds[Symbol.iterator]();
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            const j = it.next().value % (i + 1);
            [out[i], out[j]] = [out[j], out[i]];
          }
          return out;
        };
        const reordered: Spec = {
          ...spec,
          nodes: shuffle(spec.nodes).map((n) => (n.children ? { ...n, children: shuffle(n.children) } : n)),
        };
        const a = byId(evaluateCascade(spec, inputs, NOW));
        const b = byId(evaluateCascade(reordered, inputs, NOW));
        for (const [id, x] of a) {
          const y = b.get(id) as NodeResult;
          expect([y.score, y.status, y.reason, y.decay]).toEqual([x.score, x.status, x.reason, x.decay]);
          expect(contributionMap(y)).toEqual(contributionMap(x));
        }
      }),
      RUNS,
    );
  });

  it('gives every parent below 1 shares ≥ 0 summing to 1, one per child, and none to a parent at 1', () => {
    fc.assert(
      fc.property(dagPlan(), (plan) => {
        const { spec, inputs } = buildDag(plan);
        const snapshot = evaluateCascade(spec, inputs, NOW);
        for (const node of spec.nodes) {
          if (!node.children) continue;
          const r = snapshot.nodes.find((n) => n.id === node.id) as NodeResult;
          if (r.contributions.length > 0) {
            expect(r.contributions.map((c) => c.child)).toEqual(node.children.map((c) => c.node));
            for (const c of r.contributions) expect(c.share).toBeGreaterThanOrEqual(0);
            expect(Math.abs(r.contributions.reduce((s, c) => s + c.share, 0) - 1)).toBeLessThanOrEqual(1e-9);
          }
          if (node.decay === undefined && r.score !== null) {
            expect(r.contributions.length > 0).toBe(r.score < 1);
          }
        }
      }),
      RUNS,
    );
  });

  it('lists every edge of the DAG with its weight', () => {
    fc.assert(
      fc.property(dagPlan(), (plan) => {
        const { spec, inputs } = buildDag(plan);
        const edges = evaluateCascade(spec, inputs, NOW).edges;
        const expected = spec.nodes.flatMap((n) =>
          (n.children ?? []).map((c) => ({ parent: n.id, child: c.node, weight: c.weight })),
        );
        expect(edges).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});
