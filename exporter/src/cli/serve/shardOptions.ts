/**
 * The shard flags of `mlhealth serve` (docs/scale-out.md): `--shard I/N`, `--models a,b` and
 * `--topology-only`, at most one of them, and only with `--spec`; `--rollups prometheus|all` says
 * which nodes the generated rules evaluate (as `mlhealth generate --rollups` does), so the exporter
 * leaves those to them. The model ids of `--models` are checked against the spec when it is loaded
 * (`shards/scope.ts`, with a did-you-mean).
 */
import type { RollupsInRules, ShardSelector } from '../../shards';
import { choiceOption, listOption } from '../args';
import { UsageError } from '../io';

/** The most shards `--shard` takes (far past any fleet; a typo like 1/30000 is caught). */
export const MAX_SHARDS = 4096;

/** `I/N` → a hash selector; throws UsageError naming the value. */
export function parseShard(value: string): ShardSelector {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (m === null) throw new UsageError(`--shard '${value}' is not I/N (e.g. 0/3: the first of three shards)`);
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || count > MAX_SHARDS)
    throw new UsageError(`--shard '${value}': the count must be between 1 and ${MAX_SHARDS}`);
  if (index >= count)
    throw new UsageError(
      `--shard '${value}': the index must be below the count (shards are numbered 0..${count - 1})`,
    );
  return { kind: 'hash', index, count };
}

/**
 * The selector the flags declare, or undefined when none is given (the exporter serves every model).
 * @throws UsageError for a malformed value, two of the flags together, or any of them without a spec.
 */
export function parseShardFlags(
  values: { shard?: string; models?: string; 'topology-only'?: boolean; rollups?: string },
  hasSpec: boolean,
): ShardSelector | undefined {
  const selector = selectorOf(values, hasSpec);
  if (values.rollups === undefined) return selector;
  const rollups = choiceOption<RollupsInRules>('rollups', values.rollups, ['prometheus', 'all']);
  if (selector?.kind === 'topology')
    throw new UsageError('--rollups and --topology-only: a topology-only exporter computes no node at all');
  if (!hasSpec)
    throw new UsageError(`--rollups ${rollups} needs --spec: the built-in demo runs as one exporter`);
  return { ...(selector ?? { kind: 'all' }), rollups };
}

function selectorOf(
  values: { shard?: string; models?: string; 'topology-only'?: boolean },
  hasSpec: boolean,
): ShardSelector | undefined {
  const given = [
    values.shard !== undefined ? `--shard ${values.shard}` : null,
    values.models !== undefined ? `--models ${values.models}` : null,
    values['topology-only'] === true ? '--topology-only' : null,
  ].filter((g): g is string => g !== null);
  if (given.length === 0) return undefined;
  if (given.length > 1)
    throw new UsageError(`${given.join(' and ')}: give one of --shard, --models and --topology-only`);
  if (!hasSpec) throw new UsageError(`${given[0]} needs --spec: the built-in demo runs as one exporter`);
  if (values.shard !== undefined) return parseShard(values.shard);
  if (values.models !== undefined) return { kind: 'models', models: listOption('models', values.models) };
  return { kind: 'topology' };
}
