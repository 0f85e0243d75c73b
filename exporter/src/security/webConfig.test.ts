/**
 * The web-config parser against exporter-toolkit's format: a full file parses into typed options that
 * `promtool check web-config` also accepts; bad files are refused by both, with every problem named
 * by file, line and key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSync } from 'bcryptjs';
import { promtool } from './__fixtures__/promtool';
import { makeTestCerts, type TestCerts } from './__fixtures__/certs';
import { WebConfigError, parseWebConfig } from './webConfig';

let certs: TestCerts;
let dir: string;
const HASH = hashSync('scrape-password', 4);

beforeAll(() => {
  certs = makeTestCerts();
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-webcfg-'));
});

afterAll(() => {
  certs.remove();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function problemsOf(text: string, file: string): string[] {
  try {
    parseWebConfig(text, file);
  } catch (err) {
    if (err instanceof WebConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a WebConfigError');
}

const FULL = () => `tls_server_config:
  cert_file: ${certs.certFile}
  key_file: ${certs.keyFile}
  client_auth_type: VerifyClientCertIfGiven
  client_ca_file: ${certs.caFile}
  min_version: TLS12
  max_version: TLS13
  cipher_suites: [TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_AES_128_GCM_SHA256]
  curve_preferences: [X25519, CurveP256]
  prefer_server_cipher_suites: false
http_server_config:
  http2: false
  headers:
    X-Frame-Options: deny
    Strict-Transport-Security: max-age=31536000
basic_auth_users:
  prometheus: '${HASH}'
`;

test('a full file parses into typed options, and promtool accepts the same file', () => {
  const file = write('full.yml', FULL());
  const config = parseWebConfig(FULL(), file);
  expect(config.tls).toEqual({
    cert: { file: certs.certFile },
    key: { file: certs.keyFile },
    clientAuthType: 'VerifyClientCertIfGiven',
    clientCa: { file: certs.caFile },
    clientAllowedSans: null,
    minVersion: 'TLS12',
    maxVersion: 'TLS13',
    cipherSuites: ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256'],
    curvePreferences: ['X25519', 'CurveP256'],
    preferServerCipherSuites: false,
  });
  expect(config.headers).toEqual({
    'X-Frame-Options': 'deny',
    'Strict-Transport-Security': 'max-age=31536000',
  });
  expect(config.http2).toBe(false);
  expect([...config.basicAuthUsers]).toEqual([['prometheus', HASH]]);
  expect(config.rateLimit).toBeNull();
  expect(promtool(['check', 'web-config', file])).toEqual({ code: 0, output: `${file} SUCCESS\n` });
});

test('relative certificate paths resolve against the web-config folder, as exporter-toolkit does', () => {
  const config = parseWebConfig(
    'tls_server_config:\n  cert_file: server.pem\n  key_file: server.key\n',
    join(certs.dir, 'web.yml'),
  );
  expect(config.tls?.cert).toEqual({ file: certs.certFile });
});

test('basic auth alone, without TLS, and an empty file', () => {
  const config = parseWebConfig(`basic_auth_users:\n  a: ${HASH}\n  b: ${HASH}\n`, '/w.yml');
  expect(config.tls).toBeNull();
  expect([...config.basicAuthUsers.keys()]).toEqual(['a', 'b']);
  expect(parseWebConfig('', '/w.yml')).toMatchObject({ tls: null, basicAuthUsers: new Map(), headers: {} });
});

test('rate_limit (newer exporter-toolkit) becomes one global bucket', () => {
  expect(parseWebConfig('rate_limit:\n  interval: 100ms\n  burst: 20\n', '/w.yml').rateLimit).toEqual({
    intervalSeconds: 0.1,
    burst: 20,
  });
  expect(parseWebConfig('rate_limit:\n  interval: 0\n  burst: 20\n', '/w.yml').rateLimit).toBeNull();
});

describe('bad files: every problem at once, with file, line and key; promtool refuses them too', () => {
  test.each([
    [
      'a misspelt key',
      'tls_server_config:\n  cert_fil: c.pem\n',
      ['tls_server_config.cert_fil: unknown key'],
    ],
    ['a plain-text password', 'basic_auth_users:\n  bob: secret\n', ['bob: the hash is not a bcrypt hash']],
    [
      'an unknown client_auth_type',
      `tls_server_config:\n  cert_file: c\n  key_file: k\n  client_auth_type: Always\n`,
      ["client_auth_type: 'Always' is not one of NoClientCert"],
    ],
    [
      'a CA without client auth',
      `tls_server_config:\n  cert_file: c\n  key_file: k\n  client_ca_file: ca\n`,
      ['client CAs are configured but client_auth_type is NoClientCert'],
    ],
    [
      'an unknown cipher',
      `tls_server_config:\n  cert_file: c\n  key_file: k\n  cipher_suites: [TLS_RSA_WITH_RC4_128_SHA]\n`,
      ['unknown name TLS_RSA_WITH_RC4_128_SHA'],
    ],
    [
      'an unknown TLS version',
      `tls_server_config:\n  cert_file: c\n  key_file: k\n  min_version: SSL3\n`,
      ["min_version: 'SSL3' is not one of TLS10, TLS11, TLS12, TLS13"],
    ],
    [
      'a header not allowed',
      'http_server_config:\n  headers:\n    Server: mine\n',
      ['http_server_config.headers.Server: unknown key'],
    ],
    [
      'a header value not allowed',
      'http_server_config:\n  headers:\n    X-Frame-Options: allow\n',
      ["X-Frame-Options: 'allow' is not one of deny, sameorigin"],
    ],
  ])('%s', (_what, text, expected) => {
    const file = write('bad.yml', text);
    const problems = problemsOf(text, file);
    expect(problems).toHaveLength(expected.length);
    problems.forEach((p, i) => {
      expect(p).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: `));
      expect(p).toContain(expected[i]);
    });
    expect(promtool(['check', 'web-config', file]).code).toBe(1);
  });

  test('several problems are reported together, each with its line', () => {
    const text = `tls_server_config:\n  cert_file: c.pem\n  min_version: TLS99\nbasic_auth_users:\n  bob: secret\nextra: 1\n`;
    expect(problemsOf(text, '/etc/web.yml')).toEqual([
      '/etc/web.yml:6: extra: unknown key (expected one of tls_server_config, http_server_config, basic_auth_users, rate_limit)',
      '/etc/web.yml:2: tls_server_config: missing key_file (the server private key, PEM)',
      "/etc/web.yml:3: tls_server_config.min_version: 'TLS99' is not one of TLS10, TLS11, TLS12, TLS13",
      '/etc/web.yml:5: basic_auth_users.bob: the hash is not a bcrypt hash ($2y$10$ followed by 53 characters); make one with htpasswd -nBC 10 "" | tr -d \':\\n\'',
    ]);
  });

  test('a YAML syntax error and a duplicate key', () => {
    expect(problemsOf('basic_auth_users: [\n', '/w.yml')[0]).toMatch(/^\/w\.yml:\d+: /);
    expect(problemsOf(`basic_auth_users:\n  a: ${HASH}\n  a: ${HASH}\n`, '/w.yml')[0]).toMatch(
      /^\/w\.yml:3: Map keys must be unique/,
    );
  });
});
