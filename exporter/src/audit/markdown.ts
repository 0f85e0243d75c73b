/**
 * `audit.md`: the audit report rendered for people. User text from the spec is escaped so it cannot
 * break a table or inject HTML. Pure.
 */
import { formatDuration as humanDuration } from '../cascade';
import { availabilitySection, specVersionsSection, uptimeSection } from './markdownHistory';
import { cell, iso, table } from './markdownText';
import type { AuditNode, AuditReport, AuditThreshold } from './types';

/** A value with where it was inherited from: "x (from model)", "x (from fraud.drift)", or **none**. */
function inherited(value: string | null, from: string | null): string {
  if (value === null) return '**none**';
  return `${cell(value)}${from !== null && from !== 'node' ? ` (from ${cell(from)})` : ''}`;
}

function nodeBlock(n: AuditNode): string {
  const owner = inherited(n.owner, n.owner_from);
  const inputs = n.lineage.inputs.map((i) => `${cell(i.id)} (${cell(i.label)})`).join(', ');
  const rows = [
    ['tier', n.tier + (n.model !== null ? ` · model ${cell(n.model)}` : '')],
    ['definition', cell(n.definition)],
    ['owner', owner],
    ['cadence', `${humanDuration(n.cadence_seconds)} (${n.cadence_from})`],
    ['provenance', cell(n.provenance)],
    ['playbook', inherited(n.playbook, n.playbook_from)],
    ['escalation', n.escalation === null ? cell(null) : inherited(n.escalation, n.escalation_from)],
    [
      'lineage',
      [
        n.lineage.children.length > 0
          ? `children: ${n.lineage.children.map(cell).join(', ')}`
          : `signal: ${cell(n.lineage.signal)}`,
        `raw inputs: ${inputs || '—'}`,
      ].join('<br>'),
    ],
  ];
  const description = n.description === null ? '' : `\n${cell(n.description)}\n`;
  return `### \`${cell(n.id)}\` — ${cell(n.title)}\n${description}\n${table(['', ''], rows)}`;
}

function thresholdRow(t: AuditThreshold): string[] {
  let origin: string = t.origin;
  if (t.derivation !== null) {
    const d = t.derivation;
    const how =
      d.method === 'reference_chunks'
        ? `mean ${d.mean} ± k·σ (σ ${d.std}, k ${d.k}, critical k ${d.critical_k}, ${d.chunks} chunks)`
        : `quantiles ${d.quantile} / ${d.critical_quantile} of history`;
    origin = `derived ${iso(d.at)}: ${how}, ${d.samples ?? '?'} samples`;
  } else if (t.rule !== null) origin = `awaiting calibration (${t.rule.method})`;
  else if (t.origin === 'score_defaults') origin = 'spec score thresholds';
  const value = (x: number | null) =>
    x !== null && t.unit === 'seconds' && x >= 120 ? `${x} (${humanDuration(x)})` : cell(x);
  return [
    `\`${cell(t.node)}\``,
    cell(t.unit),
    cell(t.direction),
    value(t.warning),
    value(t.critical),
    value(t.baseline),
    cell(origin),
  ];
}

function headerTable(r: AuditReport): string {
  const count = (tier: string) => r.nodes.filter((n) => n.tier === tier).length;
  const period = `${iso(r.period.start)} → ${iso(r.period.end)} (${humanDuration(r.period.seconds)})`;
  return table(
    ['', ''],
    [
      ['spec file', cell(r.spec.file)],
      ['sha256', `\`${r.spec.sha256}\``],
      ['period', period],
      ['Prometheus', r.prometheus === null ? 'not given' : cell(r.prometheus)],
      ['generated', iso(r.generated_at)],
      [
        'nodes',
        `${r.nodes.length} (${count('business')} business, ${count('component')} component, ${count('base')} base)`,
      ],
    ],
  );
}

function gapsSection(r: AuditReport): string {
  const ids = (list: string[]) => list.map((id) => `\`${cell(id)}\``).join(', ') || 'none';
  return [
    '## Gaps',
    '',
    `Nodes with no owner (${r.gaps.no_owner.length}): ${ids(r.gaps.no_owner)}.`,
    '',
    `Nodes with no playbook (${r.gaps.no_playbook.length}): ${ids(r.gaps.no_playbook)}.`,
  ].join('\n');
}

function thresholdsSection(r: AuditReport): string {
  const { warning, critical } = r.score_thresholds;
  const header = ['node', 'unit', 'direction', 'warning', 'critical', 'baseline', 'origin'];
  return [
    '## Thresholds and their derivations',
    '',
    `Parents without thresholds of their own read their score with the spec defaults: warning ≤ ${warning}, critical ≤ ${critical}.`,
    '',
    table(header, r.thresholds.map(thresholdRow)),
  ].join('\n');
}

/** The whole report as Markdown: header, gaps, history sections, thresholds, then every node by tier. */
export function renderAuditMarkdown(r: AuditReport): string {
  const nodes = (['business', 'component', 'base'] as const).flatMap((tier) =>
    r.nodes.filter((n) => n.tier === tier),
  );
  const sections = [
    `# Audit: ${cell(r.spec.name)} ${cell(r.spec.version)}`,
    headerTable(r),
    gapsSection(r),
    availabilitySection(r),
    uptimeSection(r),
    specVersionsSection(r),
    thresholdsSection(r),
    '## Nodes',
    ...nodes.map(nodeBlock),
  ];
  return sections.join('\n\n') + '\n';
}
