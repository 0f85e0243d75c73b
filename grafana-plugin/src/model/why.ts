/**
 * "Why is this red?" as one sentence an executive reads, and the root-cause chain behind it. Pure.
 *
 * Rules:
 * - The root-cause chain starts at the node and steps down, while the current node has children that
 *   are not ok, to the child that explains most of it: the largest exported contribution share, then
 *   the worst status (unknown > critical > warning), then the lowest score, then the title. It ends at
 *   a base signal, or at a node whose children are all ok (its own threshold decided). O(depth · children).
 * - Sentence: "<title> is <status>[ (<impact> of <exposure>[ per <period>] at risk)] because <cause>".
 *   The impact part is given for a node with impacts (business outcomes), one clause per measure joined
 *   by "; ", the period when the impact is a rate that says so ("per hour"). An ok
 *   node reads "<title> is OK", with no cause.
 * - The cause names the chain's last node, the signal that crossed its threshold:
 *   - a drift signal of a model (id or title says "drift") whose title or id names a feature of that
 *     model's `mlhealth_feature_drift` series: "<model>'s feature <feature> drifted: <METHOD> <value>
 *     <op> <threshold>" (method: the one named in the title, else the one whose value at the model's
 *     time is nearest the node's value);
 *   - otherwise "<title> is <status>: <value> <op> <threshold>" with the value in the node's unit;
 *   - unknown: "<title> has no current data"; no value or threshold: "<title> is <status>".
 *   The threshold is the one of the status reached (critical or warning); `op` is ≥ when the value is at
 *   or above it, else ≤ (true of both directions of thresholds).
 */
import { valueAt } from './sampleAt';
import { severity, statusLabel } from './status';
import type { CascadeModel, CascadeNode, DriftSeries, Impact } from './types';

/** Number formatting the sentence uses, injected so the model stays free of Grafana's unit registry. */
export interface WhyFormat {
  /** A node value in its contract unit, e.g. `(2.83, 'none')` → `2.83`, `(0.031, 'ratio')` → `3.10%`. */
  value(value: number, unit: string): string;
  /** An impact amount of a node's impact (its measure, and unit where exported), e.g. `54000` → `$54.0K`. */
  impact(value: number, of: Impact): string;
}

/**
 * The root-cause chain of node `id`: ids from the node down to the signal that explains its status (see
 * the rules in the file header). `[]` for an id not in the model; `[id]` for an ok node or a leaf.
 *
 * @example rootCauseChain(demo, 'revenue_assurance') // ['revenue_assurance', 'fraud.drift', 'fraud.drift.amount']
 */
export function rootCauseChain(model: CascadeModel, id: string): string[] {
  const start = model.byId.get(id);
  if (!start) {
    return [];
  }
  const chain = [start.id];
  const seen = new Set(chain);
  let current = start;
  while (current.status !== 'ok') {
    const next = mainCause(model, current);
    if (!next || seen.has(next.id)) {
      break;
    }
    chain.push(next.id);
    seen.add(next.id);
    current = next;
  }
  return chain;
}

// The child that explains most of a non-ok parent; null when every child is ok.
function mainCause(model: CascadeModel, node: CascadeNode): CascadeNode | null {
  const share = new Map(node.contributions.map((c) => [c.child, c.share]));
  const candidates = node.children
    .map((c) => model.byId.get(c))
    .filter((c): c is CascadeNode => c !== undefined && c.status !== 'ok');
  candidates.sort(
    (a, b) =>
      (share.get(b.id) ?? -1) - (share.get(a.id) ?? -1) ||
      severity(b.status) - severity(a.status) ||
      (a.score ?? -1) - (b.score ?? -1) ||
      a.title.localeCompare(b.title)
  );
  return candidates[0] ?? null;
}

/**
 * The "why" sentence of node `id` (rules in the file header); null for an id not in the model.
 *
 * @example whySentence(model, 'revenue_assurance', fmt)
 * // "Revenue assurance is critical ($23.4K of $120.0K at risk) because fraud's feature amount drifted: PSI 0.310 ≥ 0.250"
 */
export function whySentence(model: CascadeModel, id: string, fmt: WhyFormat): string | null {
  const node = model.byId.get(id);
  if (!node) {
    return null;
  }
  const status = node.status === 'ok' ? 'OK' : statusLabel(node.status).toLowerCase();
  const head = `${node.title} is ${status}${impactPart(node, fmt)}`;
  if (node.status === 'ok') {
    return head;
  }
  const chain = rootCauseChain(model, id);
  const leaf = model.byId.get(chain[chain.length - 1])!;
  if (leaf === node) {
    const own = thresholdClause(node, fmt, node.children.length > 0);
    return own ? `${head}: ${own}` : head;
  }
  return `${head} because ${causeClause(model, leaf, fmt)}`;
}

