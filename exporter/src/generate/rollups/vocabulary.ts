/**
 * The words the rollup rules are written in: the names of the intermediate records (Prometheus'
 * `level:metric:operation` convention, colons marking them as recorded, never exported), the label
 * sets they keep, and small PromQL builders. The contract series they produce keep their contract
 * names (`metrics/names.ts`).
 *
 * Label sets. Every record keeps `environment`, the scrape-target label the dashboards filter on (one
 * Prometheus may hold several environments; each is rolled up on its own), and drops `instance` and
 * `job`: a node is one series whichever shard or ruler computed its inputs. Edge records are keyed by the
 * edge and carry the parent's rollup description; node records by the parent (`node`) and its depth.
 */
import { quote } from '../rules/labels';

/** Target labels kept through every aggregation (the dashboards' `$environment`). */
export const PARTITION = ['environment'] as const;

/** Intermediate records; `depth` tells the groups' series apart. */
export const RECORDS = {
  edgeWeight: 'mlhealth:rollup_edge:weight',
  nodeThreshold: 'mlhealth:rollup_node:threshold',
  nodeMaxUnknownShare: 'mlhealth:rollup_node:max_unknown_share',
  edgeStatus: 'mlhealth:rollup_edge:child_status',
  edgeRatedScore: 'mlhealth:rollup_edge:rated_score',
  nodeScore: 'mlhealth:rollup_node:score',
  nodeForcedUnknown: 'mlhealth:rollup_node:unknown_forced',
  nodeStatusByScore: 'mlhealth:rollup_node:status_by_score',
  nodeStatus: 'mlhealth:rollup_node:status',
  nodePricedScore: 'mlhealth:rollup_node:priced_score',
  nodeLoss: 'mlhealth:rollup_node:loss',
  nodeImpact: 'mlhealth:rollup_node:impact',
  nodeExposure: 'mlhealth:rollup_node:exposure',
  edgeShare: 'mlhealth:rollup_edge:share',
  servedScore: 'mlhealth:rollup_served:score',
  servedStatus: 'mlhealth:rollup_served:status',
} as const;

/** The parent's description an edge record carries (the labels of `mlhealth_node_rollup_info`). */
export const INFO_LABELS = [
  'node',
  'tier',
  'model',
  'depth',
  'rollup',
  'k',
  'unknown_policy',
  'critical_floor',
];

/** Labels of edge records: the edge (`parent`, `child`), the parent again as `node`, its description. */
export const EDGE_LABELS = [...PARTITION, 'parent', 'child', ...INFO_LABELS];

/** Labels of node records: the parent and its depth. */
export const NODE_LABELS = [...PARTITION, 'node', 'tier', 'model', 'depth'];

/** Labels node records match on (one series per parent and environment). */
export const NODE_KEY = [...PARTITION, 'node'];

/**
 * Labels edge records match on: one series per edge, so binary operations between them match on the
 * edge (`on (environment, parent, child)`), cheaper than on every label they carry.
 */
export const EDGE_KEY = [...PARTITION, 'parent', 'child'];

/** The contract labels of a node series, plus the partition. */
export const CONTRACT_NODE = [...PARTITION, 'node', 'tier', 'model'];

/** `(a, b, c)` for `by`, `on`, `group_left`. */
export function labelList(labels: readonly string[]): string {
  return `(${labels.join(', ')})`;
}

/** `metric{k="v",k2=~"regex"}`: values starting with `=~` are regular expressions. */
export function sel(metric: string, matchers: Record<string, string> = {}): string {
  const parts = Object.entries(matchers).map(([k, v]) =>
    v.startsWith('=~') ? `${k}=~${quote(v.slice(2))}` : `${k}=${quote(v)}`,
  );
  return parts.length === 0 ? metric : `${metric}{${parts.join(', ')}}`;
}

/** `=~` and an exact alternation of `values` (regex metacharacters escaped), for `sel`. */
export function anyOf(values: readonly string[]): string {
  return `=~${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}`;
}

/** An equality matcher for one value, an exact alternation (`anyOf`) for several. */
export function oneOf(values: readonly string[]): string {
  return values.length === 1 ? (values[0] as string) : anyOf(values);
}

/**
 * A number as a PromQL literal that Go parses to the same double (JavaScript's shortest round-trip
 * form), negative values in parentheses.
 *
 * @throws Error for a value that is not finite: the generator never writes NaN or Inf into a rule.
 * @example num(0.1) // '0.1'
 * @example num(-0.4) // '(-0.4)'
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`num: ${value} is not a finite number`);
  return value < 0 ? `(${String(value)})` : String(value);
}

/** `label_join(expr, "to", "", "from")`: the value of label `from` copied into `to` (no regular expression to run). */
export function copyLabel(expr: string, to: string, from: string): string {
  return `label_join(${expr}, ${quote(to)}, "", ${quote(from)})`;
}

/** `label_replace(expr, "label", "value", "", "")`: sets a constant label. */
export function setLabel(expr: string, label: string, value: string): string {
  return `label_replace(${expr}, ${quote(label)}, ${quote(value)}, "", "")`;
}

/** Alternatives joined by `or`, each on its own line (null when there are none). */
export function orAll(terms: readonly string[]): string | null {
  return terms.length === 0 ? null : terms.map((t) => (terms.length > 1 ? `(${t})` : t)).join('\nor\n');
}
