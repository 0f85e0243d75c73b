/** Which part of the fleet one exporter serves, as its flags declare it (`cli/serve/options.ts` parses them). */
import type { RollupScope } from '../spec/placement';

/**
 * - `hash`: `--shard I/N`, the models whose `fnv1a32(id) mod N = I` (fnv1a.ts);
 * - `models`: `--models a,b`, an explicit list of model ids;
 * - `topology`: `--topology-only`, no model at all: the topology series only;
 * - `all`: every model (`--rollups` alone: one exporter beside rules that evaluate some tiers).
 * `rollups` says which nodes the generated rules evaluate, as `mlhealth generate --rollups` does:
 * `prometheus` (the default) the nodes spanning models, `all` every node above the base tier.
 */
export type ShardSelector = (
  | { kind: 'hash'; index: number; count: number }
  | { kind: 'models'; models: readonly string[] }
  | { kind: 'topology' }
  | { kind: 'all' }
) & { rollups?: RollupsInRules };

/** Which nodes the recording rules evaluate: those spanning models, or every non-base node. */
export type RollupsInRules = RollupScope;

/** What one exporter of a sharded fleet owns, resolved against the spec (scope.ts). */
export interface ShardScope {
  readonly selector: ShardSelector;
  /** The models it ingests (a monitor each); every other model is refused with `misdirected`. */
  readonly models: ReadonlySet<string>;
  /**
   * The nodes whose computed series (score, status, value, contributions, impact, last update) it
   * exports: the base nodes of its models and every node whose whole subtree is its own models. The
   * nodes that span models are left to the generated recording rules (rules.ts).
   */
  readonly nodes: ReadonlySet<string>;
  /**
   * The nodes whose topology series (node info, thresholds, edge weights by parent, rollup info) it
   * exports: its own nodes and every node the rules evaluate (`--topology-only`: every node).
   */
  readonly topology: ReadonlySet<string>;
  /**
   * The nodes it evaluates to compute its own: those and every node beneath them (a PromQL base node
   * of no model that another shard exports, say). Only their PromQL sources are polled.
   */
  readonly needed: ReadonlySet<string>;
  /** Why a model the spec declares is not ingested here (naming the rule), or null when it is. */
  misdirected(model: string): string | null;
  /** One line for the start-up banner, e.g. `shard 1/3 (--shard): 12 of 40 models, 360 of 1,203 nodes`. */
  describe(): string;
}