// A rate's period, when the impact carries one (`per: 'hour'`, from the exporter's unit series).
const perPart = (i: Impact & { per?: string }) => (i.per ? ` per ${i.per}` : '');

function impactPart(node: CascadeNode, fmt: WhyFormat): string {
  const parts = node.impacts
    .filter((i) => i.value !== null)
    .map((i) =>
      i.exposure !== null && i.exposure > 0
        ? `${fmt.impact(i.value!, i)} of ${fmt.impact(i.exposure, i)}${perPart(i)} at risk`
        : `${fmt.impact(i.value!, i)}${perPart(i)} at risk`
    );
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function causeClause(model: CascadeModel, leaf: CascadeNode, fmt: WhyFormat): string {
  if (leaf.status === 'unknown') {
    return `${leaf.title} has no current data`;
  }
  const crossed = thresholdClause(leaf, fmt, false);
  const drift = driftFeatureOf(model, leaf);
  if (drift && crossed) {
    return `${leaf.model}'s feature ${drift.feature} drifted: ${methodName(drift.method)} ${crossed}`;
  }
  const status = statusLabel(leaf.status).toLowerCase();
  return crossed ? `${leaf.title} is ${status}: ${crossed}` : `${leaf.title} is ${status}`;
}

// "<value> ≥ <threshold>" for the threshold of the node's status; in score for a parent (`inScore`).
function thresholdClause(node: CascadeNode, fmt: WhyFormat, inScore: boolean): string | null {
  const threshold = node.status === 'critical' ? node.thresholds.critical : node.thresholds.warning;
  const value = inScore ? node.score : node.value;
  if (threshold === null || value === null || (node.status !== 'critical' && node.status !== 'warning')) {
    return null;
  }
  const show = (v: number) => (inScore ? `score ${v.toFixed(2)}` : fmt.value(v, node.unit));
  const op = value >= threshold ? '≥' : '≤';
  return `${show(value)} ${op} ${inScore ? threshold.toFixed(2) : fmt.value(threshold, node.unit)}`;
}

const METHOD_NAMES: Record<string, string> = {
  psi: 'PSI',
  ks: 'KS',
  js: 'Jensen-Shannon',
  jensen_shannon: 'Jensen-Shannon',
  wasserstein: 'Wasserstein',
  chi2: 'χ²',
  z: '|z|',
};

/**
 * A drift method's display name; an unlisted one as exported.
 *
 * @example methodName('psi') // 'PSI'
 * @example methodName('energy') // 'energy'
 */
export function methodName(method: string): string {
  return METHOD_NAMES[method.toLowerCase()] ?? method;
}

const words = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9_]+/g, ' ')} `;

/**
 * The feature and method a drift signal measures, read from the model's drift series (rules in the file
 * header); null when the node is not a drift signal or names no feature of its model.
 *
 * @example driftFeatureOf(demo, demo.byId.get('fraud.drift.amount')!) // { feature: 'amount', method: 'psi' }
 */
export function driftFeatureOf(model: CascadeModel, node: CascadeNode): { feature: string; method: string } | null {
  const text = `${words(node.id.replace(/\./g, ' '))}${words(node.title)}`;
  if (!node.model || !text.includes('drift')) {
    return null;
  }
  const own = model.drift.filter((d) => d.model === node.model && text.includes(` ${d.feature.toLowerCase()} `));
  if (own.length === 0) {
    return null;
  }
  const longest = Math.max(...own.map((d) => d.feature.length));
  const named = own.filter((d) => d.feature.length === longest);
  const byTitle = named.find((d) => words(node.title).includes(` ${d.method.toLowerCase()} `));
  const pick = byTitle ?? nearestByValue(named, node.value, model.at);
  return { feature: pick.feature, method: pick.method };
}

function nearestByValue(series: DriftSeries[], value: number | null, at: number): DriftSeries {
  if (value === null) {
    return series[0];
  }
  const gap = (d: DriftSeries) => Math.abs((valueAt(d, at) ?? Infinity) - value);
  return series.reduce((best, d) => (gap(d) < gap(best) ? d : best));
}
