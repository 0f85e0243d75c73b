"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BasicAuthVerifier = exports.BASIC_AUTH_CACHE_SIZE = void 0;
exports.bcryptHashProblem = bcryptHashProblem;
exports.decodeBasicCredential = decodeBasicCredential;
/**
 * HTTP basic auth against the bcrypt hashes of a web-config file's `basic_auth_users`, as
 * exporter-toolkit does it: an unknown user is checked against a fixed decoy hash (so the answer time
 * does not reveal which users exist), and successful checks are cached in memory per credential hash,
 * because bcrypt is slow by design (cost 10 ≈ 70 ms) and Prometheus sends the same credentials on every
 * scrape. Only successes are cached; the cache key is a SHA-256, never the password.
 */
const node_crypto_1 = require("node:crypto");
const bcryptjs_1 = require("bcryptjs");
/** bcrypt of "fakepassword", cost 10: compared against for unknown users. */
const DECOY_HASH = '$2y$10$QOauhQNbBCuQDKes6eFzPeMqBSjb7Mr5DUmpZ/VcEd00UAV/LDeSi';
/** Entries kept; past it the oldest success is forgotten (and re-verified when it comes back). */
exports.BASIC_AUTH_CACHE_SIZE = 1024;
/** `$2a$`, `$2b$`, `$2x$` or `$2y$`, a two-digit cost, then 53 characters of bcrypt's base64. */
const BCRYPT_HASH = /^\$2[abxy]?\$(\d{2})\$[./A-Za-z0-9]{53}$/;
/**
 * Why `hash` is not a usable bcrypt hash, or null when it is. Cost must be 4..31.
 * @example bcryptHashProblem('secret') // 'is not a bcrypt hash ($2y$10$ followed by 53 characters)'
 */
function bcryptHashProblem(hash) {
    const m = BCRYPT_HASH.exec(hash);
    if (m === null)
        return 'is not a bcrypt hash ($2y$10$ followed by 53 characters)';
    const cost = Number(m[1]);
    return cost >= 4 && cost <= 31 ? null : `has bcrypt cost ${cost}, expected 4..31`;
}
/** Username and password of a `Basic` credential (the part after the scheme), or null if malformed. */
function decodeBasicCredential(credential) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(credential))
        return null;
    const text = Buffer.from(credential, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    return colon < 0 ? null : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
class BasicAuthVerifier {
    users;
    verified = new Map();
    /** bcrypt comparisons run one at a time (as exporter-toolkit's mutex does), so a flood of bad
     * credentials costs one core at most. */
    queue = Promise.resolve();
    /** @param users username → bcrypt hash, already validated (webConfig.ts). */
    constructor(users) {
        this.users = users;
    }
    get size() {
        return this.users.size;
    }
    /** Successful credentials remembered (their hashes), for tests and diagnostics. */
    get cachedCredentials() {
        return this.verified.size;
    }
    /** True when `username`/`password` match a configured user. Never throws; bcrypt runs off the hot path once per credential. */
    async verify(username, password) {
        const hash = this.users.get(username);
        const known = hash !== undefined;
        const key = (0, node_crypto_1.createHash)('sha256')
            .update(`${username}\0${hash ?? ''}\0${password}`, 'utf8')
            .digest('base64');
        if (known && this.verified.has(key))
            return true;
        const run = this.queue.then(() => (0, bcryptjs_1.compare)(password, hash ?? DECOY_HASH)).catch(() => false);
        this.queue = run;
        const ok = await run;
        if (!(ok && known))
            return false;
        if (this.verified.size >= exports.BASIC_AUTH_CACHE_SIZE)
            this.verified.delete(this.verified.keys().next().value);
        this.verified.set(key, true);
        return true;
    }
}
exports.BasicAuthVerifier = BasicAuthVerifier;
//# sourceMappingURL=basicAuth.js.map