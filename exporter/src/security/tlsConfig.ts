/**
 * The `tls_server_config` section of a web-config file, validated into a typed value. Names and
 * defaults are exporter-toolkit's: Go cipher-suite and curve names, `TLS10`..`TLS13`, min TLS12,
 * `client_auth_type` NoClientCert. Translating them to Node's TLS options is tlsOptions.ts' job.
 */
import type { KeyReader } from './yamlKeys';

export const CLIENT_AUTH_TYPES = [
  'NoClientCert',
  'RequestClientCert',
  'RequireAnyClientCert',
  'VerifyClientCertIfGiven',
  'RequireAndVerifyClientCert',
] as const;
export type ClientAuthType = (typeof CLIENT_AUTH_TYPES)[number];

/** Go's TLS version names → Node's. */
export const TLS_VERSIONS = { TLS10: 'TLSv1', TLS11: 'TLSv1.1', TLS12: 'TLSv1.2', TLS13: 'TLSv1.3' } as const;
export type TlsVersionName = keyof typeof TLS_VERSIONS;

/**
 * Go's secure cipher suites (`tls.CipherSuites()`) → OpenSSL names. The TLS 1.3 suites map to null:
 * Go does not let them be configured either, so they are accepted and have no effect.
 */
export const CIPHER_SUITES: Readonly<Record<string, string | null>> = {
  TLS_AES_128_GCM_SHA256: null,
  TLS_AES_256_GCM_SHA384: null,
  TLS_CHACHA20_POLY1305_SHA256: null,
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 'ECDHE-ECDSA-AES128-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 'ECDHE-ECDSA-AES256-SHA',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 'ECDHE-RSA-AES128-SHA',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 'ECDHE-RSA-AES256-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 'ECDHE-ECDSA-AES128-GCM-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 'ECDHE-ECDSA-AES256-GCM-SHA384',
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 'ECDHE-RSA-AES128-GCM-SHA256',
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 'ECDHE-RSA-AES256-GCM-SHA384',
  TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-ECDSA-CHACHA20-POLY1305',
  TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-RSA-CHACHA20-POLY1305',
};

/** Go's curve names → OpenSSL's. */
export const CURVES: Readonly<Record<string, string>> = {
  CurveP256: 'P-256',
  CurveP384: 'P-384',
  CurveP521: 'P-521',
  X25519: 'X25519',
};

export interface TlsServerConfig {
  /** PEM text inline (`cert`) or a path (`cert_file`, resolved against the web-config's folder). */
  cert: { file: string } | { pem: string };
  key: { file: string } | { pem: string };
  clientAuthType: ClientAuthType;
  clientCa: { file: string } | { pem: string } | null;
  /** Accepted SANs of client certificates (DNS, e-mail, IP, URI); null: any. */
  clientAllowedSans: string[] | null;
  minVersion: TlsVersionName;
  maxVersion: TlsVersionName;
  /** Go names, validated. */
  cipherSuites: string[];
  curvePreferences: string[];
  preferServerCipherSuites: boolean;
}

const KEYS = [
  'cert_file',
  'key_file',
  'cert',
  'key',
  'client_auth_type',
  'client_ca_file',
  'client_ca',
  'client_allowed_sans',
  'cipher_suites',
  'curve_preferences',
  'min_version',
  'max_version',
  'prefer_server_cipher_suites',
];

function pemOrFile(
  r: KeyReader,
  inline: string,
  file: string,
  resolve: (p: string) => string,
): { file: string } | { pem: string } | null {
  const text = r.string(['tls_server_config', inline]);
  const path = r.string(['tls_server_config', file]);
  if (text !== undefined && path !== undefined)
    r.problem(['tls_server_config', file], `give ${inline} or ${file}, not both`);
  if (path !== undefined && path !== '') return { file: resolve(path) };
  return text !== undefined && text !== '' ? { pem: text } : null;
}

function oneOf<T extends string>(r: KeyReader, key: string, choices: readonly T[], fallback: T): T {
  const v = r.string(['tls_server_config', key]);
  if (v === undefined || v === '') return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  r.problem(['tls_server_config', key], `'${v}' is not one of ${choices.join(', ')}`);
  return fallback;
}

function names(r: KeyReader, key: string, known: Readonly<Record<string, unknown>>): string[] {
  const list = r.strings(['tls_server_config', key]);
  for (const name of list)
    if (!(name in known))
      r.problem(
        ['tls_server_config', key],
        `unknown name ${name} (expected one of ${Object.keys(known).join(', ')})`,
      );
  return list.filter((name) => name in known);
}

/**
 * The TLS section, or null when the file has none (plain HTTP). Pushes problems into the reader; paths
 * go through `resolve`. Complexity O(keys). Throws nothing.
 */
export function readTlsServerConfig(r: KeyReader, resolve: (path: string) => string): TlsServerConfig | null {
  const keys = r.mapping(['tls_server_config'], KEYS);
  if (keys.length === 0) return null;
  const cert = pemOrFile(r, 'cert', 'cert_file', resolve);
  const key = pemOrFile(r, 'key', 'key_file', resolve);
  if (cert === null) r.problem(['tls_server_config'], 'missing cert_file (the server certificate, PEM)');
  if (key === null) r.problem(['tls_server_config'], 'missing key_file (the server private key, PEM)');
  const clientAuthType = oneOf(r, 'client_auth_type', CLIENT_AUTH_TYPES, 'NoClientCert');
  const clientCa = pemOrFile(r, 'client_ca', 'client_ca_file', resolve);
  if (clientCa !== null && clientAuthType === 'NoClientCert')
    r.problem(
      ['tls_server_config', 'client_ca_file'],
      'client CAs are configured but client_auth_type is NoClientCert',
    );
  const sans = keys.includes('client_allowed_sans')
    ? r.strings(['tls_server_config', 'client_allowed_sans'])
    : null;
  if (
    sans !== null &&
    clientAuthType !== 'RequireAnyClientCert' &&
    clientAuthType !== 'RequireAndVerifyClientCert'
  ) {
    r.problem(
      ['tls_server_config', 'client_allowed_sans'],
      'requires client_auth_type RequireAnyClientCert or RequireAndVerifyClientCert',
    );
  }
  const versions = Object.keys(TLS_VERSIONS) as TlsVersionName[];
  const minVersion = oneOf(r, 'min_version', versions, 'TLS12');
  const maxVersion = oneOf(r, 'max_version', versions, 'TLS13');
  if (versions.indexOf(minVersion) > versions.indexOf(maxVersion))
    r.problem(['tls_server_config', 'min_version'], `${minVersion} is above max_version ${maxVersion}`);
  if (cert === null || key === null) return null;
  return {
    cert,
    key,
    clientAuthType,
    clientCa,
    clientAllowedSans: sans,
    minVersion,
    maxVersion,
    cipherSuites: names(r, 'cipher_suites', CIPHER_SUITES),
    curvePreferences: names(r, 'curve_preferences', CURVES),
    preferServerCipherSuites: r.boolean(['tls_server_config', 'prefer_server_cipher_suites'], true),
  };
}
