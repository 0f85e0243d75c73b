/**
 * The scenarios of the rollup rule tests. Each sets every base node's score (or makes it unknown),
 * lets the in-process engine evaluate the whole cascade, and expects the recording rules to find the
 * engine's results for the nodes they evaluate from the shards' series alone:
 *
 *   healthy            every base node scores 1;
 *   mixed              base scores cycle through ok, warning and critical values;
 *   critical           every base node scores 0 (the ruled nodes' critical alerts fire, without `instance`);
 *   on the warning threshold  every base node scores exactly the warning score: thresholds are
 *                      inclusive on the worse side (a weighted mean landing on it is warning);
 *   unknown children   mixed, every fourth base node unknown: each unknown policy at work;
 *   shard gone         mixed, the second shard's target disappears (its series stale-marked): its nodes
 *                      are unknown to the rules, and their parents follow their policies;
 *   stale node         mixed, one served node is no longer recomputed (its last update stays old while
 *                      its status is still served): the rules count it unknown.
 */
import { evaluateCascade } from '../../cascade/evaluate';
import type { BaseObservation, CascadeSnapshot, NodeOverride } from '../../cascade/types';
import { isLeaf } from '../../spec/graph';
import type { GenerateContext } from '../context';
import { EXPOSURE_READING, type Fleet } from './fleet';

export interface RollupScenario {
  name: string;
  /** What the shards evaluated and serve. */
  served: CascadeSnapshot;
  /** What the rules must find: `served`, with the nodes of a gone shard or a stuck evaluation unknown. */
  expected: CascadeSnapshot;
  goneShard: number | null;
  stuckNode: string | null;
}

const MIXED = [1, 0.9, 0.7, 0.45, 0.2, 0.8, 0.6, 0.3];

/** Evaluates the spec with these base scores (null: unknown) and these served nodes unknown. */
function evaluate(
  ctx: GenerateContext,
  score: (i: number) => number | null,
  unknown: string[],
  now: number,
): CascadeSnapshot {
  const bases = ctx.spec.nodes.filter(isLeaf);
  const overrides = new Map<string, NodeOverride>();
  const observations = new Map<string, BaseObservation>();
  bases.forEach((node, i) => {
    const s = score(i);
    overrides.set(node.id, s === null ? { status: 'unknown' } : { score: s });
    observations.set(node.id, { node: node.id, value: 0, observedAt: now });
  });
  for (const id of unknown) overrides.set(id, { status: 'unknown' });
  const models = new Map(ctx.spec.models.map((m) => [m.id, 0]));
  const exposures = new Map(
    ctx.spec.nodes.filter((n) => n.impact !== undefined).map((n) => [n.id, EXPOSURE_READING]),
  );
  return evaluateCascade(
    ctx.spec,
    { observations, exposures, modelAges: models, referenceAges: models, overrides },
    now,
  );
}

/** The served node whose evaluation gets stuck: the first served child of a ruled node. */
function stuckCandidate(ctx: GenerateContext, fleet: Fleet): string | null {
  const served = new Set(fleet.exported.map((n) => n.id));
  for (const node of ctx.spec.nodes.filter((n) => fleet.ruled.has(n.id))) {
    const child = (node.children ?? []).find((c) => served.has(c.node));
    if (child !== undefined) return child.node;
  }
  return null;
}

/** The seven scenarios at evaluation time `now`. */
export function rollupScenarios(ctx: GenerateContext, fleet: Fleet, now: number): RollupScenario[] {
  const mixed = (i: number) => MIXED[i % MIXED.length] as number;
  const holes = (i: number) => (i % 4 === 1 ? null : mixed(i));
  const onWarning = () => ctx.spec.defaults.score_thresholds.warning;
  const gone = fleet.exported.filter((n) => fleet.shardOf(n) === 1).map((n) => n.id);
  const stuck = stuckCandidate(ctx, fleet);
  const plain = (name: string, score: (i: number) => number | null): RollupScenario => {
    const snapshot = evaluate(ctx, score, [], now);
    return { name, served: snapshot, expected: snapshot, goneShard: null, stuckNode: null };
  };
  const served = evaluate(ctx, mixed, [], now);
  return [
    plain('healthy', () => 1),
    plain('mixed', mixed),
    plain('critical', () => 0),
    plain('on the warning threshold', onWarning),
    plain('unknown children', holes),
    { name: 'shard gone', served, expected: evaluate(ctx, mixed, gone, now), goneShard: 1, stuckNode: null },
    {
      name: 'stale node',
      served,
      expected: evaluate(ctx, mixed, stuck === null ? [] : [stuck], now),
      goneShard: null,
      stuckNode: stuck,
    },
  ];
}
