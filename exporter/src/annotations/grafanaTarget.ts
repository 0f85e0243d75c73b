/**
 * Where annotations are pushed: a Grafana base URL and a service-account token from a file or the
 * environment (never a flag, so it stays out of `ps` and shell history). The token is read at every
 * push, as Prometheus reads `bearer_token_file`, so a rotated secret is picked up without a restart.
 */

import { UsageError } from '../spec/usageError';
/** The environment variable holding the Grafana service-account token when no file is given. */
export const GRAFANA_TOKEN_ENV = 'MLHEALTH_GRAFANA_TOKEN';

export interface GrafanaTarget {
  /** `http(s)://host[:port][/sub/path]`, without a trailing slash. */
  url: string;
  /** The token, read when called; throws when it cannot be read. */
  token: () => string;
  dashboardUid?: string;
  panelId?: number;
}

export interface GrafanaSettings {
  url?: string;
  tokenFile?: string;
  dashboardUid?: string;
  panelId?: number;
  env: Readonly<Record<string, string | undefined>>;
  readFile: (path: string) => string;
}

function tokenReader(settings: GrafanaSettings): () => string {
  const { tokenFile, env, readFile } = settings;
  return () => {
    const token =
      tokenFile !== undefined ? readFile(tokenFile).replace(/[\r\n]+$/, '') : (env[GRAFANA_TOKEN_ENV] ?? '');
    if (token === '')
      throw new UsageError(
        `grafana token: ${tokenFile !== undefined ? `file ${tokenFile} is empty` : `${GRAFANA_TOKEN_ENV} is empty`}`,
      );
    return token;
  };
}

/**
 * The push target, or null when no Grafana URL is configured. The token is read once here, so a missing
 * or empty secret fails start-up instead of every push.
 *
 * @throws UsageError naming the setting: a URL that is not http(s), a URL without a token, an unreadable file.
 * @example grafanaTargetFrom({ url: 'http://127.0.0.1:3000/', env: { MLHEALTH_GRAFANA_TOKEN: 'glsa_x' }, readFile })
 * // { url: 'http://127.0.0.1:3000', token: [Function] }
 */
export function grafanaTargetFrom(settings: GrafanaSettings): GrafanaTarget | null {
  if (settings.url === undefined) {
    if (settings.tokenFile !== undefined) throw new UsageError('--grafana-token-file needs --grafana-url');
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(settings.url);
  } catch {
    throw new UsageError(`--grafana-url '${settings.url}' is not a URL (expected http(s)://host:port)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--grafana-url '${settings.url}' is not http or https`);
  }
  if (settings.tokenFile === undefined && (settings.env[GRAFANA_TOKEN_ENV] ?? '') === '') {
    throw new UsageError(
      `--grafana-url needs a service-account token: --grafana-token-file FILE or ${GRAFANA_TOKEN_ENV}`,
    );
  }
  const token = tokenReader(settings);
  try {
    token();
  } catch (err) {
    throw new UsageError(`--grafana-token-file: ${(err as Error).message}`);
  }
  return {
    url: settings.url.replace(/\/+$/, ''),
    token,
    ...(settings.dashboardUid !== undefined ? { dashboardUid: settings.dashboardUid } : {}),
    ...(settings.panelId !== undefined ? { panelId: settings.panelId } : {}),
  };
}
