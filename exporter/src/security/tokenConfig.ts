/**
 * The token file (`--token-file FILE`): YAML or JSON, a list of
 * `{name, scopes, token_sha256 | token_file | token_env}`. Every problem is reported at once, naming
 * the file and the entry; secrets never appear in a message. File system and environment come in as
 * parameters. loadTokens.ts adds the environment's tokens.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ACCESS_SCOPES, type AccessScope } from './scopes';
import { hashToken, type TokenEntry } from './tokens';

/** Shorter tokens are refused: guessable. `openssl rand -hex 32` makes a good one. */
export const MIN_TOKEN_LENGTH = 16;

export interface SecretSource {
  env: Readonly<Record<string, string | undefined>>;
  /** Reads a file as UTF-8; throws when it cannot. */
  readFile: (path: string) => string;
}

/** A token configuration that cannot be used; `problems` lists every one. */
export class TokenConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`token configuration: ${problems.join('; ')}`);
    this.name = 'TokenConfigError';
  }
}

const ENTRY_KEYS = new Set(['name', 'scopes', 'token_sha256', 'token_file', 'token_env']);
const SOURCE_KEYS = ['token_sha256', 'token_file', 'token_env'] as const;

/** The hash of a secret, or null after pushing why it is refused (too short, white space). */
export function checkSecret(secret: string, where: string, problems: string[]): Buffer | null {
  if (secret.length < MIN_TOKEN_LENGTH) {
    problems.push(
      `${where}: the token is ${secret.length} characters, expected at least ${MIN_TOKEN_LENGTH}`,
    );
    return null;
  }
  if (/\s/.test(secret)) {
    problems.push(`${where}: the token contains white space, which a Bearer header cannot carry`);
    return null;
  }
  return hashToken(secret);
}

function entryScopes(raw: unknown, where: string, problems: string[]): AccessScope[] | null {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0) {
    problems.push(`${where}.scopes: expected a non-empty list of ${ACCESS_SCOPES.join(', ')}`);
    return null;
  }
  const bad = list.filter((s) => !(ACCESS_SCOPES as readonly unknown[]).includes(s));
  if (bad.length > 0) {
    problems.push(
      `${where}.scopes: ${bad.map((s) => JSON.stringify(s)).join(', ')} not one of ${ACCESS_SCOPES.join(', ')}`,
    );
    return null;
  }
  return [...new Set(list as AccessScope[])];
}

function entrySecret(
  raw: Record<string, unknown>,
  where: string,
  baseDir: string,
  io: SecretSource,
  problems: string[],
): Buffer | null {
  const given = SOURCE_KEYS.filter((k) => raw[k] !== undefined);
  if (given.length !== 1) {
    problems.push(
      `${where}: expected exactly one of ${SOURCE_KEYS.join(', ')}, got ${given.length === 0 ? 'none' : given.join(', ')}`,
    );
    return null;
  }
  const value = raw[given[0]];
  if (typeof value !== 'string' || value === '') {
    problems.push(`${where}.${given[0]}: expected a non-empty string`);
    return null;
  }
  if (given[0] === 'token_sha256') {
    if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
    problems.push(`${where}.token_sha256: expected 64 hex digits (sha256sum of the token)`);
    return null;
  }
  if (given[0] === 'token_env') {
    const secret = io.env[value];
    if (secret !== undefined && secret !== '')
      return checkSecret(secret, `${where} (environment variable ${value})`, problems);
    problems.push(`${where}.token_env: environment variable ${value} is not set`);
    return null;
  }
  const path = isAbsolute(value) ? value : join(baseDir, value);
  let secret: string;
  try {
    secret = io.readFile(path).replace(/[\r\n]+$/, '');
  } catch (err) {
    problems.push(`${where}.token_file: cannot read ${path}: ${(err as Error).message}`);
    return null;
  }
  return checkSecret(secret, `${where} (file ${path})`, problems);
}

function parseEntry(
  raw: unknown,
  where: string,
  baseDir: string,
  io: SecretSource,
  problems: string[],
): TokenEntry | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${where}: expected a mapping {name, scopes, token_sha256 | token_file | token_env}`);
    return null;
  }
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key))
      problems.push(`${where}.${key}: unknown key (expected ${[...ENTRY_KEYS].join(', ')})`);
  }
  const name = entry.name;
  if (typeof name !== 'string' || !/^[A-Za-z0-9_.:@-]{1,64}$/.test(name)) {
    problems.push(`${where}.name: expected 1-64 characters of letters, digits, _ . : @ -`);
  }
  const scopes = entryScopes(entry.scopes, where, problems);
  const sha256 = entrySecret(entry, where, baseDir, io, problems);
  if (typeof name !== 'string' || scopes === null || sha256 === null) return null;
  return { name, scopes, sha256 };
}

/**
 * The entries of a token file's text (YAML or JSON: JSON is YAML). Relative `token_file` paths are
 * relative to the token file. Complexity O(entries). Throws TokenConfigError listing every problem.
 * @example parseTokenFile('- {name: ci, scopes: [ingest], token_env: CI_TOKEN}', '/etc/mlhealth/tokens.yaml', io)
 */
export function parseTokenFile(text: string, file: string, io: SecretSource): TokenEntry[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new TokenConfigError([`${file}: not YAML/JSON: ${(err as Error).message.split('\n')[0]}`]);
  }
  const list =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'tokens' in doc
      ? (doc as { tokens: unknown }).tokens
      : doc;
  if (!Array.isArray(list))
    throw new TokenConfigError([`${file}: expected a list of tokens (or {tokens: [...]})`]);
  const problems: string[] = [];
  const entries = list.map((raw, i) => parseEntry(raw, `${file}: tokens[${i}]`, dirname(file), io, problems));
  if (problems.length > 0) throw new TokenConfigError(problems);
  return entries.filter((e): e is TokenEntry => e !== null);
}
