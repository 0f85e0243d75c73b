"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildSecurity = buildSecurity;
const io_1 = require("../cli/io");
const authorize_1 = require("./authorize");
const basicAuth_1 = require("./basicAuth");
const bodyLimit_1 = require("./bodyLimit");
const httpsServer_1 = require("./httpsServer");
const listenGuard_1 = require("./listenGuard");
const rateLimit_1 = require("./rateLimit");
const tokenBucket_1 = require("./tokenBucket");
const loadTokens_1 = require("./loadTokens");
const tokenConfig_1 = require("./tokenConfig");
const webConfig_1 = require("./webConfig");
const webHeaders_1 = require("./webHeaders");
function loadWebConfig(file, io) {
    let text;
    try {
        text = io.readFile(file);
    }
    catch (err) {
        throw new webConfig_1.WebConfigError([`--web.config.file ${file}: cannot read: ${err.message}`]);
    }
    return (0, webConfig_1.parseWebConfig)(text, file);
}
function middlewaresFor(options, web, access, maxBodyBytes, clock) {
    const out = [];
    if (web !== null && Object.keys(web.headers).length > 0)
        out.push((0, webHeaders_1.webHeaders)(web.headers));
    const global = web?.rateLimit ?? null;
    if (global !== null) {
        const limiter = new tokenBucket_1.TokenBucketLimiter({
            ratePerSecond: 1 / global.intervalSeconds,
            burst: global.burst,
        });
        out.push((0, rateLimit_1.rateLimit)(limiter, { clock, global: true }));
    }
    if (options.rateLimit !== null)
        out.push((0, rateLimit_1.rateLimit)(new tokenBucket_1.TokenBucketLimiter(options.rateLimit), { clock, tokenName: access.tokenName }));
    out.push((0, bodyLimit_1.contentLengthLimit)(maxBodyBytes), access.gate);
    return out;
}
/**
 * Builds the security layer. `maxBodyBytes` is the server's body limit (413 past it, checked early).
 * Throws UsageError listing every problem of the token file, the environment tokens and the web-config.
 */
function buildSecurity(options, maxBodyBytes, io) {
    let tokens = [];
    let web = null;
    const problems = [];
    try {
        tokens = (0, loadTokens_1.loadTokens)(options.tokenFile, io);
    }
    catch (err) {
        if (!(err instanceof tokenConfig_1.TokenConfigError))
            throw err;
        problems.push(...err.problems);
    }
    try {
        web = options.webConfigFile === undefined ? null : loadWebConfig(options.webConfigFile, io);
    }
    catch (err) {
        if (!(err instanceof webConfig_1.WebConfigError))
            throw err;
        problems.push(...err.problems);
    }
    const tls = web?.tls ?? null;
    let createServer = null;
    if (tls !== null) {
        try {
            // Load the files now, so a bad certificate fails start-up rather than the first connection.
            (0, httpsServer_1.createHttpsServer)(() => undefined, tls, io.readFile);
            createServer = (app) => (0, httpsServer_1.createHttpsServer)(app, tls, io.readFile);
        }
        catch (err) {
            if (!(err instanceof webConfig_1.WebConfigError))
                throw err;
            problems.push(...err.problems.map((p) => `${web?.file}: ${p}`));
        }
    }
    if (problems.length > 0)
        throw new io_1.UsageError(`invalid security configuration:\n  ${problems.join('\n  ')}`);
    const access = (0, authorize_1.createAccessControl)(tokens, web !== null && web.basicAuthUsers.size > 0 ? new basicAuth_1.BasicAuthVerifier(web.basicAuthUsers) : null);
    const hasWriteTokens = tokens.some((t) => t.scopes.includes('ingest') || t.scopes.includes('admin'));
    return {
        tokens,
        webConfig: web,
        access,
        middlewares: middlewaresFor(options, web, access, maxBodyBytes, io.clock),
        guard: access.guard,
        limits: options.limits,
        createServer,
        checkListen(host) {
            const verdict = (0, listenGuard_1.checkListenSafety)(host, hasWriteTokens, options.insecure);
            if (!verdict.ok)
                throw new io_1.UsageError(verdict.message);
            return verdict.warning;
        },
        describe() {
            const names = tokens.map((t) => `${t.name} [${t.scopes.join(',')}]`).join(', ');
            const reads = access.policy.readProtected ? 'protected' : 'open';
            const writes = access.policy.anonymous.includes('ingest')
                ? 'open (no credentials configured)'
                : 'token required';
            const users = web?.basicAuthUsers.size ?? 0;
            return `security: tokens ${names === '' ? 'none' : names}; reads ${reads}; writes ${writes}; TLS ${tls !== null ? 'on' : 'off'}; basic-auth users ${users}`;
        },
    };
}
//# sourceMappingURL=setup.js.map