/**
 * Request-rate limiting as express middleware: one token bucket per client, the client being the
 * bearer token's name when the request carries a valid token (so ingest clients behind one NAT get a
 * bucket each) and the peer address otherwise. Over the limit: 429 with `Retry-After` in seconds and
 * the API's JSON error. Runs before authentication, so guessing credentials is throttled too. Health
 * probes (`public` routes) are never limited.
 */
import type { Request, RequestHandler } from 'express';
import { refuse } from './respond';
import { requiredScope } from './scopes';
import type { TokenBucketLimiter } from './tokenBucket';

export interface RateLimitOptions {
  /** Unix seconds. */
  clock: () => number;
  /** The name of a request's valid bearer token, or null (AccessControl.tokenName). */
  tokenName?: (req: Request) => string | null;
  /** One bucket for everyone (the web-config's `rate_limit`), instead of one per client. */
  global?: boolean;
}

/** The bucket key of a request: `token:<name>`, or `ip:<peer address>`. */
export function clientKey(req: Request, tokenName?: (req: Request) => string | null): string {
  const name = tokenName?.(req) ?? null;
  return name !== null ? `token:${name}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}

/** The middleware; mount it first (`app.use(rateLimit(limiter, { clock }))`). */
export function rateLimit(limiter: TokenBucketLimiter, options: RateLimitOptions): RequestHandler {
  return (req, res, next) => {
    if (requiredScope(req.method, req.path) === 'public') {
      next();
      return;
    }
    const key = options.global === true ? 'global' : clientKey(req, options.tokenName);
    const admission = limiter.take(key, options.clock());
    if (admission.ok) {
      next();
      return;
    }
    const { ratePerSecond, burst } = limiter.options;
    res.set('Retry-After', String(admission.retryAfterSeconds));
    const who = options.global === true ? 'the exporter' : `client ${key}`;
    refuse(res, 429, 'too many requests', [
      {
        path: '',
        message: `${who} is limited to ${ratePerSecond} requests/s (burst ${burst}); retry in ${admission.retryAfterSeconds} s`,
      },
    ]);
  };
}
