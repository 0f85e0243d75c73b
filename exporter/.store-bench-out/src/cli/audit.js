"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runAudit = exports.AUDIT_USAGE = void 0;
/**
 * `mlhealth audit SPEC [--prometheus URL] [--since 30d] [--out DIR]`: writes `audit.md` and
 * `audit.json` — every node's definition, owner, cadence, provenance and lineage; gaps; thresholds and
 * their derivations; and, from Prometheus, unknown/stale time, uptime and spec versions over the period.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const report_1 = require("../audit/report");
const markdown_1 = require("../audit/markdown");
const prometheus_1 = require("../audit/prometheus");
const queries_1 = require("../audit/queries");
const duration_1 = require("../spec/duration");
const args_1 = require("./args");
const io_1 = require("./io");
const offlineInputs_1 = require("./offlineInputs");
const specArgument_1 = require("./specArgument");
exports.AUDIT_USAGE = `usage: mlhealth audit SPEC [options]

Writes DIR/audit.md and DIR/audit.json for auditors: every node with its definition, owner, cadence,
provenance and lineage; nodes with no owner or playbook; thresholds and their derivations. With
--prometheus, also from the exporter's series over the period: how long nodes were unknown and whether
they are stale, exporter and source uptime, and the spec versions that ran (with what changed).
Without it those sections say they need it; no numbers are invented.

options:
  --prometheus URL   Prometheus that scrapes the exporter (http or https)
  --since DURATION   length of the period, ending now (default 30d)
  --job NAME         scrape job of the exporter, for up{job=...} (default ${queries_1.DEFAULT_JOB})
  --out DIR          where to write audit.md and audit.json (default .)
  --now TIME         end of the period (Unix seconds or ISO-8601; default now)
  -h, --help         show this help

exit codes: 0 written, 1 written but some Prometheus queries failed (listed), 2 usage error or invalid spec
`;
function sinceOption(value) {
    let seconds;
    try {
        seconds = (0, duration_1.parseDuration)(value);
    }
    catch {
        throw new io_1.UsageError(`--since '${value}' is not a duration such as 30d, 12h or 90m`);
    }
    if (seconds < 1)
        throw new io_1.UsageError(`--since '${value}' must be at least 1s`);
    return seconds;
}
function failedQueries(data) {
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
const text = { type: 'string' };
const OPTIONS = {
    prometheus: text,
    since: text,
    job: text,
    out: text,
    now: text,
    help: { type: 'boolean', short: 'h' },
};
/** The checked options, before anything is read. */
function auditOptions(values) {
    const seconds = sinceOption(values.since ?? '30d');
    const end = Math.floor((0, offlineInputs_1.nowOption)(values.now));
    const job = values.job ?? queries_1.DEFAULT_JOB;
    if (job === '')
        throw new io_1.UsageError('--job must not be empty');
    const url = values.prometheus;
    if (url !== undefined && !/^https?:\/\/[^/]/.test(url))
        throw new io_1.UsageError(`--prometheus '${url}' is not an http(s) URL`);
    return { period: { start: end - seconds, end, seconds }, job, url };
}
async function writeReport(dir, report) {
    await (0, promises_1.mkdir)(dir, { recursive: true });
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, 'audit.json'), JSON.stringify(report, null, 2) + '\n');
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, 'audit.md'), (0, markdown_1.renderAuditMarkdown)(report));
}
const runAudit = async (argv, io) => {
    const { values, positionals } = (0, args_1.parseCommandArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    if (values.help === true) {
        io.stdout(exports.AUDIT_USAGE);
        return 0;
    }
    const { period, job, url } = auditOptions(values);
    const file = (0, specArgument_1.onlySpecArgument)(positionals);
    const loaded = await (0, specArgument_1.loadSpecArgument)(file, io);
    const prometheus = url === undefined ? undefined : await (0, prometheus_1.fetchAuditData)({ url, period, job });
    const generatedAt = Math.floor(Date.now() / 1000);
    const report = (0, report_1.buildAuditReport)({
        spec: loaded.spec,
        file,
        sha256: loaded.sha256,
        generatedAt,
        period,
        job,
        prometheus,
    });
    const dir = (0, node_path_1.resolve)(io.cwd, values.out ?? '.');
    await writeReport(dir, report);
    io.stdout(`wrote ${(0, node_path_1.join)(dir, 'audit.md')} and ${(0, node_path_1.join)(dir, 'audit.json')} (${report.nodes.length} nodes)\n`);
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
exports.runAudit = runAudit;
//# sourceMappingURL=audit.js.map