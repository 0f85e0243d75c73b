"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** Body size: 413 in the API's JSON shape, early from Content-Length, and from the parsers for chunked bodies. */
const node_http_1 = require("node:http");
const bodyLimit_1 = require("./bodyLimit");
const bareApp_1 = require("./testing/bareApp");
const request_1 = require("./testing/request");
let base;
let close;
let calls;
beforeAll(async () => {
    const bare = (0, bareApp_1.bareApp)([(0, bodyLimit_1.contentLengthLimit)(1024)], 1024);
    calls = bare.calls;
    ({ url: base, close } = await (0, bareApp_1.listenLocal)(bare.app));
});
afterAll(() => close());
test('a Content-Length over the limit is 413 before the body is read; nothing is stored', async () => {
    const res = await (0, request_1.send)(`${base}/api/v1/models/m/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(1025),
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({
        error: 'request body too large',
        details: [{ path: '', message: 'the body is 1025 bytes, the limit is 1024 bytes' }],
    });
    expect(calls).toEqual([]);
});
test('a body at the limit is accepted', async () => {
    const res = await (0, request_1.send)(`${base}/api/v1/models/m/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(1024),
    });
    expect(res.status).toBe(202);
    expect(calls).toEqual([{ method: 'POST', path: '/api/v1/models/m/events', bytes: 1024 }]);
});
test("a chunked body (no Content-Length) over the limit is 413 from the body parser's limit", async () => {
    const status = await new Promise((resolve, reject) => {
        const req = (0, node_http_1.request)(`${base}/api/v1/models/m/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
            let body = '';
            res.on('data', (c) => (body += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        for (let i = 0; i < 4; i++)
            req.write('y'.repeat(400));
        req.end();
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body)).toMatchObject({ error: 'request body too large' });
    expect(calls).toHaveLength(1);
});
test('a limit that is not a positive integer throws', async () => {
    expect(() => (0, bodyLimit_1.contentLengthLimit)(0)).toThrow('contentLengthLimit: maxBytes is 0, expected an integer ≥ 1');
});
//# sourceMappingURL=bodyLimit.test.js.map