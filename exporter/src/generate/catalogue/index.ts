/**
 * `generateCatalogue`: the metrics catalogue, living documentation generated from the spec: the
 * hierarchy as a Mermaid diagram, then every node with its definition, statistic, window, thresholds
 * and their derivation, owner, cadence, provenance, playbook, escalation and alerts.
 */
import type { ModelSpec, NodeSpec, Spec, Tier } from '../../spec/types';
import type { GenerateContext, NodeFacts } from '../context';
import { METRICS } from '../../metrics/names';
import { parseImpactUnit } from '../../spec/impactUnit';
import { displayDuration } from '../rules/format';
import { ALERTS } from '../rules/names';
import { unknownRuleOf } from '../../cascade/unknown';
import { needsExporter, nodeDepths, ruledNodes } from '../../spec/placement';
import { hierarchyMermaid } from './mermaid';
import { scoreThresholdText, signalDefinition, thresholdText, windowText } from './definitions';

const TIERS: Array<[Tier, string]> = [
  ['business', 'Business tier'],
  ['component', 'Component tier'],
  ['base', 'Base tier'],
];

/** A Markdown table cell: pipes escaped, newlines flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function link(url: string | undefined): string {
  return url === undefined ? '—' : `<${url}>`;
}

function escalationText(facts: NodeFacts): string {
  const { policy, team, node } = facts;
  if (policy === undefined) return 'none: alerts carry no team and are not notified';
  const inherited = node.escalation === undefined ? ' (inherited from an ancestor)' : '';
  const levels = policy.levels
    .map(
      (l) =>
        `${l.severity} → ${l.receiver} within ${displayDuration(l.respond_within)}${l.business_hours_only === true ? ' (business hours)' : ''}`,
    )
    .join('; ');
  return `\`${policy.id}\`${inherited}: team ${team?.title ?? policy.team} — ${levels}`;
}

type Row = [string, string];

/** What a base node measures: statistic, window, unit, thresholds, objective. */
function measureRows(node: NodeSpec, model: ModelSpec | undefined): Row[] {
  const rows: Row[] = [
    ['Statistic', signalDefinition(node.signal as NonNullable<NodeSpec['signal']>)],
    ['Window', windowText(model)],
    ['Unit', node.unit ?? 'none'],
  ];
  if (node.thresholds !== undefined) rows.push(['Thresholds', thresholdText(node.thresholds, node)]);
  const o = node.objective;
  if (o !== undefined) {
    const what =
      o.latency_below === undefined
        ? 'of predictions without error'
        : `of predictions faster than ${displayDuration(o.latency_below)}`;
    rows.push([
      'Objective',
      `${o.target * 100}% ${what} over ${displayDuration(o.period)} (multi-window burn-rate alerts)`,
    ]);
  }
  return rows;
}

/** How a parent rolls its children up, and its score thresholds. */
function rollupRows(spec: Spec, node: NodeSpec): Row[] {
  const children = (node.children ?? []).map((c) => `\`${c.node}\` ×${c.weight}`).join(', ');
  const rule =
    node.rollup?.rule === 'k_of_n' ? `k_of_n (k ${node.rollup.k})` : (node.rollup?.rule ?? 'worst_of');
  const unknown = unknownRuleOf(node, spec.defaults);
  const policy =
    unknown.maxUnknownShare === undefined
      ? unknown.policy
      : `${unknown.policy} (rated while at most ${unknown.maxUnknownShare * 100}% are unknown)`;
  return [
    ['Rollup', `${rule} of ${children}; unknown children: ${policy}`],
    ['Thresholds', scoreThresholdText(spec, node)],
    ['Evaluated by', placementText(spec, node)],
  ];
}

/** Who evaluates a parent when the fleet is sharded (docs/scale-out.md), and its depth in the rules. */
function placementText(spec: Spec, node: NodeSpec): string {
  const depth = nodeDepths(spec.nodes).get(node.id) ?? 0;
  const ruled = ruledNodes(spec.nodes, 'prometheus').includes(node.id);
  const where = ruled
    ? 'the recording rules of `--rollups prometheus` (it spans models)'
    : needsExporter(node)
      ? 'the exporter owning its model, whatever `--rollups` (decay or a retraining trigger)'
      : 'the exporter owning its model (the recording rules with `--rollups all`)';
  return `${where}; depth ${depth} (\`mlhealth_node_rollup_info\`)`;
}

