/**
 * Exporter shards (docs/scale-out.md): the stable hash that places a model on a shard, the split of
 * the cascade between exporters and generated rules, and one exporter's scope (the models it ingests,
 * the nodes whose series it exports). Pure.
 *
 * May import: spec.
 */
export { fnv1a32, shardOf } from './fnv1a';
export { nodesInRules } from './rules';
export { resolveShardScope } from './scope';
export type { RollupsInRules, ShardScope, ShardSelector } from './types';
