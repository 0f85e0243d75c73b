/**
 * Bearer tokens as the exporter holds them: a name, scopes and the SHA-256 of the secret (the secret
 * itself is dropped once hashed). Matching hashes the presented token and compares it with every
 * configured hash in constant time, so neither the answer time nor a log line reveals a token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AccessScope } from './scopes';

export interface TokenEntry {
  /** Shown in 403 answers and logs; never the secret. */
  name: string;
  scopes: readonly AccessScope[];
  /** SHA-256 of the token's UTF-8 bytes (32 bytes). */
  sha256: Buffer;
}

/** The SHA-256 of a token's UTF-8 bytes. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * The entry whose hash equals the presented token's, or null. Every entry is compared (no early exit)
 * with `crypto.timingSafeEqual`, so the time taken depends on the number of entries only.
 * Complexity O(entries). Throws nothing.
 * @example matchToken([{ name: 'ci', scopes: ['ingest'], sha256: hashToken('s3cret-token-value') }], 's3cret-token-value')?.name // 'ci'
 */
export function matchToken(entries: readonly TokenEntry[], presented: string): TokenEntry | null {
  const hash = hashToken(presented);
  let found: TokenEntry | null = null;
  for (const entry of entries) {
    if (timingSafeEqual(entry.sha256, hash) && found === null) found = entry;
  }
  return found;
}
