/**
 * The fleet a rollup rule test simulates: two exporter shards (models alternate between them in spec
 * order; nodes without a model go to the first), each scraped with its own `instance`, each serving
 * the whole topology, every node's `mlhealth_node_info`, and the nodes it evaluates (every node the rules do not). One environment label
 * rides along, as the scrape configuration would add it.
 */
import { statusCode } from '../../spec/status';
import type { CascadeSnapshot } from '../../cascade/types';
import { cascadeSamples } from '../../metrics/cascadeSamples';
import { topologySamples } from '../../metrics/topologySamples';
import { METRICS } from '../../metrics/names';
import type { Sample } from '../../metrics/family';
import { ruledNodes, type RollupScope } from '../../spec/placement';
import type { NodeSpec } from '../../spec/types';
import type { GenerateContext } from '../context';
import { SCRAPE_JOB } from '../rules/names';
import { constant, growing, series, seriesName } from '../ruleTests/series';
import type { InputSeries } from './types';

/** The environment label every test series carries (the rules must keep it). */
export const TEST_ENVIRONMENT = 'test';
export const SHARDS = ['shard-0:9853', 'shard-1:9853'] as const;

/** Fixed reading of exposures read from a source, as the owning exporter would serve it. */
export const EXPOSURE_READING = 1000;

export interface Fleet {
  ruled: ReadonlySet<string>;
  /** Nodes the shards evaluate and serve, in spec order. */
  exported: NodeSpec[];
  shardOf: (node: NodeSpec) => number;
}

export function fleetOf(ctx: GenerateContext, scope: RollupScope): Fleet {
  const ruled = new Set(ruledNodes(ctx.spec.nodes, scope));
  const models = ctx.spec.models.map((m) => m.id);
  return {
    ruled,
    exported: ctx.spec.nodes.filter((n) => !ruled.has(n.id)),
    shardOf: (node) =>
      node.model === undefined ? 0 : Math.max(0, models.indexOf(node.model)) % SHARDS.length,
  };
}

/** How a scenario's series behave over its `steps` intervals. */
export interface SeriesPlan {
  steps: number;
  interval: number;
  /** The shard whose target is gone after the first sample (its series stale-marked), if any. */
  goneShard: number | null;
  /** A node whose evaluation is stuck: its last update stays at 0 while its status is served. */
  stuckNode: string | null;
}

function name(metric: string, labels: Record<string, string | undefined>, shard: number): string {
  return seriesName(
    metric,
    { ...labels, environment: TEST_ENVIRONMENT, job: SCRAPE_JOB, instance: SHARDS[shard] },
    false,
  );
}

function values(v: number, shard: number, plan: SeriesPlan): string {
  return shard === plan.goneShard ? `${v} stale` : constant(v, plan.steps);
}

function fromSamples(
  metric: string,
  samples: readonly Sample[],
  shard: number,
  plan: SeriesPlan,
): InputSeries[] {
  return samples.map((s) =>
    series(name(metric, s.labels as Record<string, string>, shard), values(s.value, shard, plan)),
  );
}

/** Every series the shards serve in a scenario whose shard-evaluated results are `snapshot`. */
export function fleetSeries(
  ctx: GenerateContext,
  fleet: Fleet,
  snapshot: CascadeSnapshot,
  plan: SeriesPlan,
): InputSeries[] {
  const topology = topologySamples(ctx.spec);
  const info = cascadeSamples(ctx.spec, null, new Map()).info;
  const out: InputSeries[] = [];
  SHARDS.forEach((_, shard) => {
    const up = shard === plan.goneShard ? `1 0x${plan.steps - 1}` : constant(1, plan.steps);
    out.push(series(name('up', {}, shard), up));
    out.push(...fromSamples(METRICS.edgeWeight.name, topology.edgeWeight, shard, plan));
    out.push(...fromSamples(METRICS.nodeThreshold.name, topology.threshold, shard, plan));
    out.push(...fromSamples(METRICS.nodeRollupInfo.name, topology.rollupInfo, shard, plan));
    out.push(...fromSamples(METRICS.nodeMaxUnknownShare.name, topology.maxUnknownShare, shard, plan));
    out.push(...fromSamples(METRICS.nodeInfo.name, info, shard, plan));
  });
  const results = new Map(snapshot.nodes.map((r) => [r.id, r]));
  for (const node of fleet.exported) {
    const shard = fleet.shardOf(node);
    const r = results.get(node.id);
    if (r === undefined) continue;
    const id = { node: node.id, tier: node.tier, model: node.model };
    out.push(series(name(METRICS.nodeStatus.name, id, shard), values(statusCode(r.status), shard, plan)));
    if (r.status !== 'unknown' && r.score !== null) {
      out.push(series(name(METRICS.nodeScore.name, id, shard), values(r.score, shard, plan)));
    }
    if (r.value !== null)
      out.push(series(name(METRICS.nodeValue.name, id, shard), values(r.value, shard, plan)));
    for (const c of r.contributions) {
      const edge = name(METRICS.nodeContribution.name, { parent: node.id, child: c.child }, shard);
      out.push(series(edge, values(c.share, shard, plan)));
    }
    const update = name(METRICS.nodeLastUpdate.name, { node: node.id }, shard);
    const frozen = node.id === plan.stuckNode;
    out.push(
      series(
        update,
        shard === plan.goneShard
          ? '0 stale'
          : frozen
            ? constant(0, plan.steps)
            : growing(0, plan.interval, plan.steps),
      ),
    );
  }
  for (const node of ctx.spec.nodes.filter((n) => fleet.ruled.has(n.id) && n.impact !== undefined)) {
    const impact = node.impact as NonNullable<NodeSpec['impact']>;
    if ('constant' in impact.exposure) continue;
    const labels = { node: node.id, measure: impact.measure };
    out.push(series(name(METRICS.businessExposure.name, labels, 0), constant(EXPOSURE_READING, plan.steps)));
  }
  return out;
}
