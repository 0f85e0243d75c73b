/**
 * What the security layer is built from (`buildSecurity`): tokens, the web-config, the listen rule, the
 * rate limit and the resource limits. The command line fills it (`cli/serve/securityOptions.ts`); the
 * composition root and tests pass it in.
 */
import { DEFAULT_RESOURCE_LIMITS, type ResourceLimits } from '../ingest/limits';

export interface SecurityOptions {
  /** YAML/JSON list of `{name, scopes, token_sha256 | token_file | token_env}`. */
  tokenFile?: string;
  /** Prometheus web-config file: TLS, basic auth, headers, rate limit. */
  webConfigFile?: string;
  /** Listen on a non-loopback address without a write token. */
  insecure: boolean;
  /** Requests per second per client, and burst; null: unlimited. */
  rateLimit: { ratePerSecond: number; burst: number } | null;
  limits: ResourceLimits;
}

/** No tokens file, no web-config, no rate limit, default resource limits. */
export const DEFAULT_SECURITY_OPTIONS: SecurityOptions = {
  insecure: false,
  rateLimit: null,
  limits: DEFAULT_RESOURCE_LIMITS,
};
