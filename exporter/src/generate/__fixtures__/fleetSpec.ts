/**
 * A fleet spec for the rollup rules: three models (two shards in the generated tests), per-model
 * components at depth 1, cross-model components at depth 2 and business outcomes at depth 3, so that
 * every rollup kind (worst_of, weighted_mean with and without the critical floor, k_of_n with two k),
 * every unknown policy (propagate, ignore, as_critical, max_unknown_share), a parent's own thresholds
 * and the three impact models (constant and source exposures, with and without the dead band) are
 * ruled under `--rollups prometheus`, and everything but the decayed component under `--rollups all`.
 */
import { base, makeSpec, parent } from '../../cascade/__fixtures__/index';
import type { NodeSpec, Spec } from '../../spec/types';

const MODELS = ['m0', 'm1', 'm2'];

function modelNodes(m: string): NodeSpec[] {
  const own = { model: m };
  return [
    base(`${m}.a`, own),
    base(`${m}.b`, own),
    base(`${m}.c`, own),
    parent(`${m}.health`, [`${m}.a`, `${m}.b`], { rule: 'worst_of' }, own),
    parent(`${m}.quality`, [[`${m}.b`, 2], `${m}.c`], { rule: 'weighted_mean' }, { ...own, unknown_policy: 'ignore' }),
    parent(`${m}.aged`, [`${m}.c`], { rule: 'worst_of' }, {
      ...own,
      decay: { of: 'model', grace: 86400, half_life: 86400, floor: 0.5 },
    }),
  ];
}

const fleetNodes: NodeSpec[] = [
  parent('fleet.worst', MODELS.map((m) => `${m}.health`), { rule: 'worst_of' }, { unknown_policy: 'propagate' }),
  parent('fleet.mean', [['m0.quality', 3], ['m1.quality', 2], 'm2.quality'], { rule: 'weighted_mean' }, {
    unknown_policy: 'ignore',
    thresholds: { warning: 0.9, critical: 0.6, direction: 'lower_is_worse' },
  }),
  parent('fleet.mean_nofloor', ['m0.quality', 'm1.health', 'm2.aged'], { rule: 'weighted_mean', critical_floor: false }, {
    unknown_policy: 'as_critical',
  }),
  // Four children, share 0.25: one unknown child (the second shard gone) is exactly at the share.
  parent('fleet.quorum', [...MODELS.map((m) => `${m}.health`), 'm0.quality'], { rule: 'k_of_n', k: 2 }, {
    unknown_policy: 'max_unknown_share',
    max_unknown_share: 0.25,
  }),
  // as_critical with the critical floor: one unknown child among heavy healthy ones keeps it at warning.
  parent('fleet.guarded', [['m0.health', 10], ['m0.quality', 10], 'm1.quality'], { rule: 'weighted_mean' }, {
    unknown_policy: 'as_critical',
  }),
  parent('fleet.any', MODELS.map((m) => `${m}.quality`), { rule: 'k_of_n', k: 1 }, { unknown_policy: 'as_critical' }),
];

const business: NodeSpec[] = [
  parent('revenue', [['fleet.worst', 2], 'fleet.mean', 'fleet.quorum'], { rule: 'weighted_mean' }, {
    tier: 'business',
    unknown_policy: 'ignore',
    impact: { measure: 'revenue_at_risk', unit: 'USD/hour', exposure: { constant: 10000 }, loss: { kind: 'linear', max_loss: 0.2 } },
  }),
  parent('customers', ['fleet.mean_nofloor', 'fleet.quorum', 'fleet.any'], { rule: 'k_of_n', k: 2 }, {
    tier: 'business',
    unknown_policy: 'as_critical',
    impact: {
      measure: 'customers_affected',
      unit: 'customers/hour',
      exposure: { constant: 500 },
      loss: { kind: 'step', steps: [{ below: 0.5, loss: 0.2 }, { below: 0.75, loss: 0.05 }] },
      price_when_ok: true,
    },
  }),
  parent('compliance', ['fleet.worst', 'fleet.any', 'm2.aged'], { rule: 'worst_of' }, {
    tier: 'business',
    unknown_policy: 'max_unknown_share',
    max_unknown_share: 0.5,
    impact: {
      measure: 'fine_at_risk',
      unit: 'EUR',
      exposure: { source: 'prom', query: 'sum(fines_max_eur)' },
      loss: { kind: 'piecewise', points: [[0, 0.5], [0.5, 0.1], [1, 0]] },
    },
  }),
];

/** The fleet spec (valid: `cascadeSpecProblems` finds nothing). */
export function fleetSpec(): Spec {
  return makeSpec([...MODELS.flatMap(modelNodes), ...fleetNodes, ...business], {
    defaults: { stale_after: 60 },
    sources: [{ id: 'prom', type: 'prometheus', url: 'http://127.0.0.1:9/', timeout: 5 }],
  });
}
