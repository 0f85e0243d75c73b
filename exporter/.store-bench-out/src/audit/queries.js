"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_JOB = void 0;
exports.auditQueries = auditQueries;
exports.rangeStep = rangeStep;
/**
 * The PromQL the audit runs, in one place: the fetcher sends these, and a report made without
 * Prometheus lists them so a reader knows what the missing sections would come from.
 */
const definition_1 = require("./definition");
/** The scrape job of the exporter in the generated Prometheus configuration. */
exports.DEFAULT_JOB = 'mlhealth';
function quote(value) {
    return JSON.stringify(value);
}
/**
 * The queries for a period of `seconds` and a scrape job. Range queries (`nodeStatus`, `specInfo`) run
 * over the period with `query_range`; the others are instant queries at its end.
 * @example auditQueries(2592000, 'mlhealth').exporterUp // 'avg_over_time(up{job="mlhealth"}[30d])'
 */
function auditQueries(seconds, job) {
    const range = `[${(0, definition_1.duration)(seconds)}]`;
    return {
        nodeStatus: 'mlhealth_node_status',
        lastUpdate: 'mlhealth_node_last_update_timestamp_seconds',
        exporterUp: `avg_over_time(up{job=${quote(job)}}${range})`,
        mlhealthUp: `avg_over_time(mlhealth_up${range})`,
        sourceUp: `avg_over_time(mlhealth_source_up${range})`,
        specInfo: 'mlhealth_spec_info',
    };
}
/**
 * The step of range queries over a period: at most 10 000 points per series (Prometheus refuses more
 * than 11 000), never below 1 s.
 * @example rangeStep(2592000) // 260
 */
function rangeStep(seconds) {
    return Math.max(1, Math.ceil(seconds / 10000));
}
//# sourceMappingURL=queries.js.map