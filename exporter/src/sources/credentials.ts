/**
 * Credentials of a Prometheus source, from a file or an environment variable (never inline in the
 * spec). Read on every poll, as Prometheus reads `bearer_token_file`, so rotated secrets are picked up.
 * The file reader and the environment are passed in; nothing here touches the process.
 */
import type { PrometheusSourceSpec } from '../spec/types';

export interface SecretAccess {
  env: Readonly<Record<string, string | undefined>>;
  /** Reads a secret file as UTF-8; throws when it cannot. */
  readFile: (path: string) => string;
}

export type AuthHeader = { ok: true; header: string | null } | { ok: false; message: string };

/**
 * The `Authorization` header for a source (null without auth), or why it cannot be built. Trailing
 * newlines of secret files are dropped. Complexity O(secret length). Throws nothing.
 * @example authorizationHeader({ id: 'p', type: 'prometheus', url: 'u', timeout: 5, auth: { bearer_token_env: 'T' } }, { env: { T: 'abc' }, readFile }) // { ok: true, header: 'Bearer abc' }
 */
export function authorizationHeader(source: PrometheusSourceSpec, access: SecretAccess): AuthHeader {
  const auth = source.auth;
  if (!auth) return { ok: true, header: null };
  if (auth.bearer_token_file !== undefined || auth.bearer_token_env !== undefined) {
    const token = readSecret(
      auth.bearer_token_file,
      auth.bearer_token_env,
      access,
      `source ${source.id} bearer token`,
    );
    return token.ok ? { ok: true, header: `Bearer ${token.value}` } : token;
  }
  if (auth.basic_auth) {
    const { username, password_file, password_env } = auth.basic_auth;
    const password =
      password_file === undefined && password_env === undefined
        ? { ok: true as const, value: '' }
        : readSecret(password_file, password_env, access, `source ${source.id} password`);
    if (!password.ok) return password;
    return { ok: true, header: `Basic ${Buffer.from(`${username}:${password.value}`).toString('base64')}` };
  }
  return { ok: true, header: null };
}

function readSecret(
  file: string | undefined,
  envName: string | undefined,
  access: SecretAccess,
  what: string,
): { ok: true; value: string } | { ok: false; message: string } {
  if (file !== undefined) {
    try {
      const value = access.readFile(file).replace(/[\r\n]+$/, '');
      return value === '' ? { ok: false, message: `${what}: file ${file} is empty` } : { ok: true, value };
    } catch (error) {
      return { ok: false, message: `${what}: cannot read ${file}: ${(error as Error).message}` };
    }
  }
  const value = envName === undefined ? undefined : access.env[envName];
  if (value === undefined || value === '')
    return { ok: false, message: `${what}: environment variable ${envName} is not set` };
  return { ok: true, value };
}
