/**
 * One exporter's share of a sharded fleet (docs/scale-out.md), resolved against the spec:
 * - models: `--shard I/N` owns the models with `fnv1a32(id) mod N = I`; `--models a,b` owns the listed
 *   ones; `--topology-only` owns none.
 * - nodes: a base node belongs to its model's shard; a parent with one model beneath it (whether its
 *   own `model` is set or not) belongs to that model's shard; the parents spanning models belong to no
 *   shard (the rules evaluate them, rules.ts). A node with no model beneath (a PromQL signal of no
 *   model, a parent of such signals only) belongs to the shard that owns the spec's first model (shard
 *   0 of a spec without models), so exactly one shard exports it when the shards partition the models. With `rollups: 'all'` (the rules evaluate every tier above
 *   the base one: `mlhealth generate --rollups all`) a shard exports its base nodes only.
 * - topology (node info, thresholds, edge weights, rollup info): of its own nodes, and of every node
 *   the rules evaluate, from every shard, so the rules and the panel keep the fleet-wide nodes while
 *   any shard is up, and each node's series are exported once per fleet, not once per shard
 *   (`--topology-only`: of every node).
 * Pure; the composition root (`main.ts`) builds one per exporter.
 */
import { closestName } from '../spec/closest';
import { modelsBeneath } from '../spec/graph';
import type { Spec } from '../spec/types';
import { UsageError } from '../spec/usageError';
import { shardOf } from './fnv1a';
import { nodesInRules } from './rules';
import type { ShardScope, ShardSelector } from './types';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The unknown ids of a `--models` list, each with its nearest declared id. */
function checkListedModels(listed: readonly string[], declared: readonly string[]): void {
  const known = new Set(declared);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of listed) {
    if (seen.has(id)) problems.push(`'${id}' is listed twice`);
    seen.add(id);
    if (known.has(id)) continue;
    const near = closestName(id, declared);
    problems.push(`no model '${id}' in the spec${near === undefined ? '' : ` (did you mean '${near}'?)`}`);
  }
  if (problems.length > 0)
    throw new UsageError(
      `--models '${listed.join(',')}': ${problems.join('; ')}; the spec's models: ${declared.join(', ') || '(none)'}`,
    );
}

/** Whether the selector owns model `id` (declared in the spec). */
function owns(selector: ShardSelector, id: string): boolean {
  if (selector.kind === 'hash') return shardOf(id, selector.count) === selector.index;
  if (selector.kind === 'models') return selector.models.includes(id);
  return selector.kind === 'all';
}

function ruleOf(selector: ShardSelector): string {
  if (selector.kind === 'hash') return `shard ${selector.index}/${selector.count} (--shard)`;
  if (selector.kind === 'models') return `--models ${selector.models.join(',')}`;
  if (selector.kind === 'all') return 'every model';
  return '--topology-only';
}

function misdirection(selector: ShardSelector, model: string): string {
  if (selector.kind === 'all') return `model '${model}' is not served here`;
  if (selector.kind === 'hash')
    return `model '${model}' belongs to shard ${shardOf(model, selector.count)}/${selector.count} (--shard)`;
  if (selector.kind === 'models')
    return `model '${model}' is not in this exporter's --models (${selector.models.join(', ')})`;
  return `model '${model}' is not ingested here: this exporter runs --topology-only`;
}

/** The nodes whose computed series the owner of `models` exports (see the header). */
function ownedNodes(
  spec: Spec,
  models: ReadonlySet<string>,
  homeOfModelless: boolean,
  inRules: ReadonlySet<string>,
): Set<string> {
  const beneath = modelsBeneath(spec.nodes);
  const nodes = new Set<string>();
  for (const node of spec.nodes) {
    if (inRules.has(node.id)) continue;
    // Not in the rules: at most one model beneath (rules.ts).
    const model = (beneath.get(node.id) ?? [])[0];
    if (model !== undefined ? models.has(model) : homeOfModelless) nodes.add(node.id);
  }
  return nodes;
}

/** `nodes` and every node beneath them. O(nodes + edges). */
function withDescendants(spec: Spec, nodes: ReadonlySet<string>): Set<string> {
  const byId = new Map(spec.nodes.map((n) => [n.id, n]));
  const out = new Set<string>();
  const stack = [...nodes];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    for (const c of byId.get(id)?.children ?? []) stack.push(c.node);
  }
  return out;
}

/**
 * The scope of the exporter `selector` declares, over `spec`.
 *
 * @throws UsageError naming the value for a `--shard` index not below its count, and for `--models`
 *   ids the spec does not declare (each with a did-you-mean) or listed twice.
 * @example
 * const scope = resolveShardScope(spec, { kind: 'hash', index: 2, count: 3 }); // spec models fraud, recsys
 * [...scope.models] // ['fraud']
 * scope.misdirected('recsys') // "model 'recsys' belongs to shard 1/3 (--shard)"
 */
export function resolveShardScope(spec: Spec, selector: ShardSelector): ShardScope {
  const declared = spec.models.map((m) => m.id);
  if (selector.kind === 'hash' && !(selector.index >= 0 && selector.index < selector.count))
    throw new UsageError(
      `--shard '${selector.index}/${selector.count}': the index must be below the count (shards 0..${selector.count - 1})`,
    );
  if (selector.kind === 'models') checkListedModels(selector.models, declared);
  const models = new Set(declared.filter((id) => owns(selector, id)));
  const home =
    declared.length > 0 ? owns(selector, declared[0]) : selector.kind === 'hash' && selector.index === 0;
  const inRules = nodesInRules(spec.nodes, selector.rollups ?? 'prometheus');
  const nodes = ownedNodes(spec, models, home || selector.kind === 'all', inRules);
  const topology =
    selector.kind === 'topology' ? new Set(spec.nodes.map((n) => n.id)) : new Set([...nodes, ...inRules]);
  return {
    selector,
    models,
    nodes,
    topology,
    needed: withDescendants(spec, nodes),
    misdirected: (model) => (models.has(model) ? null : misdirection(selector, model)),
    describe: () =>
      `${ruleOf(selector)}: ${plural(models.size, 'model')} of ${declared.length.toLocaleString('en-US')}, ` +
      `${plural(nodes.size, 'node')} of ${spec.nodes.length.toLocaleString('en-US')} computed here` +
      (selector.rollups === 'all' ? ' (--rollups all: every tier above the base one in the rules)' : ''),
  };
}
