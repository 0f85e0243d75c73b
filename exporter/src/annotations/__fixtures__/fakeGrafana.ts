/**
 * A fake Grafana for push tests: an HTTP server on 127.0.0.1 (ephemeral port) that records every
 * request to `POST /api/annotations` and answers from a script of statuses (200 answers carry an id, as
 * Grafana's `{"message":"Annotation added","id":N}`).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Date.now() when it arrived. */
  at: number;
}

export interface FakeGrafana {
  url: string;
  requests: RecordedRequest[];
  /** Resolves once `n` requests were recorded (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** `script[i]` answers request i: a status, or 'hang' (never answers); past its end, 200. */
export async function fakeGrafana(script: Array<number | 'hang'> = []): Promise<FakeGrafana> {
  const requests: RecordedRequest[] = [];
  const waiters: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (d: Buffer) => (text += d.toString()));
    req.on('end', () => {
      const step = script[requests.length] ?? 200;
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text === '' ? null : (JSON.parse(text) as unknown),
        at: Date.now(),
      });
      for (const w of waiters.splice(0)) w();
      if (step === 'hang') return;
      res.writeHead(step, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          step === 200
            ? { message: 'Annotation added', id: 1000 + requests.length }
            : { message: `status ${step}` },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    waitFor: (n, ms = 5000) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`fake grafana: ${requests.length} of ${n} requests after ${ms} ms`)),
          ms,
        );
        const check = (): void => {
          if (requests.length >= n) {
            clearTimeout(deadline);
            resolve();
          } else waiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
