"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitAuthorization = splitAuthorization;
exports.authenticate = authenticate;
/**
 * Who is calling: an `Authorization` header checked against the configured bearer tokens and, when the
 * web-config has users, basic-auth credentials. No header is the anonymous principal, whose scopes the
 * access policy decides. Failures carry the RFC 6750 error code for the `WWW-Authenticate` answer.
 */
const basicAuth_1 = require("./basicAuth");
const tokens_1 = require("./tokens");
/** `<scheme> <credential>` with the scheme lower-cased, or null when the header is not that shape. */
function splitAuthorization(header) {
    const m = /^([A-Za-z]+) +(\S+) *$/.exec(header);
    return m === null ? null : { scheme: m[1].toLowerCase(), credential: m[2] };
}
const MALFORMED = 'malformed Authorization header: expected "Bearer <token>"';
/**
 * The principal of an `Authorization` header (undefined or '' = anonymous). Bearer tokens cost one
 * SHA-256; basic credentials one bcrypt comparison unless cached. Never throws; never quotes a secret.
 */
async function authenticate(header, credentials) {
    const { tokens, basicUsers, policy } = credentials;
    if (header === undefined || header === '') {
        return { ok: true, principal: { name: 'anonymous', kind: 'anonymous', scopes: policy.anonymous } };
    }
    const parts = splitAuthorization(header);
    if (parts === null)
        return { ok: false, message: MALFORMED, error: 'invalid_request' };
    if (parts.scheme === 'bearer') {
        const entry = (0, tokens_1.matchToken)(tokens, parts.credential);
        if (entry === null)
            return { ok: false, message: 'invalid bearer token', error: 'invalid_token' };
        return { ok: true, principal: { name: entry.name, kind: 'token', scopes: entry.scopes } };
    }
    const hasUsers = basicUsers !== null && basicUsers.size > 0;
    if (parts.scheme === 'basic' && hasUsers) {
        const credential = (0, basicAuth_1.decodeBasicCredential)(parts.credential);
        if (credential === null)
            return { ok: false, message: 'malformed basic credentials', error: 'invalid_request' };
        if (!(await basicUsers.verify(credential.username, credential.password))) {
            return { ok: false, message: 'invalid user name or password' };
        }
        return { ok: true, principal: { name: credential.username, kind: 'basic', scopes: policy.basicUser } };
    }
    const expected = hasUsers ? 'Bearer or Basic' : 'Bearer';
    return {
        ok: false,
        message: `unsupported authorization scheme '${parts.scheme}': expected ${expected}`,
        error: 'invalid_request',
    };
}
//# sourceMappingURL=authenticate.js.map