/**
 * The cascade series an exporter shard serves (docs/scale-out.md): the computed series (score, status,
 * unknown cause, value, last update, anomaly score, contributions, impact, exposure) of the nodes in its
 * scope only, and the retraining flag of its models only; the topology (node info, thresholds, edge
 * weights, rollup info, and any other family this file does not name) of every node, from every shard,
 * so the recording rules find it whichever shard is up. Pure.
 */
import type { ShardScope } from '../shards';
import type { Sample } from './family';
import type { CascadeSamples } from './cascadeSamples';

/** The families computed per node, by the label that names the node. */
const COMPUTED_BY_NODE = {
  score: 'node',
  status: 'node',
  unknownCause: 'node',
  value: 'node',
  lastUpdate: 'node',
  anomaly: 'node',
  impact: 'node',
  exposure: 'node',
  contribution: 'parent',
} as const satisfies Partial<Record<keyof CascadeSamples, string>>;

function keep<L extends string>(
  samples: readonly Sample<L>[],
  label: L,
  ids: ReadonlySet<string>,
): Sample<L>[] {
  return samples.filter((s) => ids.has(String(s.labels[label])));
}

/**
 * `samples` restricted to `scope`: computed families to its nodes, `retrain` to its models, the rest
 * (topology) as it is. Complexity O(samples).
 *
 * @example scopeCascadeSamples(samples, shard).score.map((s) => s.labels.node) // ['fraud.drift.amount', …] (no node spanning models)
 */
export function scopeCascadeSamples(
  samples: CascadeSamples,
  scope: Pick<ShardScope, 'nodes' | 'models'>,
): CascadeSamples {
  const out: CascadeSamples = { ...samples };
  for (const [family, label] of Object.entries(COMPUTED_BY_NODE) as [
    keyof typeof COMPUTED_BY_NODE,
    string,
  ][]) {
    (out as unknown as Record<string, unknown>)[family] = keep(
      samples[family] as Sample<string>[],
      label,
      scope.nodes,
    );
  }
  out.retrain = keep(samples.retrain, 'model', scope.models);
  return out;
}
