"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.accessPolicy = accessPolicy;
/**
 * Who gets which scopes without a token, from what is configured. Pure.
 *
 * - Nothing configured (no bearer token, no basic-auth user): every scope is open. `checkListenSafety`
 *   allows this on loopback only, unless `--insecure`.
 * - Reads are protected as soon as a token lists the `read` scope or the web-config has
 *   `basic_auth_users`; otherwise `/metrics` and the GET API stay open (Prometheus scrapes as usual).
 * - Writes (ingest, admin) need a bearer token as soon as any credential is configured.
 * - A basic-auth user reads; when no bearer token is configured at all, the web-config's users are the
 *   only credentials and may do everything (as exporter-toolkit guards every endpoint with them).
 */
const scopes_1 = require("./scopes");
/**
 * The policy for the configured credentials. O(tokens). Throws nothing.
 * @example accessPolicy([{ name: 'ci', scopes: ['ingest'], sha256 }], 0) // { anonymous: ['read'], basicUser: ['read'], readProtected: false }
 */
function accessPolicy(tokens, basicUsers) {
    if (tokens.length === 0 && basicUsers === 0) {
        return { anonymous: scopes_1.ACCESS_SCOPES, basicUser: scopes_1.ACCESS_SCOPES, readProtected: false };
    }
    const readProtected = basicUsers > 0 || tokens.some((t) => t.scopes.includes('read'));
    return {
        anonymous: readProtected ? [] : ['read'],
        basicUser: tokens.length === 0 ? scopes_1.ACCESS_SCOPES : ['read'],
        readProtected,
    };
}
//# sourceMappingURL=policy.js.map