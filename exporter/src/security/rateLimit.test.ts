/** Rate limiting over HTTP: 429 with Retry-After and the JSON error, buckets per token, probes exempt. */
import { createAccessControl } from './authorize';
import { rateLimit } from './rateLimit';
import { bareApp, listenLocal } from './__fixtures__/bareApp';
import { bearer, send } from './__fixtures__/request';
import { TokenBucketLimiter } from './tokenBucket';
import { hashToken } from './tokens';

const A = 'client-a-token-0123456789';
const B = 'client-b-token-0123456789';
let now = 1000;
let base: string;
let close: () => Promise<void>;
let calls: unknown[];

beforeAll(async () => {
  const access = createAccessControl(
    [
      { name: 'a', scopes: ['ingest'], sha256: hashToken(A) },
      { name: 'b', scopes: ['ingest'], sha256: hashToken(B) },
    ],
    null,
  );
  const limiter = new TokenBucketLimiter({ ratePerSecond: 0.25, burst: 2 });
  const bare = bareApp([rateLimit(limiter, { clock: () => now, tokenName: access.tokenName }), access.gate]);
  calls = bare.calls;
  ({ url: base, close } = await listenLocal(bare.app));
});

afterAll(() => close());

const postEvents = (token: string) =>
  send(`${base}/api/v1/models/m/events`, {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: '[]',
  });

test('past the burst a client gets 429 with Retry-After in seconds, and the handler does not run', async () => {
  expect((await postEvents(A)).status).toBe(202);
  expect((await postEvents(A)).status).toBe(202);
  const before = calls.length;
  const res = await postEvents(A);
  expect(res.status).toBe(429);
  expect(res.headers['retry-after']).toBe('4');
  expect(JSON.parse(res.body)).toEqual({
    error: 'too many requests',
    details: [{ path: '', message: 'client token:a is limited to 0.25 requests/s (burst 2); retry in 4 s' }],
  });
  expect(calls.length).toBe(before);
});

test('another token behind the same address has its own bucket', async () => {
  expect((await postEvents(B)).status).toBe(202);
});

test('requests without a valid token share the bucket of their address, so guessing is throttled too', async () => {
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await postEvents('wrong-token-0123456789')).status);
  expect(statuses).toEqual([401, 401, 429]);
});

test('health probes are never limited; time refills the bucket', async () => {
  for (let i = 0; i < 5; i++) expect((await send(`${base}/healthz`)).status).toBe(200);
  now += 4;
  expect((await postEvents(A)).status).toBe(202);
});
