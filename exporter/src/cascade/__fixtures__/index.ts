/**
 * Small builders for cascade tests (and for other layers' tests that need a snapshot): minimal valid
 * specs, base and parent nodes, inputs observed at a fixed clock. Defaults are neutral: PSI-style
 * thresholds (warning 0.1, critical 0.25, higher_is_worse), weights 1, worst_of, propagate.
 * A realistic fixture is in `testingFraud.ts`, random DAGs in `testingDag.ts`.
 */
import type {
  ChildRef,
  ModelSpec,
  NodeSpec,
  RollupSpec,
  Spec,
  SpecDefaults,
  ThresholdSpec,
} from '../../spec/types';
import type { CascadeInputs, CascadeSnapshot, NodeResult } from '../types';

/** The fixed clock of cascade tests (Unix seconds, 2023-11-14T22:13:20Z). */
export const NOW = 1_700_000_000;
export const DAY = 86400;

export const PSI_THRESHOLDS: ThresholdSpec = { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' };

/** A valid spec around these nodes; models are created for every `model` the nodes name. */
export function makeSpec(
  nodes: NodeSpec[],
  extra: { defaults?: Partial<SpecDefaults>; models?: ModelSpec[] } & Partial<Omit<Spec, 'defaults'>> = {},
): Spec {
  const { defaults, models, ...rest } = extra;
  const named = [...new Set(nodes.map((n) => n.model).filter((m): m is string => m !== undefined))];
  return {
    api_version: 'mlhealth/v1',
    name: 'test',
    version: '1',
    currency: 'USD',
    defaults: {
      evaluation_interval: 15,
      stale_after: 300,
      unknown_policy: 'propagate',
      score_thresholds: { warning: 0.75, critical: 0.5 },
      max_children: 7,
      max_nodes_per_tier: 25,
      low_confidence_below: 0.6,
      ...defaults,
    },
    sources: [],
    models: models ?? named.map((id) => model(id)),
    nodes,
    teams: [],
    escalation_policies: [],
    scenarios: [],
    links: {},
    ...rest,
  };
}

/** A model with one numeric feature per name. */
export function model(
  id: string,
  extra: Partial<ModelSpec> = {},
  features: string[] = ['amount'],
): ModelSpec {
  return {
    id,
    version: '1',
    task: 'classification',
    features: features.map((name) => ({ name, type: 'numeric' })),
    window: { duration: 900 },
    evaluation_interval: 15,
    sample_size: 5000,
    bins: 10,
    correction: 'bh',
    ...extra,
  };
}

/** A base node: a PSI drift signal on feature `amount` with PSI thresholds unless told otherwise. */
export function base(id: string, extra: Partial<NodeSpec> = {}): NodeSpec {
  return {
    id,
    tier: 'base',
    title: id,
    signal: { kind: 'feature_drift', feature: 'amount', method: 'psi' },
    unit: 'none',
    thresholds: PSI_THRESHOLDS,
    score_mapping: 'linear',
    ...extra,
  };
}

/** A parent node; children as ids (weight 1) or [id, weight]. */
export function parent(
  id: string,
  children: Array<string | [string, number]>,
  rollup: RollupSpec = { rule: 'worst_of' },
  extra: Partial<NodeSpec> = {},
): NodeSpec {
  const refs: ChildRef[] = children.map((c) =>
    typeof c === 'string' ? { node: c, weight: 1 } : { node: c[0], weight: c[1] },
  );
  return { id, tier: 'component', title: id, children: refs, rollup, ...extra };
}

/** Inputs whose observations have these values, all observed `age` seconds before NOW (default 10). */
export function inputsOf(
  values: Record<string, number | null>,
  extra: Partial<CascadeInputs> & { age?: number } = {},
): CascadeInputs {
  const { age = 10, ...rest } = extra;
  const observations = new Map(
    Object.entries(values).map(([node, value]) => [node, { node, value, observedAt: NOW - age }] as const),
  );
  return { observations, exposures: new Map(), modelAges: new Map(), referenceAges: new Map(), ...rest };
}

/** The result of one node in a snapshot; throws when it is missing. */
export function nodeOf(snapshot: CascadeSnapshot, id: string): NodeResult {
  const found = snapshot.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`nodeOf: no node ${id} in the snapshot`);
  return found;
}

/** A node's contributions as an object child → share. */
export function sharesOf(result: NodeResult): Record<string, number> {
  return Object.fromEntries(result.contributions.map((c) => [c.child, c.share]));
}
