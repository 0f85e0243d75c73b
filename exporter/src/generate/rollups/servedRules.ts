/**
 * The served group: the children an exporter evaluates (of the tiers some depth reads from the
 * shards, `DepthPlan.servedTiers`), read from the shards' series once per evaluation for every depth
 * group, deduplicated over the shards (`instance` dropped):
 *
 *   mlhealth:rollup_served:score                 a served node's score (the lowest any shard serves);
 *                                                in a tier that also holds nodes no ruled parent
 *                                                reads (`--rollups prometheus`: most components),
 *                                                only while a ruled parent reads it (the topology
 *                                                groups' edges say which), so the ruler stores series
 *                                                for the children it uses, not the whole tier;
 *   mlhealth:rollup_served:status{stale_after}   its status while it is known as the ruler sees it:
 *                                                0..2, with a score, recomputed within `stale_after`
 *                                                seconds (`mlhealth_node_last_update_timestamp_seconds`
 *                                                carries `node` only: read for every node); absent
 *                                                otherwise (no data is never a status).
 *                                                One rule per distinct stale limit of the depths
 *                                                (`DepthPlan.staleAfter`), over the tiers of those depths.
 *
 * Why a group of its own: every depth with served children used to read the served tiers' status,
 * score and last update and deduplicate them itself, each over the whole tier (a selector cannot name
 * only the children of one depth). In `npm run bench:fleet` that was the largest rule of depths 1 and
 * 2 alike: 20,000 base nodes × 3 metrics, read twice. Now it is read once, and a depth joins its edges
 * with these records (labels `environment`, `node`, `tier`: cheap to read and match).
 *
 * The price is one evaluation of delay: a depth group reads what this group recorded up to one
 * interval earlier, so a shard's change (or its disappearance: its series are stale-marked, so its
 * nodes drop out of these records) reaches the parents one interval later than before. A ruled node
 * of a served tier is in these records too (the ruler's own contract series match the tier selector);
 * the depth groups read it from its depth record, never from here (`edgeRules.ts`).
 */
import { METRICS } from '../../metrics/names';
import type { RecordingRule, RuleGroup } from '../rules/types';
import type { DepthPlan } from './plan';
import type { Spec } from '../../spec/types';
import { copyLabel, labelList, NODE_KEY, oneOf, orAll, PARTITION, RECORDS, sel } from './vocabulary';

export const SERVED_GROUP = 'mlhealth-rollup-served';

/** The labels of the served records. */
export const SERVED_LABELS = [...PARTITION, 'node', 'tier'];

const sorted = <T>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/** The served status of the tiers `tiers` under the stale limit `limit` (seconds). */
function statusRule(tiers: string[], limit: number): RecordingRule {
  const by = labelList(SERVED_LABELS);
  const key = labelList(NODE_KEY);
  const tier = { tier: oneOf(tiers) };
  return {
    record: RECORDS.servedStatus,
    expr:
      `(\n  max by ${by} (${sel(METRICS.nodeStatus.name, tier)}) < 3\n  and on ${key} ${sel(RECORDS.servedScore, tier)}\n)\n` +
      `unless on ${key}\n(time() - max by ${key} (${METRICS.nodeLastUpdate.name}) > ${limit})`,
    labels: { stale_after: String(limit) },
  };
}

/**
 * The served tiers that hold nodes no ruled parent reads (with `--rollups prometheus`, most of a
 * fleet's components): their records are narrowed to the children of ruled parents, so the ruler does
 * not store two series for every node of the tier. Tiers whose every served node is such a child
 * (the base tier with `--rollups all`) are not narrowed: the join would cost and filter nothing.
 */
function narrowedTiers(plans: readonly DepthPlan[], spec: Spec, tiers: string[]): string[] {
  const ruled = new Set(plans.flatMap((p) => p.nodes.map((n) => n.id)));
  const children = new Set(
    plans.flatMap((p) => p.nodes.flatMap((n) => (n.children ?? []).map((c) => c.node))),
  );
  return tiers.filter((tier) =>
    spec.nodes.some((n) => n.tier === tier && !ruled.has(n.id) && !children.has(n.id)),
  );
}

/**
 * The children of the parents of the depths reading `tiers`, one series per child keyed like the
 * served records (`node`): from the topology groups' edge records.
 */
function childrenOf(plans: readonly DepthPlan[], tiers: string[]): string {
  const depths = plans
    .filter((p) => p.servedTiers.some((t) => tiers.includes(t)))
    .map((p) => String(p.depth));
  const edges = sel(RECORDS.edgeWeight, { depth: oneOf(depths) });
  return copyLabel(`group by ${labelList([...PARTITION, 'child'])} (${edges})`, 'node', 'child');
}

/** The served score rule: the narrowed tiers' nodes only while a ruled parent reads them. */
function scoreRule(plans: readonly DepthPlan[], spec: Spec, tiers: string[]): RecordingRule {
  const narrowed = narrowedTiers(plans, spec, tiers);
  const whole = tiers.filter((t) => !narrowed.includes(t));
  const score = (of: string[]) =>
    `min by ${labelList(SERVED_LABELS)} (${sel(METRICS.nodeScore.name, { tier: oneOf(of) })})`;
  const terms = [
    ...(whole.length > 0 ? [score(whole)] : []),
    ...(narrowed.length > 0
      ? [`${score(narrowed)}\nand on ${labelList(NODE_KEY)}\n${childrenOf(plans, narrowed)}`]
      : []),
  ];
  return { record: RECORDS.servedScore, expr: orAll(terms) as string };
}

/**
 * The served group of `plans`, or null when no depth reads a child from the shards (never for a spec:
 * the deepest ruled parents have base children, which the shards serve). Its records precede the
 * depth groups in the rule file (promtool's `group_eval_order`). A served status is recorded only for
 * a node with a served score, so narrowing the score narrows both.
 */
export function servedGroup(plans: readonly DepthPlan[], spec: Spec): RuleGroup | null {
  const reading = plans.filter((p) => p.servedTiers.length > 0);
  if (reading.length === 0) return null;
  const tiers = sorted(reading.flatMap((p) => p.servedTiers));
  const limits = [...new Set(reading.map((p) => p.staleAfter))].sort((a, b) => a - b);
  const statuses = limits.map((limit) =>
    statusRule(sorted(reading.filter((p) => p.staleAfter === limit).flatMap((p) => p.servedTiers)), limit),
  );
  return { name: SERVED_GROUP, rules: [scoreRule(plans, spec, tiers), ...statuses] };
}
