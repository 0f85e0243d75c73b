/**
 * A bare express app for testing the middlewares without the exporter: routes shaped like the real
 * API whose handlers only record that they ran (so a test can assert that a refused write stored
 * nothing), the server's real body reader and error handler, listening on 127.0.0.1:0.
 */
import express, { type RequestHandler } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rawBody } from '../../server/body';
import { errorHandler, notFound } from '../../server/errors';

export interface Recorded {
  method: string;
  path: string;
  bytes: number;
}

export interface BareApp {
  app: express.Express;
  calls: Recorded[];
  logs: string[];
}

/** The app with `before` mounted first, routes for each scope, then 404 and the error handler. */
export function bareApp(before: RequestHandler[], maxBodyBytes = 1024): BareApp {
  const calls: Recorded[] = [];
  const logs: string[] = [];
  const app = express();
  app.disable('x-powered-by');
  app.use(...before);
  const record: RequestHandler = (req, res) => {
    const bytes = Buffer.isBuffer(req.body) ? req.body.length : 0;
    calls.push({ method: req.method, path: req.path, bytes });
    res.status(req.method === 'GET' ? 200 : 202).json({ ok: true });
  };
  app.get('/healthz', record);
  app.get('/metrics', record);
  app.get('/api/v1/cascade', record);
  for (const kind of ['events', 'labels', 'policy-violations'])
    app.post(`/api/v1/models/:model/${kind}`, rawBody(maxBodyBytes), record);
  for (const kind of ['reference', 'governance'])
    app.put(`/api/v1/models/:model/${kind}`, rawBody(maxBodyBytes), record);
  app.post('/api/v1/scenarios', rawBody(maxBodyBytes), record);
  app.get('/boom', () => {
    throw new Error('boom');
  });
  app.use(notFound);
  app.use(errorHandler((line) => logs.push(line)));
  return { app, calls, logs };
}

/** Listens on 127.0.0.1:0; resolves with the base URL and a close function. */
export async function listenLocal(
  app: express.Express,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
