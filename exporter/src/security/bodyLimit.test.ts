/** Body size: 413 in the API's JSON shape, early from Content-Length, and from the parsers for chunked bodies. */
import { request } from 'node:http';
import { contentLengthLimit } from './bodyLimit';
import { bareApp, listenLocal } from './__fixtures__/bareApp';
import { send } from './__fixtures__/request';

let base: string;
let close: () => Promise<void>;
let calls: unknown[];

beforeAll(async () => {
  const bare = bareApp([contentLengthLimit(1024)], 1024);
  calls = bare.calls;
  ({ url: base, close } = await listenLocal(bare.app));
});

afterAll(() => close());

test('a Content-Length over the limit is 413 before the body is read; nothing is stored', async () => {
  const res = await send(`${base}/api/v1/models/m/events`, {
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
  const res = await send(`${base}/api/v1/models/m/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: 'x'.repeat(1024),
  });
  expect(res.status).toBe(202);
  expect(calls).toEqual([{ method: 'POST', path: '/api/v1/models/m/events', bytes: 1024 }]);
});

test("a chunked body (no Content-Length) over the limit is 413 from the body parser's limit", async () => {
  const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${base}/api/v1/models/m/events`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (let i = 0; i < 4; i++) req.write('y'.repeat(400));
    req.end();
  });
  expect(status.status).toBe(413);
  expect(JSON.parse(status.body)).toMatchObject({ error: 'request body too large' });
  expect(calls).toHaveLength(1);
});

test('a limit that is not a positive integer throws', async () => {
  expect(() => contentLengthLimit(0)).toThrow('contentLengthLimit: maxBytes is 0, expected an integer ≥ 1');
});
