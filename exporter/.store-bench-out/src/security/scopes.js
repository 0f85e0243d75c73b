"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROUTE_SCOPES = exports.ACCESS_SCOPES = void 0;
exports.requiredScope = requiredScope;
exports.scopeAllows = scopeAllows;
exports.ACCESS_SCOPES = ['read', 'ingest', 'admin'];
const READS = ['GET'];
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
/**
 * First match wins. Requests matching no row: GET/HEAD need `read`, every other method `admin`
 * (fail closed).
 */
exports.ROUTE_SCOPES = [
    { methods: READS, path: '/', need: 'public' },
    { methods: READS, path: '/healthz', need: 'public' },
    { methods: READS, path: '/readyz', need: 'public' },
    { methods: READS, path: '/metrics', need: 'read' },
    { methods: READS, path: '/api/**', need: 'read' },
    { methods: READS, path: '/preview/**', need: 'read' },
    { methods: WRITES, path: '/api/v1/models/*/reference/**', need: 'admin' },
    { methods: WRITES, path: '/api/v1/models/*/governance/**', need: 'admin' },
    { methods: WRITES, path: '/api/v1/models/**', need: 'ingest' },
    { methods: ['POST'], path: '/api/v1/annotations', need: 'ingest' },
    // A what-if run works on copies and changes nothing live (docs/whatif.md): whoever reads may ask.
    { methods: ['POST'], path: '/api/v1/scenarios', need: 'read' },
    { methods: WRITES, path: '/api/v1/calibrate/**', need: 'admin' },
];
function patternRegExp(path) {
    const rest = path.endsWith('/**');
    const fixed = rest ? path.slice(0, -3) : path;
    const body = fixed
        .split('/')
        .map((part) => (part === '*' ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
    return new RegExp(`^${body}${rest ? '(?:/.*)?' : ''}/?$`, 'i');
}
const COMPILED = exports.ROUTE_SCOPES.map((row) => ({ ...row, regexp: patternRegExp(row.path) }));
/**
 * The requirement of a request, from `ROUTE_SCOPES`. `path` is the URL path without the query string.
 * Complexity O(rows). Throws nothing.
 * @example requiredScope('PUT', '/api/v1/models/fraud/reference') // 'admin'
 */
function requiredScope(method, path) {
    const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    for (const row of COMPILED) {
        if (row.methods.includes(m) && row.regexp.test(path))
            return row.need;
    }
    return m === 'GET' ? 'read' : 'admin';
}
/**
 * True when holding `held` allows `need`: `admin` allows everything, otherwise the scope itself.
 * @example scopeAllows(['ingest'], 'admin') // false
 */
function scopeAllows(held, need) {
    return need === 'public' || held.includes('admin') || held.includes(need);
}
//# sourceMappingURL=scopes.js.map