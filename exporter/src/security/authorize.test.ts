/**
 * Scoped bearer tokens on a bare express app whose handlers record their calls: refused requests never
 * reach a handler (nothing stored), 401 carries `WWW-Authenticate: Bearer`, 403 names the missing
 * scope, and no token appears in an answer or a log line.
 */
import { createAccessControl } from './authorize';
import { bareApp, listenLocal, type BareApp } from './__fixtures__/bareApp';
import { bearer, send } from './__fixtures__/request';
import { hashToken, type TokenEntry } from './tokens';

const INGEST = 'ingest-token-0123456789abcdef';
const READ = 'read-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';
const entry = (name: string, token: string, scopes: TokenEntry['scopes']): TokenEntry => ({
  name,
  scopes,
  sha256: hashToken(token),
});
const ALL = [
  entry('ci', INGEST, ['ingest']),
  entry('viewer', READ, ['read']),
  entry('ops', ADMIN, ['admin']),
];
const EVENTS = '/api/v1/models/fraud/events';
const REFERENCE = '/api/v1/models/fraud/reference';

let bare: BareApp;
let base: string;
let close: () => Promise<void>;

async function start(tokens: readonly TokenEntry[]): Promise<void> {
  await close?.();
  bare = bareApp([createAccessControl(tokens, null).gate]);
  ({ url: base, close } = await listenLocal(bare.app));
}

afterAll(async () => {
  await close?.();
});

const post = (path: string, headers: Record<string, string> = {}) =>
  send(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '[{"features":{}}]',
  });
