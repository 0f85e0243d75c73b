/**
 * The cascade series an exporter shard serves (docs/scale-out.md):
 * - computed series (score, status, unknown cause, value, last update, anomaly score, contributions,
 *   impact, exposure): of the nodes in its scope only (`ShardScope.nodes`);
 * - the retraining flag: of its models only;
 * - every other family, the topology (node info, thresholds, edge weights, rollup info, and any family
 *   this file does not name): of `ShardScope.topology`, by its `node` label, else its `parent` label
 *   (its own nodes and the nodes the rules evaluate, so the rules find those whichever shard is up).
 * Pure.
 */
import type { ShardScope } from '../shards';
import type { CascadeSamples } from './cascadeSamples';
import type { Sample } from './family';
import type { TopologySamples } from './topologySamples';

/** The families computed per node, by the label that names the node. */
const COMPUTED_BY_NODE = {
  score: 'node',
  status: 'node',
  unknownCause: 'node',
  value: 'node',
  lastUpdate: 'node',
  anomaly: 'node',
  featureShare: 'node',
  impact: 'node',
  exposure: 'node',
  contribution: 'parent',
} as const satisfies Partial<Record<keyof CascadeSamples, string>>;

type Family = readonly Sample<string>[];

const keep = (samples: Family, label: string, ids: ReadonlySet<string>): Sample<string>[] =>
  samples.filter((s) => ids.has(String(s.labels[label])));

/** A topology family kept for `ids` by its node label (`node`, else `parent`); as it is without one. */
function keepTopology(samples: Family, ids: ReadonlySet<string>): Family {
  const first = samples[0];
  if (first === undefined) return samples;
  const label = 'node' in first.labels ? 'node' : 'parent' in first.labels ? 'parent' : null;
  return label === null ? samples : keep(samples, label, ids);
}

/**
 * `samples` restricted to `scope` (see the header). Complexity O(samples).
 *
 * @example scopeCascadeSamples(samples, shard).score.map((s) => s.labels.node) // ['fraud.drift.amount', …] (no node spanning models)
 */
export function scopeCascadeSamples(
  samples: CascadeSamples,
  scope: Pick<ShardScope, 'nodes' | 'models' | 'topology'>,
): CascadeSamples {
  const out: Record<string, Family> = {};
  const computed: Record<string, string> = COMPUTED_BY_NODE;
  for (const [family, list] of Object.entries(samples) as [string, Family][]) {
    const label = computed[family];
    out[family] =
      family === 'retrain'
        ? keep(list, 'model', scope.models)
        : label !== undefined
          ? keep(list, label, scope.nodes)
          : keepTopology(list, scope.topology);
  }
  return out as unknown as CascadeSamples;
}

/**
 * The topology series (`topologySamples.ts`) of `scope.topology` only: each family by its `node`
 * label, else its `parent` label. Complexity O(samples).
 *
 * @example scopeTopologySamples(topology, shard).edgeWeight.map((s) => s.labels.parent) // its own parents and the spanning ones
 */
export function scopeTopologySamples(
  samples: TopologySamples,
  scope: Pick<ShardScope, 'topology'>,
): TopologySamples {
  const out: Record<string, Family> = {};
  for (const [family, list] of Object.entries(samples) as [string, Family][])
    out[family] = keepTopology(list, scope.topology);
  return out as unknown as TopologySamples;
}
