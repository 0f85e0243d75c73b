"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildAuditReport = buildAuditReport;
const history_1 = require("./history");
const nodes_1 = require("./nodes");
const queries_1 = require("./queries");
const thresholds_1 = require("./thresholds");
function needs(queries) {
    return {
        available: false,
        reason: 'needs --prometheus: computed from the exporter series stored in Prometheus; no numbers are given without it',
        queries,
    };
}
function withPrometheus(input, data) {
    const { spec, period } = input;
    const availabilityErrors = [];
    const nodes = (0, history_1.nodeAvailability)(spec, data, period, availabilityErrors);
    const uptimeErrors = [];
    const exporter = (0, history_1.uptimeEntries)(data.exporterUp, uptimeErrors);
    const mlhealthUp = (0, history_1.uptimeEntries)(data.mlhealthUp, uptimeErrors);
    const sources = (0, history_1.uptimeEntries)(data.sourceUp, uptimeErrors);
    const seen = new Set(sources.map((s) => s.labels.source));
    const versionErrors = [];
    const { versions, changes } = (0, history_1.specVersions)(data, versionErrors);
    const lastRun = versions.at(-1);
    return {
        availability: { available: true, step: data.step, nodes, errors: availabilityErrors },
        uptime: {
            available: true,
            exporter,
            mlhealth_up: mlhealthUp,
            sources,
            sources_without_data: spec.sources.map((s) => s.id).filter((id) => !seen.has(id)),
            errors: uptimeErrors,
        },
        spec_versions: {
            available: true,
            versions,
            changes,
            audited_file_ran_last: lastRun === undefined ? null : lastRun.sha256 === input.sha256,
            errors: versionErrors,
        },
    };
}
/**
 * The audit report. Complexity O(nodes + edges + points of the Prometheus answers).
 * @example buildAuditReport({ spec, file: 'realistic.yaml', sha256, generatedAt: now, period }).uptime
 * // { available: false, reason: 'needs --prometheus: …', queries: ['avg_over_time(up{job="mlhealth"}[30d])', …] }
 */
function buildAuditReport(input) {
    const { spec, period } = input;
    const nodes = (0, nodes_1.auditNodes)(spec);
    const q = (0, queries_1.auditQueries)(period.seconds, input.job ?? queries_1.DEFAULT_JOB);
    const history = input.prometheus !== undefined
        ? withPrometheus(input, input.prometheus)
        : {
            availability: needs([q.nodeStatus, q.lastUpdate]),
            uptime: needs([q.exporterUp, q.mlhealthUp, q.sourceUp]),
            spec_versions: needs([q.specInfo]),
        };
    return {
        generated_at: input.generatedAt,
        spec: {
            name: spec.name,
            version: spec.version,
            sha256: input.sha256,
            file: input.file,
            description: spec.description ?? null,
        },
        period,
        prometheus: input.prometheus?.url ?? null,
        nodes,
        gaps: (0, nodes_1.auditGaps)(nodes),
        score_thresholds: spec.defaults.score_thresholds,
        thresholds: (0, thresholds_1.auditThresholds)(spec),
        ...history,
    };
}
//# sourceMappingURL=report.js.map