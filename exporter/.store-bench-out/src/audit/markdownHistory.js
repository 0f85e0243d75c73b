"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.availabilitySection = availabilitySection;
exports.uptimeSection = uptimeSection;
exports.specVersionsSection = specVersionsSection;
/**
 * The Markdown sections of the audit that come from Prometheus: unknown and stale nodes, uptime, and
 * spec versions. Each says plainly when Prometheus was not given or a query failed. Pure.
 */
const cascade_1 = require("../cascade");
const markdownText_1 = require("./markdownText");
function percent(ratio) {
    return `${(ratio * 100).toFixed(2)}%`;
}
function errorsText(errors) {
    return errors.length === 0
        ? []
        : [
            '',
            `**Queries that failed** (their numbers are missing, not zero): ${errors.map((e) => (0, markdownText_1.cell)(e)).join('; ')}`,
        ];
}
function labelsText(e, keys) {
    return (keys
        .map((k) => e.labels[k])
        .filter((v) => v !== undefined)
        .map((v) => (0, markdownText_1.cell)(v))
        .join(' · ') || '—');
}
/** Unknown and stale nodes over the period. */
function availabilitySection(r) {
    const head = '## Unknown and stale nodes';
    const a = r.availability;
    if (!a.available)
        return `${head}\n\n${(0, markdownText_1.needsText)(a)}`;
    const rows = a.nodes
        .filter((n) => n.unknown_seconds > 0 || n.stale || n.observed_seconds === 0)
        .map((n) => [
        `\`${(0, markdownText_1.cell)(n.node)}\``,
        n.observed_seconds === 0 ? 'no data' : (0, cascade_1.formatDuration)(n.observed_seconds),
        (0, cascade_1.formatDuration)(n.unknown_seconds),
        (0, cascade_1.formatDuration)(n.longest_unknown_seconds),
        n.unknown_since === null ? '—' : (0, markdownText_1.iso)(n.unknown_since),
        n.last_update === null ? 'never' : `${(0, markdownText_1.iso)(n.last_update)}${n.stale ? ' (**stale**)' : ''}`,
    ]);
    const intro = `Durations are counted in steps of ${(0, cascade_1.formatDuration)(a.step)} from \`mlhealth_node_status\` (3 = unknown); a node without samples was not exported at all. Nodes unknown for no step and fresh at the end are left out.`;
    const body = rows.length === 0
        ? 'No node was unknown or stale in the period.'
        : (0, markdownText_1.table)(['node', 'observed', 'unknown', 'longest unknown', 'unknown since', 'last update'], rows);
    return [head, '', intro, '', body, ...errorsText(a.errors)].join('\n');
}
/** Exporter and source uptime over the period. */
function uptimeSection(r) {
    const head = '## Exporter and source uptime';
    const u = r.uptime;
    if (!u.available)
        return `${head}\n\n${(0, markdownText_1.needsText)(u)}`;
    const rows = [
        ...u.exporter.map((e) => [
            'scrape target (`up`)',
            labelsText(e, ['job', 'instance', 'environment']),
            percent(e.ratio),
        ]),
        ...u.mlhealth_up.map((e) => [
            'exporter (`mlhealth_up`)',
            labelsText(e, ['instance', 'environment']),
            percent(e.ratio),
        ]),
        ...u.sources.map((e) => [
            `source \`${(0, markdownText_1.cell)(e.labels.source ?? '')}\``,
            labelsText(e, ['instance', 'environment']),
            percent(e.ratio),
        ]),
        ...u.sources_without_data.map((s) => [`source \`${(0, markdownText_1.cell)(s)}\``, '—', 'no data']),
    ];
    const intro = 'Mean of the samples over the period (`avg_over_time`); time without any sample is not counted, see the observed column above.';
    const body = rows.length === 0
        ? 'Prometheus holds no uptime series for the period.'
        : (0, markdownText_1.table)(['what', 'where', 'uptime'], rows);
    return [head, '', intro, '', body, ...errorsText(u.errors)].join('\n');
}
/** Spec versions that ran in the period and what changed between them. */
function specVersionsSection(r) {
    const head = '## Spec versions in the period';
    const v = r.spec_versions;
    if (!v.available)
        return `${head}\n\n${(0, markdownText_1.needsText)(v)}`;
    const rows = v.versions.map((s) => [
        (0, markdownText_1.cell)(s.instance),
        (0, markdownText_1.cell)(s.name),
        (0, markdownText_1.cell)(s.version),
        `\`${(0, markdownText_1.cell)(s.sha256)}\``,
        (0, markdownText_1.iso)(s.first_seen),
        (0, markdownText_1.iso)(s.last_seen),
    ]);
    const changes = v.changes.map((c) => {
        const what = c.content_changed_without_version_bump
            ? `content changed **without a version bump** (${(0, markdownText_1.cell)(c.from.version)}, \`${(0, markdownText_1.cell)(c.from.sha256.slice(0, 12))}\` → \`${(0, markdownText_1.cell)(c.to.sha256.slice(0, 12))}\`)`
            : `${(0, markdownText_1.cell)(c.from.version)} (\`${(0, markdownText_1.cell)(c.from.sha256.slice(0, 12))}\`) → ${(0, markdownText_1.cell)(c.to.version)} (\`${(0, markdownText_1.cell)(c.to.sha256.slice(0, 12))}\`)`;
        return `- ${(0, markdownText_1.iso)(c.at)} on ${(0, markdownText_1.cell)(c.instance)}: ${what}`;
    });
    const audited = v.audited_file_ran_last === null
        ? 'No `mlhealth_spec_info` sample in the period.'
        : v.audited_file_ran_last
            ? 'The audited spec file is the one that ran last.'
            : `**The audited spec file (\`${r.spec.sha256.slice(0, 12)}\`) is not the one that ran last.**`;
    const body = rows.length === 0
        ? ''
        : (0, markdownText_1.table)(['instance', 'name', 'version', 'sha256', 'first seen', 'last seen'], rows);
    return [
        head,
        '',
        audited,
        '',
        body,
        '',
        changes.length === 0 ? 'No change in the period.' : ['Changes:', ...changes].join('\n'),
        ...errorsText(v.errors),
    ].join('\n');
}
//# sourceMappingURL=markdownHistory.js.map