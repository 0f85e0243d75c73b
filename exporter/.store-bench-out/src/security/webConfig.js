"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WebConfigError = void 0;
exports.parseWebConfig = parseWebConfig;
/**
 * Prometheus's web-config file (`--web.config.file`), the format of exporter-toolkit that node_exporter
 * and Prometheus itself read: `tls_server_config`, `http_server_config`, `basic_auth_users` (user →
 * bcrypt hash) and `rate_limit`. Parsed strictly like Go's `yaml.UnmarshalStrict`: every problem is
 * reported at once with file, line and key, and `promtool check web-config` accepts what we accept
 * (except `rate_limit`, `client_allowed_sans` and inline `cert`/`key`/`client_ca`, which newer
 * exporter-toolkit versions than promtool 2.42's know).
 */
const node_path_1 = require("node:path");
const yaml_1 = require("yaml");
const duration_1 = require("../spec/duration");
const basicAuth_1 = require("./basicAuth");
const tlsConfig_1 = require("./tlsConfig");
const yamlKeys_1 = require("./yamlKeys");
/** A web-config file that cannot be used; `problems` lists every one. */
class WebConfigError extends Error {
    problems;
    constructor(problems) {
        super(`web config: ${problems.join('; ')}`);
        this.problems = problems;
        this.name = 'WebConfigError';
    }
}
exports.WebConfigError = WebConfigError;
/** exporter-toolkit's allowed headers, with the values it allows (empty: any). */
const HEADERS = {
    'Strict-Transport-Security': [],
    'X-Content-Type-Options': ['nosniff'],
    'X-Frame-Options': ['deny', 'sameorigin'],
    'X-XSS-Protection': [],
    'Content-Security-Policy': [],
};
function readHeaders(r) {
    const headers = {};
    for (const name of r.mapping(['http_server_config', 'headers'], Object.keys(HEADERS))) {
        const value = r.string(['http_server_config', 'headers', name]) ?? '';
        const allowed = HEADERS[name];
        if (allowed.length > 0 && !allowed.includes(value))
            r.problem(['http_server_config', 'headers', name], `'${value}' is not one of ${allowed.join(', ')}`);
        else
            headers[name] = value;
    }
    return headers;
}
function readUsers(r) {
    const users = new Map();
    for (const user of r.mapping(['basic_auth_users'], null)) {
        const hash = r.string(['basic_auth_users', user]);
        if (hash === undefined)
            continue;
        const problem = (0, basicAuth_1.bcryptHashProblem)(hash);
        if (problem !== null)
            r.problem(['basic_auth_users', user], `the hash ${problem}; make one with htpasswd -nBC 10 "" | tr -d ':\\n'`);
        else
            users.set(user, hash);
    }
    return users;
}
function readRateLimit(r) {
    const keys = r.mapping(['rate_limit'], ['interval', 'burst']);
    if (keys.length === 0)
        return null;
    // Go decodes a bare integer into a time.Duration as nanoseconds; so do we.
    const nanoseconds = r.integer(['rate_limit', 'interval'], true);
    const text = nanoseconds === undefined ? r.string(['rate_limit', 'interval']) : undefined;
    let intervalSeconds = nanoseconds === undefined ? 0 : nanoseconds / 1e9;
    try {
        if (text !== undefined)
            intervalSeconds = (0, duration_1.parseDuration)(text);
    }
    catch {
        r.problem(['rate_limit', 'interval'], `'${text}' is not a duration like 100ms or 1s`);
    }
    const burst = r.integer(['rate_limit', 'burst']) ?? 0;
    if (intervalSeconds <= 0)
        return null; // exporter-toolkit: interval 0 disables the limiter
    if (burst < 1)
        r.problem(['rate_limit', 'burst'], `expected an integer ≥ 1, got ${burst}`);
    return { intervalSeconds, burst: Math.max(1, burst) };
}
/**
 * Parses web-config `text` read from `file` (relative paths inside resolve against its folder).
 * Complexity O(size). Throws WebConfigError listing every problem.
 * @example parseWebConfig('basic_auth_users:\n  prometheus: $2y$10$...\n', '/etc/mlhealth/web.yml').basicAuthUsers.size // 1
 */
function parseWebConfig(text, file) {
    const lines = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter: lines, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new WebConfigError(doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`));
    }
    const r = new yamlKeys_1.KeyReader(file, doc, lines, []);
    r.mapping([], ['tls_server_config', 'http_server_config', 'basic_auth_users', 'rate_limit']);
    r.mapping(['http_server_config'], ['http2', 'headers']);
    const resolve = (p) => ((0, node_path_1.isAbsolute)(p) ? p : (0, node_path_1.join)((0, node_path_1.dirname)(file), p));
    const config = {
        file,
        tls: (0, tlsConfig_1.readTlsServerConfig)(r, resolve),
        headers: readHeaders(r),
        http2: r.boolean(['http_server_config', 'http2'], true),
        basicAuthUsers: readUsers(r),
        rateLimit: readRateLimit(r),
    };
    if (r.problems.length > 0)
        throw new WebConfigError(r.problems);
    return config;
}
//# sourceMappingURL=webConfig.js.map