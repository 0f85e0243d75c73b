/**
 * The Markdown sections of the audit that come from Prometheus: unknown and stale nodes, uptime, and
 * spec versions. Each says plainly when Prometheus was not given or a query failed. Pure.
 */
import { formatDuration as humanDuration } from '../cascade';
import { cell, iso, needsText, table } from './markdownText';
import type { AuditReport, UptimeEntry } from './types';

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(2)}%`;
}

function errorsText(errors: readonly string[]): string[] {
  return errors.length === 0
    ? []
    : [
        '',
        `**Queries that failed** (their numbers are missing, not zero): ${errors.map((e) => cell(e)).join('; ')}`,
      ];
}

function labelsText(e: UptimeEntry, keys: readonly string[]): string {
  return (
    keys
      .map((k) => e.labels[k])
      .filter((v) => v !== undefined)
      .map((v) => cell(v as string))
      .join(' · ') || '—'
  );
}

/** Unknown and stale nodes over the period. */
export function availabilitySection(r: AuditReport): string {
  const head = '## Unknown and stale nodes';
  const a = r.availability;
  if (!a.available) return `${head}\n\n${needsText(a)}`;
  const rows = a.nodes
    .filter((n) => n.unknown_seconds > 0 || n.stale || n.observed_seconds === 0)
    .map((n) => [
      `\`${cell(n.node)}\``,
      n.observed_seconds === 0 ? 'no data' : humanDuration(n.observed_seconds),
      humanDuration(n.unknown_seconds),
      humanDuration(n.longest_unknown_seconds),
      n.unknown_since === null ? '—' : iso(n.unknown_since),
      n.last_update === null ? 'never' : `${iso(n.last_update)}${n.stale ? ' (**stale**)' : ''}`,
    ]);
  const intro = `Durations are counted in steps of ${humanDuration(a.step)} from \`mlhealth_node_status\` (3 = unknown); a node without samples was not exported at all. Nodes unknown for no step and fresh at the end are left out.`;
  const body =
    rows.length === 0
      ? 'No node was unknown or stale in the period.'
      : table(['node', 'observed', 'unknown', 'longest unknown', 'unknown since', 'last update'], rows);
  return [head, '', intro, '', body, ...errorsText(a.errors)].join('\n');
}

/** Exporter and source uptime over the period. */
export function uptimeSection(r: AuditReport): string {
  const head = '## Exporter and source uptime';
  const u = r.uptime;
  if (!u.available) return `${head}\n\n${needsText(u)}`;
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
      `source \`${cell(e.labels.source ?? '')}\``,
      labelsText(e, ['instance', 'environment']),
      percent(e.ratio),
    ]),
    ...u.sources_without_data.map((s) => [`source \`${cell(s)}\``, '—', 'no data']),
  ];
  const intro =
    'Mean of the samples over the period (`avg_over_time`); time without any sample is not counted, see the observed column above.';
  const body =
    rows.length === 0
      ? 'Prometheus holds no uptime series for the period.'
      : table(['what', 'where', 'uptime'], rows);
  return [head, '', intro, '', body, ...errorsText(u.errors)].join('\n');
}

/** Spec versions that ran in the period and what changed between them. */
export function specVersionsSection(r: AuditReport): string {
  const head = '## Spec versions in the period';
  const v = r.spec_versions;
  if (!v.available) return `${head}\n\n${needsText(v)}`;
  const rows = v.versions.map((s) => [
    cell(s.instance),
    cell(s.name),
    cell(s.version),
    `\`${cell(s.sha256)}\``,
    iso(s.first_seen),
    iso(s.last_seen),
  ]);
  const changes = v.changes.map((c) => {
    const what = c.content_changed_without_version_bump
      ? `content changed **without a version bump** (${cell(c.from.version)}, \`${cell(c.from.sha256.slice(0, 12))}\` → \`${cell(c.to.sha256.slice(0, 12))}\`)`
      : `${cell(c.from.version)} (\`${cell(c.from.sha256.slice(0, 12))}\`) → ${cell(c.to.version)} (\`${cell(c.to.sha256.slice(0, 12))}\`)`;
    return `- ${iso(c.at)} on ${cell(c.instance)}: ${what}`;
  });
  const audited =
    v.audited_file_ran_last === null
      ? 'No `mlhealth_spec_info` sample in the period.'
      : v.audited_file_ran_last
        ? 'The audited spec file is the one that ran last.'
        : `**The audited spec file (\`${r.spec.sha256.slice(0, 12)}\`) is not the one that ran last.**`;
  const body =
    rows.length === 0
      ? ''
      : table(['instance', 'name', 'version', 'sha256', 'first seen', 'last seen'], rows);
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