const put = (path: string, headers: Record<string, string> = {}) =>
  send(`${base}${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: '[]',
  });

describe('with ingest, read and admin tokens configured', () => {
  beforeAll(() => start(ALL));

  test('an unauthenticated write is 401 with WWW-Authenticate: Bearer, and nothing is stored', async () => {
    const before = bare.calls.length;
    const res = await post(EVENTS);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="mlhealth"');
    expect(JSON.parse(res.body)).toEqual({
      error: 'unauthorized',
      details: [
        {
          path: 'Authorization',
          message: 'POST /api/v1/models/fraud/events needs credentials with scope ingest',
        },
      ],
    });
    expect(bare.calls.length).toBe(before);
  });

  test.each([
    ['a wrong token', { authorization: 'Bearer not-the-token-0123456789' }, 'invalid bearer token'],
    ['a token differing in its last character', bearer(INGEST.slice(0, -1) + 'X'), 'invalid bearer token'],
    [
      'a malformed header',
      { authorization: 'Bearer' },
      'malformed Authorization header: expected "Bearer <token>"',
    ],
    [
      'two credentials',
      { authorization: `Bearer ${INGEST} extra` },
      'malformed Authorization header: expected "Bearer <token>"',
    ],
    [
      'another scheme',
      { authorization: `Token ${INGEST}` },
      "unsupported authorization scheme 'token': expected Bearer",
    ],
  ])('%s is 401 and nothing is stored', async (_what, headers, message) => {
    const before = bare.calls.length;
    const res = await post(EVENTS, headers);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="mlhealth"/);
    expect(JSON.parse(res.body).details[0].message).toBe(message);
    expect(res.body).not.toContain(INGEST);
    expect(bare.calls.length).toBe(before);
  });

  test('the ingest token writes events; the handler runs once with the body', async () => {
    const before = bare.calls.length;
    const res = await post(EVENTS, bearer(INGEST));
    expect(res.status).toBe(202);
    expect(bare.calls.slice(before)).toEqual([{ method: 'POST', path: EVENTS, bytes: 17 }]);
  });

  test('the scheme is case-insensitive', async () => {
    expect((await post(EVENTS, { authorization: `bearer ${INGEST}` })).status).toBe(202);
  });

  test('a read token cannot write: 403 naming the scope, nothing stored', async () => {
    const before = bare.calls.length;
    const res = await post(EVENTS, bearer(READ));
    expect(res.status).toBe(403);
    expect(res.headers['www-authenticate']).toBe(
      'Bearer realm="mlhealth", error="insufficient_scope", scope="ingest"',
    );
    expect(JSON.parse(res.body)).toEqual({
      error: 'forbidden',
      details: [
        {
          path: 'Authorization',
          message: 'token viewer has scopes [read]; POST /api/v1/models/fraud/events needs ingest',
        },
      ],
    });
    expect(bare.calls.length).toBe(before);
  });

  test('an ingest token cannot do admin (reference, governance, deleting annotations)', async () => {
    const before = bare.calls.length;
    expect((await put(REFERENCE, bearer(INGEST))).status).toBe(403);
    expect((await put('/api/v1/models/fraud/governance', bearer(INGEST))).status).toBe(403);
    expect(
      (await send(`${base}/api/v1/annotations/1`, { method: 'DELETE', headers: bearer(INGEST) })).status,
    ).toBe(403);
    expect(bare.calls.length).toBe(before);
  });

  test('an ingest token cannot read once reads are protected (a read token exists)', async () => {
    expect((await send(`${base}/metrics`, { headers: bearer(INGEST) })).status).toBe(403);
    expect((await send(`${base}/metrics`)).status).toBe(401);
    expect((await send(`${base}/api/v1/cascade`, { headers: bearer(READ) })).status).toBe(200);
    expect((await send(`${base}/metrics`, { headers: bearer(READ) })).status).toBe(200);
  });

  test('an admin token may do everything', async () => {
    const before = bare.calls.length;
    expect((await post(EVENTS, bearer(ADMIN))).status).toBe(202);
    expect((await put(REFERENCE, bearer(ADMIN))).status).toBe(202);
    expect((await send(`${base}/metrics`, { headers: bearer(ADMIN) })).status).toBe(200);
    expect(bare.calls.length).toBe(before + 3);
  });

  test('a what-if run is a read: the read token may post a scenario, the ingest token may not', async () => {
    expect((await post('/api/v1/scenarios', bearer(READ))).status).toBe(202);
    expect((await post('/api/v1/scenarios', bearer(INGEST))).status).toBe(403);
  });

  test('health probes stay public', async () => {
    expect((await send(`${base}/healthz`)).status).toBe(200);
  });

  test('routes no one declared are closed: an unknown write needs admin, even one that 404s', async () => {
    expect((await send(`${base}/api/v1/unknown`, { method: 'DELETE', headers: bearer(INGEST) })).status).toBe(
      403,
    );
    expect((await send(`${base}/api/v1/unknown`, { method: 'DELETE', headers: bearer(ADMIN) })).status).toBe(
      404,
    );
  });

  test('case and trailing-slash variants of a path are guarded like the path', async () => {
    const before = bare.calls.length;
    expect((await post('/API/V1/Models/fraud/EVENTS')).status).toBe(401);
    expect((await put('/api/v1/models/fraud/reference/', bearer(INGEST))).status).toBe(403);
    // percent-encoding: the table sees an ingest path, and express does not route it to the admin handler
    expect((await put('/api/v1/models/fraud/%72eference', bearer(INGEST))).status).toBe(404);
    expect(bare.calls.length).toBe(before);
  });

  test('no token appears in the log, even when a handler fails', async () => {
    expect((await send(`${base}/boom`, { headers: bearer(READ) })).status).toBe(500);
    expect(bare.logs.length).toBeGreaterThan(0);
    for (const line of bare.logs) for (const t of [INGEST, READ, ADMIN]) expect(line).not.toContain(t);
  });
});

describe('with only an ingest token', () => {
  beforeAll(() => start([entry('ci', INGEST, ['ingest'])]));

  test('reads stay open, writes need the token, admin is closed to everyone', async () => {
    expect((await send(`${base}/metrics`)).status).toBe(200);
    expect((await post(EVENTS)).status).toBe(401);
    const res = await put(REFERENCE);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).details[0].message).toBe(
      'PUT /api/v1/models/fraud/reference needs credentials with scope admin (no configured token has scope admin)',
    );
  });
});

describe('with no credentials configured (loopback development)', () => {
  beforeAll(() => start([]));

  test('everything is open', async () => {
    expect((await post(EVENTS)).status).toBe(202);
    expect((await put(REFERENCE)).status).toBe(202);
  });

  test('credentials are not checked where none are needed', async () => {
    expect((await post(EVENTS, bearer('made-up-token-0123456789'))).status).toBe(202);
    expect((await post(EVENTS, { authorization: 'Basic bm90OmNvbmZpZ3VyZWQ=' })).status).toBe(202);
  });
});
