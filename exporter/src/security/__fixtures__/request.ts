/**
 * A small HTTP(S) client for the security tests: Node's `fetch` cannot take a CA or a client
 * certificate, `https.request` can. Resolves with status, headers and body text; rejects on a
 * connection or TLS failure (which some tests expect).
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface TestResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface TestRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** PEM of the CA to trust (https). */
  ca?: string;
  /** Client certificate and key (PEM), for mTLS. */
  cert?: string;
  key?: string;
}

/** One request to `url` (http: or https:), bounded by a 10 s timeout. */
export function send(url: string, options: TestRequest = {}): Promise<TestResponse> {
  const target = new URL(url);
  const make = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = make(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        ca: options.ca,
        cert: options.cert,
        key: options.key,
        timeout: 10_000,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`send: ${url} timed out`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** `Authorization: Basic` for a user and password. */
export function basic(user: string, password: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

/** `Authorization: Bearer` for a token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
