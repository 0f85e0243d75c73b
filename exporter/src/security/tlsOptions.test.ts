/** The web-config's TLS section as Node options, and the client-certificate rules per connection. */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PeerCertificate } from 'node:tls';
import type { TlsServerConfig } from './tlsConfig';
import { makeTestCerts, type TestCerts } from './__fixtures__/certs';
import { clientCertificateProblem, httpsServerOptions } from './tlsOptions';
import { WebConfigError } from './webConfig';

let certs: TestCerts;
const read = (p: string) => readFileSync(p, 'utf8');

beforeAll(() => {
  certs = makeTestCerts();
});

afterAll(() => certs.remove());

const base = (): TlsServerConfig => ({
  cert: { file: certs.certFile },
  key: { file: certs.keyFile },
  clientAuthType: 'NoClientCert',
  clientCa: null,
  clientAllowedSans: null,
  minVersion: 'TLS12',
  maxVersion: 'TLS13',
  cipherSuites: [],
  curvePreferences: [],
  preferServerCipherSuites: true,
});

test('Go names become OpenSSL names; TLS 1.3 suites are accepted and, as in Go, not configured', () => {
  const options = httpsServerOptions(
    {
      ...base(),
      cipherSuites: [
        'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
        'TLS_AES_256_GCM_SHA384',
        'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
      ],
      curvePreferences: ['X25519', 'CurveP384'],
      minVersion: 'TLS13',
    },
    read,
  );
  expect(options).toMatchObject({
    minVersion: 'TLSv1.3',
    maxVersion: 'TLSv1.3',
    ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305',
    ecdhCurve: 'X25519:P-384',
    honorCipherOrder: true,
    requestCert: false,
    rejectUnauthorized: false,
  });
  expect(options.cert).toBe(read(certs.certFile));
});

test('client auth types map to requestCert / rejectUnauthorized', () => {
  const verify = httpsServerOptions(
    { ...base(), clientAuthType: 'RequireAndVerifyClientCert', clientCa: { file: certs.caFile } },
    read,
  );
  expect(verify).toMatchObject({ requestCert: true, rejectUnauthorized: true, ca: read(certs.caFile) });
  expect(httpsServerOptions({ ...base(), clientAuthType: 'RequireAnyClientCert' }, read)).toMatchObject({
    requestCert: true,
    rejectUnauthorized: false,
  });
});

test('an unreadable file names the key and the path; a key that does not match fails start-up', () => {
  expect(() => httpsServerOptions({ ...base(), key: { file: '/nope.key' } }, read)).toThrow(
    /tls_server_config\.key_file: cannot read \/nope\.key: ENOENT/,
  );
  let err: unknown;
  try {
    httpsServerOptions({ ...base(), key: { file: certs.clientKeyFile } }, read);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(WebConfigError);
  expect((err as WebConfigError).problems[0]).toMatch(
    /^tls_server_config: the certificate, key or client CA do not load: .*key values mismatch/,
  );
});

describe('clientCertificateProblem', () => {
  const socket = (file: string | null, authorized: boolean) => ({
    authorized,
    getPeerCertificate: () =>
      (file === null ? {} : { raw: new X509Certificate(read(file)).raw }) as PeerCertificate,
  });

  test('RequireAnyClientCert: any certificate, but one', () => {
    const tls = { ...base(), clientAuthType: 'RequireAnyClientCert' as const };
    expect(clientCertificateProblem(tls, socket(null, false))).toBe('no client certificate');
    expect(clientCertificateProblem(tls, socket(certs.strangerCertFile, false))).toBeNull();
  });

  test('VerifyClientCertIfGiven: none is fine, an unverified one is not', () => {
    const tls = { ...base(), clientAuthType: 'VerifyClientCertIfGiven' as const };
    expect(clientCertificateProblem(tls, socket(null, false))).toBeNull();
    expect(clientCertificateProblem(tls, socket(certs.strangerCertFile, false))).toBe(
      'client certificate not signed by client_ca_file',
    );
    expect(clientCertificateProblem(tls, socket(certs.clientCertFile, true))).toBeNull();
  });

  test('client_allowed_sans: the certificate must carry one of them', () => {
    const tls = {
      ...base(),
      clientAuthType: 'RequireAndVerifyClientCert' as const,
      clientAllowedSans: ['prometheus.test'],
    };
    expect(clientCertificateProblem(tls, socket(certs.clientCertFile, true))).toBeNull();
    expect(
      clientCertificateProblem(
        { ...tls, clientAllowedSans: ['grafana.test'] },
        socket(certs.clientCertFile, true),
      ),
    ).toBe('client certificate has none of client_allowed_sans');
  });
});
