"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderAuditMarkdown = renderAuditMarkdown;
/**
 * `audit.md`: the audit report rendered for people. User text from the spec is escaped so it cannot
 * break a table or inject HTML. Pure.
 */
const cascade_1 = require("../cascade");
const markdownHistory_1 = require("./markdownHistory");
const markdownText_1 = require("./markdownText");
function nodeBlock(n) {
    const owner = n.owner === null ? '**none**' : `${(0, markdownText_1.cell)(n.owner)}${n.owner_from === 'model' ? ' (from model)' : ''}`;
    const inputs = n.lineage.inputs.map((i) => `${(0, markdownText_1.cell)(i.id)} (${(0, markdownText_1.cell)(i.label)})`).join(', ');
    const rows = [
        ['tier', n.tier + (n.model !== null ? ` · model ${(0, markdownText_1.cell)(n.model)}` : '')],
        ['definition', (0, markdownText_1.cell)(n.definition)],
        ['owner', owner],
        ['cadence', `${(0, cascade_1.formatDuration)(n.cadence_seconds)} (${n.cadence_from})`],
        ['provenance', (0, markdownText_1.cell)(n.provenance)],
        ['playbook', n.playbook === null ? '**none**' : (0, markdownText_1.cell)(n.playbook)],
        ['escalation', (0, markdownText_1.cell)(n.escalation)],
        [
            'lineage',
            [
                n.lineage.children.length > 0
                    ? `children: ${n.lineage.children.map(markdownText_1.cell).join(', ')}`
                    : `signal: ${(0, markdownText_1.cell)(n.lineage.signal)}`,
                `raw inputs: ${inputs || '—'}`,
            ].join('<br>'),
        ],
    ];
    const description = n.description === null ? '' : `\n${(0, markdownText_1.cell)(n.description)}\n`;
    return `### \`${(0, markdownText_1.cell)(n.id)}\` — ${(0, markdownText_1.cell)(n.title)}\n${description}\n${(0, markdownText_1.table)(['', ''], rows)}`;
}
function thresholdRow(t) {
    let origin = t.origin;
    if (t.derivation !== null) {
        const d = t.derivation;
        const how = d.method === 'reference_chunks'
            ? `mean ${d.mean} ± k·σ (σ ${d.std}, k ${d.k}, critical k ${d.critical_k}, ${d.chunks} chunks)`
            : `quantiles ${d.quantile} / ${d.critical_quantile} of history`;
        origin = `derived ${(0, markdownText_1.iso)(d.at)}: ${how}, ${d.samples ?? '?'} samples`;
    }
    else if (t.rule !== null)
        origin = `awaiting calibration (${t.rule.method})`;
    else if (t.origin === 'score_defaults')
        origin = 'spec score thresholds';
    const value = (x) => x !== null && t.unit === 'seconds' && x >= 120 ? `${x} (${(0, cascade_1.formatDuration)(x)})` : (0, markdownText_1.cell)(x);
    return [
        `\`${(0, markdownText_1.cell)(t.node)}\``,
        (0, markdownText_1.cell)(t.unit),
        (0, markdownText_1.cell)(t.direction),
        value(t.warning),
        value(t.critical),
        value(t.baseline),
        (0, markdownText_1.cell)(origin),
    ];
}
function headerTable(r) {
    const count = (tier) => r.nodes.filter((n) => n.tier === tier).length;
    const period = `${(0, markdownText_1.iso)(r.period.start)} → ${(0, markdownText_1.iso)(r.period.end)} (${(0, cascade_1.formatDuration)(r.period.seconds)})`;
    return (0, markdownText_1.table)(['', ''], [
        ['spec file', (0, markdownText_1.cell)(r.spec.file)],
        ['sha256', `\`${r.spec.sha256}\``],
        ['period', period],
        ['Prometheus', r.prometheus === null ? 'not given' : (0, markdownText_1.cell)(r.prometheus)],
        ['generated', (0, markdownText_1.iso)(r.generated_at)],
        [
            'nodes',
            `${r.nodes.length} (${count('business')} business, ${count('component')} component, ${count('base')} base)`,
        ],
    ]);
}
function gapsSection(r) {
    const ids = (list) => list.map((id) => `\`${(0, markdownText_1.cell)(id)}\``).join(', ') || 'none';
    return [
        '## Gaps',
        '',
        `Nodes with no owner (${r.gaps.no_owner.length}): ${ids(r.gaps.no_owner)}.`,
        '',
        `Nodes with no playbook (${r.gaps.no_playbook.length}): ${ids(r.gaps.no_playbook)}.`,
    ].join('\n');
}
function thresholdsSection(r) {
    const { warning, critical } = r.score_thresholds;
    const header = ['node', 'unit', 'direction', 'warning', 'critical', 'baseline', 'origin'];
    return [
        '## Thresholds and their derivations',
        '',
        `Parents without thresholds of their own read their score with the spec defaults: warning ≤ ${warning}, critical ≤ ${critical}.`,
        '',
        (0, markdownText_1.table)(header, r.thresholds.map(thresholdRow)),
    ].join('\n');
}
/** The whole report as Markdown: header, gaps, history sections, thresholds, then every node by tier. */
function renderAuditMarkdown(r) {
    const nodes = ['business', 'component', 'base'].flatMap((tier) => r.nodes.filter((n) => n.tier === tier));
    const sections = [
        `# Audit: ${(0, markdownText_1.cell)(r.spec.name)} ${(0, markdownText_1.cell)(r.spec.version)}`,
        headerTable(r),
        gapsSection(r),
        (0, markdownHistory_1.availabilitySection)(r),
        (0, markdownHistory_1.uptimeSection)(r),
        (0, markdownHistory_1.specVersionsSection)(r),
        thresholdsSection(r),
        '## Nodes',
        ...nodes.map(nodeBlock),
    ];
    return sections.join('\n\n') + '\n';
}
//# sourceMappingURL=markdown.js.map