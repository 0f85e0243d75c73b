"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_LIMIT = exports.DEFAULT_LIMIT = void 0;
exports.parseAnnotationQuery = parseAnnotationQuery;
/**
 * The query string of `GET /api/v1/annotations`: `from`, `to` (Unix seconds, milliseconds or ISO 8601),
 * `node`, `tag` (repeatable: every tag must match), `source`, `limit` (1..1000, default 100) and
 * `format` (`grafana` for Grafana's JSON data sources). Parameters it does not know are ignored, so
 * data-source plugins can add their own.
 */
const times_1 = require("./times");
exports.DEFAULT_LIMIT = 100;
exports.MAX_LIMIT = 1000;
function single(value) {
    return Array.isArray(value)
        ? value[value.length - 1]
        : typeof value === 'string'
            ? value
            : undefined;
}
function time(raw, key, problems) {
    const value = single(raw[key]);
    if (value === undefined || value === '')
        return undefined;
    const t = (0, times_1.parseTime)(value);
    if (t.ok)
        return t.seconds;
    problems.push({ path: key, message: t.message });
    return undefined;
}
function limitOf(raw, problems) {
    const value = single(raw.limit);
    if (value === undefined || value === '')
        return exports.DEFAULT_LIMIT;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > exports.MAX_LIMIT) {
        problems.push({ path: 'limit', message: `'${value}' is not an integer in 1..${exports.MAX_LIMIT}` });
    }
    return n;
}
/**
 * The search a query string asks for, or every problem with it. Throws nothing.
 *
 * @example parseAnnotationQuery({ from: '1700000000', tag: ['deploy', 'fraud'] })
 * // { ok: true, parsed: { query: { from: 1700000000, tags: ['deploy', 'fraud'], limit: 100 }, format: 'mlhealth' } }
 */
function parseAnnotationQuery(raw) {
    const problems = [];
    const query = { limit: limitOf(raw, problems) };
    const from = time(raw, 'from', problems);
    const to = time(raw, 'to', problems);
    if (from !== undefined)
        query.from = from;
    if (to !== undefined)
        query.to = to;
    if (from !== undefined && to !== undefined && to < from)
        problems.push({ path: 'to', message: `is before from (${to} < ${from})` });
    const node = single(raw.node);
    if (node !== undefined && node !== '')
        query.node = node;
    const tags = (Array.isArray(raw.tag) ? raw.tag : raw.tag === undefined ? [] : [raw.tag]).filter((t) => typeof t === 'string' && t !== '');
    if (tags.length > 0)
        query.tags = tags;
    const source = single(raw.source);
    if (source === 'user' || source === 'auto')
        query.source = source;
    else if (source !== undefined)
        problems.push({ path: 'source', message: `'${source}' is not user or auto` });
    const format = single(raw.format) ?? 'mlhealth';
    if (format !== 'mlhealth' && format !== 'grafana')
        problems.push({ path: 'format', message: `'${format}' is not mlhealth or grafana` });
    if (problems.length > 0)
        return { ok: false, problems };
    return { ok: true, parsed: { query, format: format } };
}
//# sourceMappingURL=query.js.map