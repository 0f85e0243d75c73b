/**
 * The assembled security layer on a bare app: configuration problems of the token file and the
 * web-config reported together, the listen check, basic-auth users beside bearer tokens, the
 * web-config's global rate limit, and the order of the middlewares.
 */
import { hashSync } from 'bcryptjs';
import { UsageError } from '../cli/io';
import { DEFAULT_RESOURCE_LIMITS } from '../ingest/limits';
import type { SecurityOptions } from './options';
import { buildSecurity } from './setup';
import { bareApp, listenLocal } from './__fixtures__/bareApp';
import { basic, bearer, send } from './__fixtures__/request';

const INGEST = 'ingest-token-0123456789abcdef';
const HASH = hashSync('viewer-password', 4);
const options = (more: Partial<SecurityOptions> = {}): SecurityOptions => ({
  insecure: false,
  rateLimit: null,
  limits: DEFAULT_RESOURCE_LIMITS,
  ...more,
});
const io = (files: Record<string, string>, env: Record<string, string> = {}, clock = () => 0) => ({
  env,
  clock,
  readFile: (path: string) => {
    if (path in files) return files[path];
    throw new Error(`ENOENT: no such file, open '${path}'`);
  },
});

test('problems of the token file, the environment and the web-config are listed together', () => {
  const files = {
    '/t.yaml': '- {name: ci, scopes: [write], token_env: CI}\n',
    '/w.yml': 'basic_auth_users:\n  bob: secret\n',
  };
  let err: unknown;
  try {
    buildSecurity(
      options({ tokenFile: '/t.yaml', webConfigFile: '/w.yml' }),
      1024,
      io(files, { MLHEALTH_ADMIN_TOKEN: 'short' }),
    );
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UsageError);
  expect((err as Error).message.split('\n')).toEqual([
    'invalid security configuration:',
    '  /t.yaml: tokens[0].scopes: "write" not one of read, ingest, admin',
    '  /t.yaml: tokens[0].token_env: environment variable CI is not set',
    '  environment variable MLHEALTH_ADMIN_TOKEN: the token is 5 characters, expected at least 16',
    '  /w.yml:2: basic_auth_users.bob: the hash is not a bcrypt hash ($2y$10$ followed by 53 characters); make one with htpasswd -nBC 10 "" | tr -d \':\\n\'',
  ]);
});

test('an unreadable web-config or certificate names the flag or the key', () => {
  expect(() => buildSecurity(options({ webConfigFile: '/none.yml' }), 1024, io({}))).toThrow(
    "--web.config.file /none.yml: cannot read: ENOENT: no such file, open '/none.yml'",
  );
  const files = { '/w.yml': 'tls_server_config:\n  cert_file: c.pem\n  key_file: k.pem\n' };
  expect(() => buildSecurity(options({ webConfigFile: '/w.yml' }), 1024, io(files))).toThrow(
    '/w.yml: tls_server_config.cert_file: cannot read /c.pem',
  );
});

describe('checkListen', () => {
  test('beyond loopback: refused without a write token, naming --insecure; a read token is not enough', () => {
    expect(() => buildSecurity(options(), 1024, io({})).checkListen('0.0.0.0')).toThrow(
      /refusing to listen on 0\.0\.0\.0 .*--insecure/,
    );
    const readOnly = buildSecurity(options(), 1024, io({}, { MLHEALTH_READ_TOKEN: 'read-token-0123456789' }));
    expect(() => readOnly.checkListen('0.0.0.0')).toThrow(UsageError);
  });

  test('with an ingest token, or on loopback, or with --insecure (a warning)', () => {
    expect(
      buildSecurity(options(), 1024, io({}, { MLHEALTH_INGEST_TOKEN: INGEST })).checkListen('0.0.0.0'),
    ).toBeNull();
    expect(buildSecurity(options(), 1024, io({})).checkListen('127.0.0.1')).toBeNull();
    expect(buildSecurity(options({ insecure: true }), 1024, io({})).checkListen('0.0.0.0')).toMatch(
      /^mlhealth: WARNING: listening on 0\.0\.0\.0 with --insecure/,
    );
  });
});

describe('basic-auth users beside bearer tokens, with a global rate limit', () => {
  let base: string;
  let close: () => Promise<void>;
  let calls: unknown[];
  let now = 0;

  beforeAll(async () => {
    const files = {
      '/w.yml': `basic_auth_users:\n  viewer: ${HASH}\nrate_limit:\n  interval: 1s\n  burst: 6\n`,
    };
    const security = buildSecurity(
      options({ webConfigFile: '/w.yml' }),
      64,
      io(files, { MLHEALTH_INGEST_TOKEN: INGEST }, () => now),
    );
    expect(security.describe()).toBe(
      'security: tokens MLHEALTH_INGEST_TOKEN [ingest]; reads protected; writes token required; TLS off; basic-auth users 1',
    );
    const bare = bareApp(security.middlewares, 64);
    calls = bare.calls;
    ({ url: base, close } = await listenLocal(bare.app));
  });

  afterAll(() => close());

  const events = (headers: Record<string, string>, body = '[]') =>
    send(`${base}/api/v1/models/m/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  test('a basic-auth user reads but cannot write; the ingest token writes', async () => {
    expect((await send(`${base}/metrics`, { headers: basic('viewer', 'viewer-password') })).status).toBe(200);
    const refused = await events(basic('viewer', 'viewer-password'));
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).details[0].message).toBe(
      'user viewer has scopes [read]; POST /api/v1/models/m/events needs ingest',
    );
    expect((await events(bearer(INGEST))).status).toBe(202);
    expect(calls).toHaveLength(2);
  });

  test('an oversized body is refused (413) before authentication reads anything', async () => {
    expect((await events({}, 'x'.repeat(65))).status).toBe(413);
    expect(calls).toHaveLength(2);
  });

  test('past the burst of the global limit: 429 with Retry-After, then the interval refills it', async () => {
    // 4 requests so far at the same instant; the burst is 6
    const viewer = () => send(`${base}/metrics`, { headers: basic('viewer', 'viewer-password') });
    expect([(await viewer()).status, (await viewer()).status]).toEqual([200, 200]);
    const res = await viewer();
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('1');
    expect(JSON.parse(res.body).details[0].message).toBe(
      'the exporter is limited to 1 requests/s (burst 6); retry in 1 s',
    );
    now += 1;
    expect((await viewer()).status).toBe(200);
    expect((await send(`${base}/healthz`)).status).toBe(200);
  });
});
