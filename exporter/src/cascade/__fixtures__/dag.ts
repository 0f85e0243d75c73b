/**
 * Random cascades for property tests: 1–6 base nodes with random thresholds, directions, mappings and
 * values (some null), then 1–7 parents, each over a random subset of the nodes before it (so the graph
 * is a DAG with shared children), with a random rule, k, weights, unknown policy, own score thresholds
 * and model decay.
 */
import fc from 'fast-check';
import type { NodeSpec, RollupSpec, Spec, UnknownPolicy } from '../../spec/types';
import { DAY, NOW, makeSpec, model } from './index';
import type { CascadeInputs } from '../types';

interface BasePlan {
  higher: boolean;
  warning: number;
  band: number;
  step: boolean;
  value: number | null;
}
interface ParentPlan {
  picks: number[];
  rule: RollupSpec['rule'];
  k: number;
  weights: number[];
  policy: UnknownPolicy;
  /** The share of a max_unknown_share policy (boundary values included: 1/3 of 3 children is exactly at it). */
  share: number;
  ownThresholds: boolean;
  decayDays: number | null;
}
export interface DagPlan {
  bases: BasePlan[];
  parents: ParentPlan[];
  modelAgeDays: number;
}

const basePlan = fc.record({
  higher: fc.boolean(),
  warning: fc.double({ min: -5, max: 5, noNaN: true }),
  band: fc.double({ min: 0, max: 3, noNaN: true }),
  step: fc.boolean(),
  value: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { freq: 6 }),
});
const parentPlan = (policies: UnknownPolicy[]) =>
  fc.record({
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
    rule: fc.constantFrom<RollupSpec['rule']>('worst_of', 'weighted_mean', 'k_of_n'),
    k: fc.nat(),
    weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }),
    policy: fc.constantFrom(...policies),
    share: fc.constantFrom(0, 0.2, 0.25, 1 / 3, 0.5, 1),
    ownThresholds: fc.boolean(),
    decayDays: fc.option(fc.integer({ min: 0, max: 120 }), { freq: 4 }),
  });
export const dagPlan = (
  policies: UnknownPolicy[] = ['propagate', 'ignore', 'as_critical', 'max_unknown_share'],
) =>
  fc.record({
    bases: fc.array(basePlan, { minLength: 1, maxLength: 6 }),
    parents: fc.array(parentPlan(policies), { minLength: 1, maxLength: 7 }),
    modelAgeDays: fc.integer({ min: 0, max: 200 }),
  });

export function buildDag(plan: DagPlan): { spec: Spec; inputs: CascadeInputs } {
  const nodes: NodeSpec[] = plan.bases.map((b, i) => ({
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
    const rollup: RollupSpec =
      p.rule === 'k_of_n' ? { rule: 'k_of_n', k: 1 + (p.k % ids.length) } : { rule: p.rule };
    nodes.push({
      id: `p${i}`,
      tier: 'component',
      title: `p${i}`,
      children: ids.map((node, j) => ({ node, weight: p.weights[j] })),
      rollup,
      unknown_policy: p.policy,
      ...(p.policy === 'max_unknown_share' ? { max_unknown_share: p.share } : {}),
      ...(p.ownThresholds
        ? { thresholds: { warning: 0.6, critical: 0.3, direction: 'lower_is_worse' as const } }
        : {}),
      ...(p.decayDays !== null
        ? {
            model: 'm',
            decay: { of: 'model' as const, grace: p.decayDays * DAY, half_life: 20 * DAY, floor: 0.1 },
          }
        : {}),
    });
  });
  const observations = new Map(
    plan.bases.map((b, i) => [`b${i}`, { node: `b${i}`, value: b.value, observedAt: NOW - 5 }]),
  );
  return {
    spec: makeSpec(nodes, { models: [model('m')] }),
    inputs: {
      observations,
      exposures: new Map(),
      modelAges: new Map([['m', plan.modelAgeDays * DAY]]),
      referenceAges: new Map(),
    },
  };
}
