/**
 * The exporter's security layer: scoped bearer tokens, Prometheus web-config (TLS, basic auth),
 * request limits and label safety, as express middlewares and pure helpers. `main.ts` builds it with
 * `buildSecurity` and mounts `security.middlewares` before every route.
 *
 *   const { options, rest } = parseSecurityOptions(argv);
 *   const security = buildSecurity(options, maxBodyBytes, { env: process.env, readFile, clock });
 *   security.checkListen(host);                   // refuses 0.0.0.0 without a write token
 *   app.use(...security.middlewares);             // headers, rate limit, 413, 401/403 gate
 *
 * May import: spec, ingest.
 */
export { ROUTE_SCOPES, ACCESS_SCOPES, requiredScope, scopeAllows } from './scopes';
export type { AccessScope, Requirement, RouteScope } from './scopes';
export { accessPolicy } from './policy';
export type { AccessPolicy } from './policy';
export { createAccessControl } from './authorize';
export type { AccessControl, Principal } from './authorize';
export { authenticate } from './authenticate';
export { hashToken, matchToken } from './tokens';
export type { TokenEntry } from './tokens';
export { parseTokenFile, TokenConfigError, MIN_TOKEN_LENGTH } from './tokenConfig';
export { loadTokens, tokensFromEnv, TOKEN_ENV } from './loadTokens';
export { BasicAuthVerifier, bcryptHashProblem } from './basicAuth';
export { parseWebConfig, WebConfigError } from './webConfig';
export type { WebConfig } from './webConfig';
export { httpsServerOptions, clientCertificateProblem } from './tlsOptions';
export { createHttpsServer } from './httpsServer';
export { checkListenSafety, isLoopbackHost } from './listenGuard';
export { TokenBucketLimiter } from './tokenBucket';
export { rateLimit, clientKey } from './rateLimit';
export { contentLengthLimit } from './bodyLimit';
export { DEFAULT_SECURITY_OPTIONS, type SecurityOptions } from './options';
export { buildSecurity } from './setup';
export type { Security, SecurityIO } from './setup';