/** Business impact and aging, when declared. */
function impactRows(node: NodeSpec, currency: string): Row[] {
  const rows: Row[] = [];
  const i = node.impact;
  if (i !== undefined) {
    const exposure =
      'constant' in i.exposure ? `${i.exposure.constant} ${i.unit}` : `from source \`${i.exposure.source}\``;
    const { unit, per } = parseImpactUnit(i.unit, currency);
    const exported = `\`${METRICS.businessUnitInfo.name}{unit="${unit}",per="${per}"}\``;
    rows.push([
      'Impact',
      `\`${i.measure}\` in ${i.unit} (${exported}): exposure ${exposure}, ${i.loss.kind} loss model`,
    ]);
  }
  const d = node.decay;
  if (d !== undefined) {
    const halves = `then halves every ${displayDuration(d.half_life)}, floor ${d.floor}`;
    rows.push(['Aging', `${d.of} age: no decay for ${displayDuration(d.grace)}, ${halves}`]);
  }
  return rows;
}

function nodeRows(ctx: GenerateContext, facts: NodeFacts): Row[] {
  const { node } = facts;
  const model = node.model === undefined ? undefined : ctx.models.get(node.model);
  const tier: Row = ['Tier', node.model === undefined ? node.tier : `${node.tier}, model \`${node.model}\``];
  return [
    tier,
    ...(node.description === undefined ? [] : [['Description', node.description] as Row]),
    ...(node.signal !== undefined ? measureRows(node, model) : rollupRows(ctx.spec, node)),
    ...impactRows(node, ctx.spec.currency),
    ['Owner', node.owner ?? model?.owner ?? '—'],
    ['Cadence', `every ${displayDuration(facts.cadence)}`],
    ['Provenance', node.provenance ?? '—'],
    ['Playbook', link(facts.runbookUrl)],
    ['Escalation', escalationText(facts)],
    ['Parents', facts.parents.length === 0 ? '—' : facts.parents.map((p) => `\`${p}\``).join(', ')],
    ['Dashboard', link(facts.dashboardUrl)],
  ];
}

function nodeSection(ctx: GenerateContext, facts: NodeFacts): string {
  const rows = nodeRows(ctx, facts).map(([k, v]) => `| ${k} | ${cell(v)} |`);
  return [`### \`${facts.node.id}\` — ${facts.node.title}`, '', '| | |', '|---|---|', ...rows, ''].join('\n');
}

function alertList(): string {
  return Object.values(ALERTS)
    .map((a) => `\`${a}\``)
    .join(', ');
}

/**
 * The catalogue as Markdown. Deterministic (spec order, ISO dates in UTC).
 * @example generateCatalogue(ctx).startsWith('# Metrics catalogue') // true
 */
export function generateCatalogue(ctx: GenerateContext): string {
  const spec: Spec = ctx.spec;
  const parts = [
    `# Metrics catalogue: ${spec.name} ${spec.version}`,
    '',
    `Generated by \`mlhealth generate\` from the spec; do not edit. ${spec.description ?? ''}`.trimEnd(),
    '',
    `Currency: ${spec.currency}. Defaults: evaluated every ${displayDuration(spec.defaults.evaluation_interval)}, ` +
      `inputs stale after ${displayDuration(spec.defaults.stale_after)}, unknown policy \`${spec.defaults.unknown_policy}\`. ` +
      `Alerts: ${alertList()} (see docs/alerting.md). Topology for recording rules (docs/scale-out.md): ` +
      `\`mlhealth_edge_weight\`, \`mlhealth_node_threshold\`, \`mlhealth_node_rollup_info\`, \`mlhealth_node_max_unknown_share\`.`,
    '',
    '## Hierarchy',
    '',
    '```mermaid',
    hierarchyMermaid(spec),
    '```',
    '',
  ];
  for (const [tier, title] of TIERS) {
    const nodes = ctx.nodes.filter((f) => f.node.tier === tier);
    if (nodes.length === 0) continue;
    parts.push(`## ${title}`, '', ...nodes.map((f) => nodeSection(ctx, f)));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
