"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seriesOfAnswer = seriesOfAnswer;
exports.fetchAuditData = fetchAuditData;
/**
 * Fetches what the audit reads from Prometheus (HTTP API: `/api/v1/query`, `/api/v1/query_range`).
 * Every query answers on its own: a failing one is recorded as an error in its section, never as zero.
 */
const queries_1 = require("./queries");
function endpoint(base, path, params) {
    const url = new URL(base.endsWith('/') ? base : `${base}/`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`fetchAuditData: ${base} is not an http(s) URL`);
    url.pathname = `${url.pathname}${path}`;
    for (const [k, v] of Object.entries(params))
        url.searchParams.set(k, v);
    return url;
}
/** The series of a Prometheus answer (vector or matrix), values parsed as numbers (`NaN`, `+Inf` included). */
function seriesOfAnswer(answer) {
    const type = answer.data?.resultType;
    if (answer.status !== 'success' || (type !== 'vector' && type !== 'matrix')) {
        throw new Error(answer.error ?? `unexpected answer (status ${answer.status}, result type ${type})`);
    }
    return (answer.data?.result ?? []).map((r) => {
        const raw = type === 'vector' ? (r.value !== undefined ? [r.value] : []) : (r.values ?? []);
        return {
            labels: r.metric ?? {},
            points: raw.map(([t, v]) => [Number(t), Number(v)]),
        };
    });
}
async function run(query, url, options) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), (options.timeoutSeconds ?? 30) * 1000);
    try {
        const headers = { accept: 'application/json' };
        if (options.authorization !== undefined)
            headers.authorization = options.authorization;
        const response = await fetch(url, { headers, signal: controller.signal });
        const text = await response.text();
        let answer;
        try {
            answer = JSON.parse(text);
        }
        catch {
            return { query, ok: false, error: `HTTP ${response.status}: not JSON (${text.slice(0, 120)})` };
        }
        return { query, ok: true, series: seriesOfAnswer(answer) };
    }
    catch (err) {
        const message = controller.signal.aborted
            ? `no answer within ${options.timeoutSeconds ?? 30}s`
            : err.message;
        const cause = err.cause?.message;
        return { query, ok: false, error: cause !== undefined ? `${message}: ${cause}` : message };
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Runs the audit's queries over the period: range queries at `rangeStep(period)`, instant ones at its
 * end. Never rejects for a failing query (its result says why); throws only for a URL that is not http(s).
 * @example (await fetchAuditData({ url: 'http://127.0.0.1:9090', period })).specInfo
 * // { query: 'mlhealth_spec_info', ok: true, series: [{ labels: { version: '2.3.1', … }, points: [[1740787200, 1], …] }] }
 */
async function fetchAuditData(options) {
    const { period, url } = options;
    const q = (0, queries_1.auditQueries)(period.seconds, options.job ?? queries_1.DEFAULT_JOB);
    const step = (0, queries_1.rangeStep)(period.seconds);
    const range = (query) => run(query, endpoint(url, 'api/v1/query_range', {
        query,
        start: String(period.start),
        end: String(period.end),
        step: String(step),
    }), options);
    const instant = (query) => run(query, endpoint(url, 'api/v1/query', { query, time: String(period.end) }), options);
    const [nodeStatus, lastUpdate, exporterUp, mlhealthUp, sourceUp, specInfo] = await Promise.all([
        range(q.nodeStatus),
        instant(q.lastUpdate),
        instant(q.exporterUp),
        instant(q.mlhealthUp),
        instant(q.sourceUp),
        range(q.specInfo),
    ]);
    return { url, step, nodeStatus, lastUpdate, exporterUp, mlhealthUp, sourceUp, specInfo };
}
//# sourceMappingURL=prometheus.js.map