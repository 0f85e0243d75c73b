/**
 * Prometheus's web-config file (`--web.config.file`), the format of exporter-toolkit that node_exporter
 * and Prometheus itself read: `tls_server_config`, `http_server_config`, `basic_auth_users` (user →
 * bcrypt hash) and `rate_limit`. Parsed strictly like Go's `yaml.UnmarshalStrict`: every problem is
 * reported at once with file, line and key, and `promtool check web-config` accepts what we accept
 * (except `rate_limit`, `client_allowed_sans` and inline `cert`/`key`/`client_ca`, which newer
 * exporter-toolkit versions than promtool 2.42's know).
 */
import { dirname, isAbsolute, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseDuration } from '../spec/duration';
import { bcryptHashProblem } from './basicAuth';
import { readTlsServerConfig, type TlsServerConfig } from './tlsConfig';
import { KeyReader } from './yamlKeys';

export interface WebConfig {
  file: string;
  tls: TlsServerConfig | null;
  /** Extra response headers (`http_server_config.headers`). */
  headers: Record<string, string>;
  /** `http_server_config.http2`: accepted; the exporter serves HTTP/1.1. */
  http2: boolean;
  basicAuthUsers: Map<string, string>;
  /** One bucket for all requests: `burst` at once, one more every `intervalSeconds`. */
  rateLimit: { intervalSeconds: number; burst: number } | null;
}

/** A web-config file that cannot be used; `problems` lists every one. */
export class WebConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`web config: ${problems.join('; ')}`);
    this.name = 'WebConfigError';
  }
}

/** exporter-toolkit's allowed headers, with the values it allows (empty: any). */
const HEADERS: Readonly<Record<string, readonly string[]>> = {
  'Strict-Transport-Security': [],
  'X-Content-Type-Options': ['nosniff'],
  'X-Frame-Options': ['deny', 'sameorigin'],
  'X-XSS-Protection': [],
  'Content-Security-Policy': [],
};

function readHeaders(r: KeyReader): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of r.mapping(['http_server_config', 'headers'], Object.keys(HEADERS))) {
    const value = r.string(['http_server_config', 'headers', name]) ?? '';
    const allowed = HEADERS[name];
    if (allowed.length > 0 && !allowed.includes(value))
      r.problem(['http_server_config', 'headers', name], `'${value}' is not one of ${allowed.join(', ')}`);
    else headers[name] = value;
  }
  return headers;
}

function readUsers(r: KeyReader): Map<string, string> {
  const users = new Map<string, string>();
  for (const user of r.mapping(['basic_auth_users'], null)) {
    const hash = r.string(['basic_auth_users', user]);
    if (hash === undefined) continue;
    const problem = bcryptHashProblem(hash);
    if (problem !== null)
      r.problem(
        ['basic_auth_users', user],
        `the hash ${problem}; make one with htpasswd -nBC 10 "" | tr -d ':\\n'`,
      );
    else users.set(user, hash);
  }
  return users;
}

function readRateLimit(r: KeyReader): WebConfig['rateLimit'] {
  const keys = r.mapping(['rate_limit'], ['interval', 'burst']);
  if (keys.length === 0) return null;
  // Go decodes a bare integer into a time.Duration as nanoseconds; so do we.
  const nanoseconds = r.integer(['rate_limit', 'interval'], true);
  const text = nanoseconds === undefined ? r.string(['rate_limit', 'interval']) : undefined;
  let intervalSeconds = nanoseconds === undefined ? 0 : nanoseconds / 1e9;
  try {
    if (text !== undefined) intervalSeconds = parseDuration(text);
  } catch {
    r.problem(['rate_limit', 'interval'], `'${text}' is not a duration like 100ms or 1s`);
  }
  const burst = r.integer(['rate_limit', 'burst']) ?? 0;
  if (intervalSeconds <= 0) return null; // exporter-toolkit: interval 0 disables the limiter
  if (burst < 1) r.problem(['rate_limit', 'burst'], `expected an integer ≥ 1, got ${burst}`);
  return { intervalSeconds, burst: Math.max(1, burst) };
}

/**
 * Parses web-config `text` read from `file` (relative paths inside resolve against its folder).
 * Complexity O(size). Throws WebConfigError listing every problem.
 * @example parseWebConfig('basic_auth_users:\n  prometheus: $2y$10$...\n', '/etc/mlhealth/web.yml').basicAuthUsers.size // 1
 */
export function parseWebConfig(text: string, file: string): WebConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new WebConfigError(
      doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`),
    );
  }
  const r = new KeyReader(file, doc, lines, []);
  r.mapping([], ['tls_server_config', 'http_server_config', 'basic_auth_users', 'rate_limit']);
  r.mapping(['http_server_config'], ['http2', 'headers']);
  const resolve = (p: string) => (isAbsolute(p) ? p : join(dirname(file), p));
  const config: WebConfig = {
    file,
    tls: readTlsServerConfig(r, resolve),
    headers: readHeaders(r),
    http2: r.boolean(['http_server_config', 'http2'], true),
    basicAuthUsers: readUsers(r),
    rateLimit: readRateLimit(r),
  };
  if (r.problems.length > 0) throw new WebConfigError(r.problems);
  return config;
}
