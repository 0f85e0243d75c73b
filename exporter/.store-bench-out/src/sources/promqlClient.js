"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_ANSWER_BYTES = void 0;
exports.queryUrl = queryUrl;
exports.queryPromql = queryPromql;
const promqlResponse_1 = require("./promqlResponse");
/** Answers larger than this are refused (a node needs one number). */
exports.MAX_ANSWER_BYTES = 1 << 20;
/** The `/api/v1/query` URL for a base URL and query. Throws when the base URL is not http(s). */
function queryUrl(base, query, time) {
    const url = new URL(base.endsWith('/') ? base : `${base}/`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`queryUrl: ${base} is not an http(s) URL`);
    url.pathname = `${url.pathname}api/v1/query`;
    url.searchParams.set('query', query);
    if (time !== undefined)
        url.searchParams.set('time', String(time));
    return url;
}
/**
 * Runs one instant query. Resolves (never rejects) with the value or a typed error: `timeout` when no
 * full answer came within `timeoutSeconds`, `network` when the connection failed, `http`/`query`/
 * `parse`/`result` from the answer (`parsePromqlResponse`).
 */
async function queryPromql(q, fetchImpl = fetch) {
    let url;
    try {
        url = queryUrl(q.url, q.query, q.time);
    }
    catch (error) {
        return { ok: false, kind: 'network', message: error.message };
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, q.timeoutSeconds * 1000);
    const stop = () => controller.abort();
    q.signal?.addEventListener('abort', stop, { once: true });
    try {
        const headers = { accept: 'application/json' };
        if (q.authorization !== null)
            headers.authorization = q.authorization;
        const response = await fetchImpl(url, { headers, signal: controller.signal, redirect: 'error' });
        if (response.status === 401 || response.status === 403) {
            await response.body?.cancel();
            return { ok: false, kind: 'auth', message: `HTTP ${response.status}: credentials refused` };
        }
        const length = Number(response.headers.get('content-length') ?? '0');
        if (length > exports.MAX_ANSWER_BYTES) {
            await response.body?.cancel();
            return { ok: false, kind: 'result', message: `answer of ${length} bytes is over ${exports.MAX_ANSWER_BYTES}` };
        }
        return (0, promqlResponse_1.parsePromqlResponse)(response.status, await response.text());
    }
    catch (error) {
        if (timedOut)
            return { ok: false, kind: 'timeout', message: `no answer within ${q.timeoutSeconds}s` };
        if (controller.signal.aborted)
            return { ok: false, kind: 'network', message: 'query cancelled' };
        const cause = error.cause;
        return { ok: false, kind: 'network', message: cause?.code ?? cause?.message ?? error.message };
    }
    finally {
        clearTimeout(timer);
        q.signal?.removeEventListener('abort', stop);
    }
}
//# sourceMappingURL=promqlClient.js.map