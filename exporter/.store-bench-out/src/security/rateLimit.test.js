"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** Rate limiting over HTTP: 429 with Retry-After and the JSON error, buckets per token, probes exempt. */
const authorize_1 = require("./authorize");
const rateLimit_1 = require("./rateLimit");
const bareApp_1 = require("./testing/bareApp");
const request_1 = require("./testing/request");
const tokenBucket_1 = require("./tokenBucket");
const tokens_1 = require("./tokens");
const A = 'client-a-token-0123456789';
const B = 'client-b-token-0123456789';
let now = 1000;
let base;
let close;
let calls;
beforeAll(async () => {
    const access = (0, authorize_1.createAccessControl)([
        { name: 'a', scopes: ['ingest'], sha256: (0, tokens_1.hashToken)(A) },
        { name: 'b', scopes: ['ingest'], sha256: (0, tokens_1.hashToken)(B) },
    ], null);
    const limiter = new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 0.25, burst: 2 });
    const bare = (0, bareApp_1.bareApp)([(0, rateLimit_1.rateLimit)(limiter, { clock: () => now, tokenName: access.tokenName }), access.gate]);
    calls = bare.calls;
    ({ url: base, close } = await (0, bareApp_1.listenLocal)(bare.app));
});
afterAll(() => close());
const postEvents = (token) => (0, request_1.send)(`${base}/api/v1/models/m/events`, {
    method: 'POST',
    headers: { ...(0, request_1.bearer)(token), 'content-type': 'application/json' },
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
    for (let i = 0; i < 3; i++)
        statuses.push((await postEvents('wrong-token-0123456789')).status);
    expect(statuses).toEqual([401, 401, 429]);
});
test('health probes are never limited; time refills the bucket', async () => {
    for (let i = 0; i < 5; i++)
        expect((await (0, request_1.send)(`${base}/healthz`)).status).toBe(200);
    now += 4;
    expect((await postEvents(A)).status).toBe(202);
});
//# sourceMappingURL=rateLimit.test.js.map