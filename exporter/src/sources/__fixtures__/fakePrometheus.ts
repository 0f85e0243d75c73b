/**
 * A tiny HTTP server on 127.0.0.1 (ephemeral port) that answers `/api/v1/query` the way the test
 * tells it to: a value, a hang, a 500, garbage. It records the requests it got.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeMode =
  | { kind: 'value'; value: string }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; body: string }
  | { kind: 'garbage' };

export interface FakePrometheus {
  url: string;
  mode: FakeMode;
  requests: Array<{ url: string; authorization: string | undefined }>;
  close(): Promise<void>;
}

export async function startFakePrometheus(initial: FakeMode): Promise<FakePrometheus> {
  const hanging: ServerResponse[] = [];
  const fake = { mode: initial, requests: [] as FakePrometheus['requests'] };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    fake.requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const mode = fake.mode;
    if (mode.kind === 'hang') {
      hanging.push(res);
      return;
    }
    if (mode.kind === 'status') {
      res.writeHead(mode.status, { 'content-type': 'text/plain' }).end(mode.body);
      return;
    }
    if (mode.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"succ');
      return;
    }
    const body = JSON.stringify({
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1000, mode.value] }] },
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
