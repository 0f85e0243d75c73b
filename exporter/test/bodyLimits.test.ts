/**
 * Body limits name what they measured: a chunked body and a gzip body past `--max-body-bytes` get a 413
 * saying how many bytes were read (neither carries a usable Content-Length), and `--max-batch-events`
 * bounds policy violations like events. The real exporter on 127.0.0.1.
 */
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { DEMO_SPEC_PATH } from '../src/main';
import type { Listening } from '../src/server/listen';
import { harness, serve, type Harness } from './support/harness';
import { errorOf, request } from './support/http';

/** POSTs `chunks` with Transfer-Encoding: chunked (no Content-Length); resolves status and body. */
function postChunked(base: string, path: string, chunks: Buffer[], headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', (err) => ((err as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(err)));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('body limits say what they measured', () => {
  let h: Harness;
  let server: Listening;
  beforeAll(async () => {
    h = await harness({ specPath: DEMO_SPEC_PATH, maxBodyBytes: 64 * 1024, maxBatchEvents: 50 });
    server = await serve(h.built.app);
  });
  afterAll(async () => {
    await server.close();
    h.built.durable.close(h.now());
  });

  it('answers a chunked body past the limit with 413 and the bytes read', async () => {
    const chunk = Buffer.from(' '.repeat(16 * 1024));
    const a = await postChunked(
      server.url,
      '/api/v1/models/fraud/events',
      Array.from({ length: 8 }, () => chunk),
    );
    expect(a.status).toBe(413);
    const detail = (JSON.parse(a.text) as { details: { message: string }[] }).details[0].message;
    expect(detail).toMatch(
      /^the body is more than 65536 bytes \(\d+ bytes read before the exporter stopped\), the limit is 65536 bytes$/,
    );
  });

  it('answers a gzip body that inflates past the limit with 413 and the bytes read', async () => {
    const inflated = `[${Array.from({ length: 4000 }, () => '{"features":{"amount":1}}').join(',')}]`;
    const a = await postChunked(server.url, '/api/v1/models/fraud/events', [gzipSync(inflated)], {
      'content-encoding': 'gzip',
    });
    expect(a.status).toBe(413);
    expect(a.text).toMatch(/more than 65536 bytes \(\d+ bytes read/);
  });

  it('bounds policy violations by --max-batch-events, applying nothing', async () => {
    const body = JSON.stringify(Array.from({ length: 51 }, () => ({ policy: 'pii' })));
    const a = await request(server.url, 'POST', '/api/v1/models/fraud/policy-violations', body);
    expect(a.status).toBe(413);
    expect(errorOf(a).details[0]).toEqual({ path: '$', message: 'got 51, limit 50' });
    const ok = await request(
      server.url,
      'POST',
      '/api/v1/models/fraud/policy-violations',
      JSON.stringify([{ policy: 'pii' }]),
    );
    expect(ok.status).toBe(202);
  });
});
