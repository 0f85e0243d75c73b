"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hashToken = hashToken;
exports.matchToken = matchToken;
/**
 * Bearer tokens as the exporter holds them: a name, scopes and the SHA-256 of the secret (the secret
 * itself is dropped once hashed). Matching hashes the presented token and compares it with every
 * configured hash in constant time, so neither the answer time nor a log line reveals a token.
 */
const node_crypto_1 = require("node:crypto");
/** The SHA-256 of a token's UTF-8 bytes. */
function hashToken(token) {
    return (0, node_crypto_1.createHash)('sha256').update(token, 'utf8').digest();
}
/**
 * The entry whose hash equals the presented token's, or null. Every entry is compared (no early exit)
 * with `crypto.timingSafeEqual`, so the time taken depends on the number of entries only.
 * Complexity O(entries). Throws nothing.
 * @example matchToken([{ name: 'ci', scopes: ['ingest'], sha256: hashToken('s3cret-token-value') }], 's3cret-token-value')?.name // 'ci'
 */
function matchToken(entries, presented) {
    const hash = hashToken(presented);
    let found = null;
    for (const entry of entries) {
        if ((0, node_crypto_1.timingSafeEqual)(entry.sha256, hash) && found === null)
            found = entry;
    }
    return found;
}
//# sourceMappingURL=tokens.js.map