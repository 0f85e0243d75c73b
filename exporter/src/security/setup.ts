/**
 * The security layer assembled from its options, for the composition root: tokens, the web-config,
 * the middlewares to mount before every route (in order: response headers, rate limits, body-size
 * check, access gate), the route guard, the https server when TLS is configured, and the listen check.
 * Reads files and the environment through `SecurityIO`; a bad configuration fails start-up with every
 * problem listed (UsageError, exit 2).
 */
import type { RequestHandler } from 'express';
import type { RequestListener } from 'node:http';
import type { Server } from 'node:https';
import { UsageError } from '../spec/usageError';
import { createAccessControl, type AccessControl } from './authorize';
import { BasicAuthVerifier } from './basicAuth';
import { contentLengthLimit } from './bodyLimit';
import { createHttpsServer } from './httpsServer';
import type { ResourceLimits } from '../ingest/limits';
import { checkListenSafety } from './listenGuard';
import type { SecurityOptions } from './options';
import { rateLimit } from './rateLimit';
import type { AccessScope } from './scopes';
import { TokenBucketLimiter } from './tokenBucket';
import { loadTokens } from './loadTokens';
import { TokenConfigError } from './tokenConfig';
import type { TokenEntry } from './tokens';
import { WebConfigError, parseWebConfig, type WebConfig } from './webConfig';
import { webHeaders } from './webHeaders';

export interface SecurityIO {
  env: Readonly<Record<string, string | undefined>>;
  readFile: (path: string) => string;
  /** Unix seconds. */
  clock: () => number;
}

export interface Security {
  tokens: readonly TokenEntry[];
  webConfig: WebConfig | null;
  access: AccessControl;
  /** Mount before every route, in this order. */
  middlewares: RequestHandler[];
  guard: (scope: AccessScope) => RequestHandler;
  limits: ResourceLimits;
  /** An https server for the app when the web-config has `tls_server_config`; null: plain http. */
  createServer: ((app: RequestListener) => Server) | null;
  /** Throws UsageError when `host` is not loopback and no ingest/admin token is configured (unless --insecure); returns a warning to log or null. */
  checkListen(host: string): string | null;
  /** One line for the start-up log, no secrets. */
  describe(): string;
}

function loadWebConfig(file: string, io: SecurityIO): WebConfig {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (err) {
    throw new WebConfigError([`--web.config.file ${file}: cannot read: ${(err as Error).message}`]);
  }
  return parseWebConfig(text, file);
}

function middlewaresFor(
  options: SecurityOptions,
  web: WebConfig | null,
  access: AccessControl,
  maxBodyBytes: number,
  clock: () => number,
): RequestHandler[] {
  const out: RequestHandler[] = [];
  if (web !== null && Object.keys(web.headers).length > 0) out.push(webHeaders(web.headers));
  const global = web?.rateLimit ?? null;
  if (global !== null) {
    const limiter = new TokenBucketLimiter({
      ratePerSecond: 1 / global.intervalSeconds,
      burst: global.burst,
    });
    out.push(rateLimit(limiter, { clock, global: true }));
  }
  if (options.rateLimit !== null)
    out.push(rateLimit(new TokenBucketLimiter(options.rateLimit), { clock, tokenName: access.tokenName }));
  out.push(contentLengthLimit(maxBodyBytes), access.gate);
  return out;
}

/**
 * Builds the security layer. `maxBodyBytes` is the server's body limit (413 past it, checked early).
 * Throws UsageError listing every problem of the token file, the environment tokens and the web-config.
 */
export function buildSecurity(options: SecurityOptions, maxBodyBytes: number, io: SecurityIO): Security {
  let tokens: TokenEntry[] = [];
  let web: WebConfig | null = null;
  const problems: string[] = [];
  try {
    tokens = loadTokens(options.tokenFile, io);
  } catch (err) {
    if (!(err instanceof TokenConfigError)) throw err;
    problems.push(...err.problems);
  }
  try {
    web = options.webConfigFile === undefined ? null : loadWebConfig(options.webConfigFile, io);
  } catch (err) {
    if (!(err instanceof WebConfigError)) throw err;
    problems.push(...err.problems);
  }
  const tls = web?.tls ?? null;
  let createServer: Security['createServer'] = null;
  if (tls !== null) {
    try {
      // Load the files now, so a bad certificate fails start-up rather than the first connection.
      createHttpsServer(() => undefined, tls, io.readFile);
      createServer = (app) => createHttpsServer(app, tls, io.readFile);
    } catch (err) {
      if (!(err instanceof WebConfigError)) throw err;
      problems.push(...err.problems.map((p) => `${web?.file}: ${p}`));
    }
  }
  if (problems.length > 0)
    throw new UsageError(`invalid security configuration:\n  ${problems.join('\n  ')}`);
  const access = createAccessControl(
    tokens,
    web !== null && web.basicAuthUsers.size > 0 ? new BasicAuthVerifier(web.basicAuthUsers) : null,
  );
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
      const verdict = checkListenSafety(host, hasWriteTokens, options.insecure);
      if (!verdict.ok) throw new UsageError(verdict.message);
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
