/**
 * A validated `tls_server_config` as Node `https.createServer` options, reading the certificate, key
 * and client-CA files (a missing or unreadable file fails start-up, naming the key and the path), plus
 * the client-certificate rules TLS options alone cannot express (RequireAnyClientCert,
 * VerifyClientCertIfGiven, client_allowed_sans), enforced per connection.
 */
import { X509Certificate } from 'node:crypto';
import type { ServerOptions } from 'node:https';
import { createSecureContext, type PeerCertificate } from 'node:tls';
import { CIPHER_SUITES, CURVES, TLS_VERSIONS, type TlsServerConfig } from './tlsConfig';
import { WebConfigError } from './webConfig';

type Pem = { file: string } | { pem: string };

function readPem(
  source: Pem,
  key: string,
  readFile: (path: string) => string,
  problems: string[],
): string | null {
  if ('pem' in source) return source.pem;
  try {
    return readFile(source.file);
  } catch (err) {
    problems.push(`tls_server_config.${key}: cannot read ${source.file}: ${(err as Error).message}`);
    return null;
  }
}

/**
 * The https server options. Throws WebConfigError naming the key when a file cannot be read or the
 * certificate and key do not load together.
 */
export function httpsServerOptions(tls: TlsServerConfig, readFile: (path: string) => string): ServerOptions {
  const problems: string[] = [];
  const cert = readPem(tls.cert, 'cert_file', readFile, problems);
  const key = readPem(tls.key, 'key_file', readFile, problems);
  const ca = tls.clientCa === null ? undefined : readPem(tls.clientCa, 'client_ca_file', readFile, problems);
  if (cert === null || key === null || ca === null) throw new WebConfigError(problems);
  const ciphers = tls.cipherSuites.map((name) => CIPHER_SUITES[name]).filter((c): c is string => c !== null);
  const options: ServerOptions = {
    cert,
    key,
    minVersion: TLS_VERSIONS[tls.minVersion],
    maxVersion: TLS_VERSIONS[tls.maxVersion],
    honorCipherOrder: tls.preferServerCipherSuites,
    requestCert: tls.clientAuthType !== 'NoClientCert',
    rejectUnauthorized: tls.clientAuthType === 'RequireAndVerifyClientCert',
    ...(ca !== undefined ? { ca } : {}),
    ...(ciphers.length > 0 ? { ciphers: ciphers.join(':') } : {}),
    ...(tls.curvePreferences.length > 0
      ? { ecdhCurve: tls.curvePreferences.map((c) => CURVES[c]).join(':') }
      : {}),
  };
  try {
    createSecureContext(options);
  } catch (err) {
    throw new WebConfigError([
      `tls_server_config: the certificate, key or client CA do not load: ${(err as Error).message}`,
    ]);
  }
  return options;
}

/** The SANs of a certificate as exporter-toolkit compares them: DNS names, e-mails, IPs, URIs. */
function subjectAltNames(raw: Buffer): string[] {
  const text = new X509Certificate(raw).subjectAltName ?? '';
  return text
    .split(/,\s*/)
    .map((entry) => entry.replace(/^(DNS|email|IP Address|URI):/, ''))
    .filter((v) => v !== '');
}

/** What the client-certificate check reads of a TLS socket. */
export interface PeerSocket {
  authorized: boolean;
  /** An empty object when the client sent no certificate. */
  getPeerCertificate(): PeerCertificate;
}

/**
 * Why a TLS connection breaks the client-certificate rules, or null when it may go on. Call on the
 * server's `secureConnection` and destroy the socket on a non-null answer.
 */
export function clientCertificateProblem(tls: TlsServerConfig, socket: PeerSocket): string | null {
  const type = tls.clientAuthType;
  if (type === 'NoClientCert' || type === 'RequestClientCert') return null;
  const peer = socket.getPeerCertificate();
  const present = peer !== null && peer !== undefined && Object.keys(peer).length > 0;
  if (!present) return type === 'VerifyClientCertIfGiven' ? null : 'no client certificate';
  if (type !== 'RequireAnyClientCert' && !socket.authorized)
    return 'client certificate not signed by client_ca_file';
  if (
    tls.clientAllowedSans !== null &&
    !subjectAltNames(peer.raw).some((san) => tls.clientAllowedSans?.includes(san))
  ) {
    return 'client certificate has none of client_allowed_sans';
  }
  return null;
}
