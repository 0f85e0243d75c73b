/**
 * TLS and basic auth from a web-config file, assembled by `buildSecurity` and served by a real https
 * server on 127.0.0.1:0: promtool accepts the file; no, wrong or unknown credentials are 401, the
 * right ones 200; plain HTTP and untrusting clients fail; client certificates when required.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSync } from 'bcryptjs';
import { listenHttps } from '../server/listenHttps';
import { DEFAULT_RESOURCE_LIMITS } from '../ingest/limits';
import { buildSecurity, type Security } from './setup';
import { bareApp } from './__fixtures__/bareApp';
import { makeTestCerts, type TestCerts } from './__fixtures__/certs';
import { promtool } from './__fixtures__/promtool';
import { basic, send } from './__fixtures__/request';
import type { Listening } from '../server/listen';

const PASSWORD = 'correct horse battery staple';
let certs: TestCerts;
let dir: string;

beforeAll(() => {
  certs = makeTestCerts();
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-tls-'));
});

afterAll(() => {
  certs.remove();
  rmSync(dir, { recursive: true, force: true });
});

function webConfig(name: string, extraTls = ''): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `tls_server_config:\n  cert_file: ${certs.certFile}\n  key_file: ${certs.keyFile}\n${extraTls}` +
      `http_server_config:\n  headers:\n    X-Content-Type-Options: nosniff\n` +
      `basic_auth_users:\n  prometheus: ${hashSync(PASSWORD, 10)}\n`,
  );
  return file;
}

async function serve(file: string): Promise<{ security: Security; listening: Listening; calls: unknown[] }> {
  const security = buildSecurity(
    { webConfigFile: file, insecure: false, rateLimit: null, limits: DEFAULT_RESOURCE_LIMITS },
    4096,
    {
      env: {},
      readFile: (p) => readFileSync(p, 'utf8'),
      clock: () => Date.now() / 1000,
    },
  );
  const bare = bareApp(security.middlewares);
  const server = security.createServer?.(bare.app) as Server;
  return { security, listening: await listenHttps(server, '127.0.0.1', 0), calls: bare.calls };
}

describe('basic auth over TLS', () => {
  let running: Awaited<ReturnType<typeof serve>>;
  let file: string;
  const ca = () => certs.read(certs.caFile);

  beforeAll(async () => {
    file = webConfig('web.yml');
    running = await serve(file);
  });

  afterAll(() => running.listening.close());

  test('promtool check web-config accepts the file', () => {
    expect(promtool(['check', 'web-config', file])).toEqual({ code: 0, output: `${file} SUCCESS\n` });
  });

  test('the server is https on the bound port', () => {
    expect(running.listening.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  test('no credentials: 401 with Basic and Bearer challenges, handler not run', async () => {
    const res = await send(`${running.listening.url}/metrics`, { ca: ca() });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(
      'Bearer realm="mlhealth", Basic realm="mlhealth", charset="UTF-8"',
    );
    expect(JSON.parse(res.body)).toEqual({
      error: 'unauthorized',
      details: [{ path: 'Authorization', message: 'GET /metrics needs credentials with scope read' }],
    });
    expect(running.calls).toEqual([]);
  });

  test.each([
    ['a wrong password', basic('prometheus', 'wrong')],
    ['an unknown user', basic('grafana', PASSWORD)],
    ['a password with the right prefix', basic('prometheus', PASSWORD.slice(0, -1))],
  ])('%s: 401', async (_what, headers) => {
    const res = await send(`${running.listening.url}/metrics`, { ca: ca(), headers });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).details[0].message).toBe('invalid user name or password');
    expect(running.calls).toEqual([]);
  });

  test('the right credentials: 200 on /metrics and the JSON API, with the configured header', async () => {
    const metrics = await send(`${running.listening.url}/metrics`, {
      ca: ca(),
      headers: basic('prometheus', PASSWORD),
    });
    expect(metrics.status).toBe(200);
    expect(metrics.headers['x-content-type-options']).toBe('nosniff');
    const api = await send(`${running.listening.url}/api/v1/cascade`, {
      ca: ca(),
      headers: basic('prometheus', PASSWORD),
    });
    expect(api.status).toBe(200);
    expect(running.calls).toHaveLength(2);
  });

  test('health probes need no credentials', async () => {
    expect((await send(`${running.listening.url}/healthz`, { ca: ca() })).status).toBe(200);
  });

  test('plain HTTP to the TLS port fails', async () => {
    await expect(
      send(running.listening.url.replace('https:', 'http:') + '/metrics', {
        headers: basic('prometheus', PASSWORD),
      }),
    ).rejects.toThrow();
  });

  test('a client that does not trust the CA fails', async () => {
    await expect(
      send(`${running.listening.url}/metrics`, { headers: basic('prometheus', PASSWORD) }),
    ).rejects.toThrow(/self.signed|unable to (verify|get local issuer)/i);
  });

  test('the describe line names TLS and the user count, no secrets', () => {
    expect(running.security.describe()).toBe(
      'security: tokens none; reads protected; writes token required; TLS on; basic-auth users 1',
    );
  });
});

describe('client certificates (RequireAndVerifyClientCert)', () => {
  let running: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    const file = webConfig(
      'mtls.yml',
      `  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: ${certs.caFile}\n`,
    );
    expect(promtool(['check', 'web-config', file]).code).toBe(0);
    running = await serve(file);
  });

  afterAll(() => running.listening.close());

  test('with a client certificate signed by the CA: 200', async () => {
    const res = await send(`${running.listening.url}/metrics`, {
      ca: certs.read(certs.caFile),
      cert: certs.read(certs.clientCertFile),
      key: certs.read(certs.clientKeyFile),
      headers: basic('prometheus', PASSWORD),
    });
    expect(res.status).toBe(200);
  });

  test('without a client certificate the connection is refused', async () => {
    await expect(
      send(`${running.listening.url}/metrics`, {
        ca: certs.read(certs.caFile),
        headers: basic('prometheus', PASSWORD),
      }),
    ).rejects.toThrow();
  });

  test('with a self-signed certificate the CA did not sign, refused', async () => {
    await expect(
      send(`${running.listening.url}/metrics`, {
        ca: certs.read(certs.caFile),
        cert: certs.read(certs.strangerCertFile),
        key: certs.read(certs.strangerKeyFile),
        headers: basic('prometheus', PASSWORD),
      }),
    ).rejects.toThrow();
  });
});
