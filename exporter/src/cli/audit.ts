/**
 * `mlhealth audit SPEC [--prometheus URL] [--since 30d] [--out DIR]`: writes `audit.md` and
 * `audit.json` — every node's definition, owner, cadence, provenance and lineage; gaps; thresholds and
 * their derivations; and, from Prometheus, unknown/stale time, uptime and spec versions over the period.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildAuditReport } from '../audit/report';
import { renderAuditMarkdown } from '../audit/markdown';
import { fetchAuditData } from '../audit/prometheus';
import type { AuditReport, PromAuditData } from '../audit/types';
import { DEFAULT_JOB } from '../audit/queries';
import { parseDuration } from '../spec/duration';
import { parseCommandArgs } from './args';
import { UsageError, type CliCommand } from './io';
import { nowOption } from './offlineInputs';
import { loadSpecArgument, onlySpecArgument } from './specArgument';

export const AUDIT_USAGE = `usage: mlhealth audit SPEC [options]

Writes DIR/audit.md and DIR/audit.json for auditors: every node with its definition, owner, cadence,
provenance and lineage; nodes with no owner or playbook; thresholds and their derivations. With
--prometheus, also from the exporter's series over the period: how long nodes were unknown and whether
they are stale, exporter and source uptime, and the spec versions that ran (with what changed).
Without it those sections say they need it; no numbers are invented.

options:
  --prometheus URL   Prometheus that scrapes the exporter (http or https)
  --since DURATION   length of the period, ending now (default 30d)
  --job NAME         scrape job of the exporter, for up{job=...} (default ${DEFAULT_JOB})
  --out DIR          where to write audit.md and audit.json (default .)
  --now TIME         end of the period (Unix seconds or ISO-8601; default now)
  -h, --help         show this help

exit codes: 0 written, 1 written but some Prometheus queries failed (listed), 2 usage error or invalid spec
`;

function sinceOption(value: string): number {
  let seconds: number;
  try {
    seconds = parseDuration(value);
  } catch {
    throw new UsageError(`--since '${value}' is not a duration such as 30d, 12h or 90m`);
  }
  if (seconds < 1) throw new UsageError(`--since '${value}' must be at least 1s`);
  return seconds;
}

function failedQueries(data: PromAuditData): string[] {
  const results = [
    data.nodeStatus,
    data.lastUpdate,
    data.exporterUp,
    data.mlhealthUp,
    data.sourceUp,
    data.specInfo,
  ];
  return results.flatMap((r) => (r.ok ? [] : [`${r.query}: ${r.error}`]));
}

const text = { type: 'string' } as const;
const OPTIONS = {
  prometheus: text,
  since: text,
  job: text,
  out: text,
  now: text,
  help: { type: 'boolean', short: 'h' },
} as const;

/** The checked options, before anything is read. */
function auditOptions(values: { since?: string; now?: string; job?: string; prometheus?: string }) {
  const seconds = sinceOption(values.since ?? '30d');
  const end = Math.floor(nowOption(values.now));
  const job = values.job ?? DEFAULT_JOB;
  if (job === '') throw new UsageError('--job must not be empty');
  const url = values.prometheus;
  if (url !== undefined && !/^https?:\/\/[^/]/.test(url))
    throw new UsageError(`--prometheus '${url}' is not an http(s) URL`);
  return { period: { start: end - seconds, end, seconds }, job, url };
}

async function writeReport(dir: string, report: AuditReport): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'audit.json'), JSON.stringify(report, null, 2) + '\n');
  await writeFile(join(dir, 'audit.md'), renderAuditMarkdown(report));
}

export const runAudit: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.help === true) {
    io.stdout(AUDIT_USAGE);
    return 0;
  }
  const { period, job, url } = auditOptions(values);
  const file = onlySpecArgument(positionals);
  const loaded = await loadSpecArgument(file, io);
  const prometheus = url === undefined ? undefined : await fetchAuditData({ url, period, job });
  const generatedAt = Math.floor(Date.now() / 1000);
  const report = buildAuditReport({
    spec: loaded.spec,
    file,
    sha256: loaded.sha256,
    generatedAt,
    period,
    job,
    prometheus,
  });
  const dir = resolve(io.cwd, values.out ?? '.');
  await writeReport(dir, report);
  io.stdout(`wrote ${join(dir, 'audit.md')} and ${join(dir, 'audit.json')} (${report.nodes.length} nodes)\n`);
  const failed = prometheus === undefined ? [] : failedQueries(prometheus);
  if (failed.length > 0) {
    io.stderr(failed.map((f) => `mlhealth audit: query failed against ${url}: ${f}\n`).join(''));
    return 1;
  }
  if (prometheus === undefined) {
    io.stdout('without --prometheus: unknown/stale time, uptime and spec versions are not in the report\n');
  }
  return 0;
};
