/**
 * HTTP basic auth against the bcrypt hashes of a web-config file's `basic_auth_users`, as
 * exporter-toolkit does it: an unknown user is checked against a fixed decoy hash (so the answer time
 * does not reveal which users exist), and successful checks are cached in memory per credential hash,
 * because bcrypt is slow by design (cost 10 ≈ 70 ms) and Prometheus sends the same credentials on every
 * scrape. Only successes are cached; the cache key is a SHA-256, never the password.
 */
import { createHash } from 'node:crypto';
import { compare } from 'bcryptjs';

/** bcrypt of "fakepassword", cost 10: compared against for unknown users. */
const DECOY_HASH = '$2y$10$QOauhQNbBCuQDKes6eFzPeMqBSjb7Mr5DUmpZ/VcEd00UAV/LDeSi';

/** Entries kept; past it the oldest success is forgotten (and re-verified when it comes back). */
export const BASIC_AUTH_CACHE_SIZE = 1024;

/** `$2a$`, `$2b$`, `$2x$` or `$2y$`, a two-digit cost, then 53 characters of bcrypt's base64. */
const BCRYPT_HASH = /^\$2[abxy]?\$(\d{2})\$[./A-Za-z0-9]{53}$/;

/**
 * Why `hash` is not a usable bcrypt hash, or null when it is. Cost must be 4..31.
 * @example bcryptHashProblem('secret') // 'is not a bcrypt hash ($2y$10$ followed by 53 characters)'
 */
export function bcryptHashProblem(hash: string): string | null {
  const m = BCRYPT_HASH.exec(hash);
  if (m === null) return 'is not a bcrypt hash ($2y$10$ followed by 53 characters)';
  const cost = Number(m[1]);
  return cost >= 4 && cost <= 31 ? null : `has bcrypt cost ${cost}, expected 4..31`;
}

/** Username and password of a `Basic` credential (the part after the scheme), or null if malformed. */
export function decodeBasicCredential(credential: string): { username: string; password: string } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(credential)) return null;
  const text = Buffer.from(credential, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? null : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

export class BasicAuthVerifier {
  private readonly verified = new Map<string, true>();
  /** bcrypt comparisons run one at a time (as exporter-toolkit's mutex does), so a flood of bad
   * credentials costs one core at most. */
  private queue: Promise<unknown> = Promise.resolve();

  /** @param users username → bcrypt hash, already validated (webConfig.ts). */
  constructor(private readonly users: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.users.size;
  }

  /** Successful credentials remembered (their hashes), for tests and diagnostics. */
  get cachedCredentials(): number {
    return this.verified.size;
  }

  /** True when `username`/`password` match a configured user. Never throws; bcrypt runs off the hot path once per credential. */
  async verify(username: string, password: string): Promise<boolean> {
    const hash = this.users.get(username);
    const known = hash !== undefined;
    const key = createHash('sha256')
      .update(`${username}\0${hash ?? ''}\0${password}`, 'utf8')
      .digest('base64');
    if (known && this.verified.has(key)) return true;
    const run = this.queue.then(() => compare(password, hash ?? DECOY_HASH)).catch(() => false);
    this.queue = run;
    const ok = await run;
    if (!(ok && known)) return false;
    if (this.verified.size >= BASIC_AUTH_CACHE_SIZE)
      this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(key, true);
    return true;
  }
}
