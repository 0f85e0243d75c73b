/**
 * Idle-socket floods against a real server on 127.0.0.1: sockets that never send a byte are closed by the
 * headers timeout, and past the connection cap the oldest idle one makes room, so a request still gets
 * its answer. Bounded: at most 200 sockets, every wait capped.
 */
import express from 'express';
import { connect, type Socket } from 'node:net';
import { listen, type Listening } from './listen';

const LIMITS = {
  maxConnections: 50,
  headersTimeoutMs: 800,
  requestTimeoutMs: 2_000,
  keepAliveTimeoutMs: 500,
};

function app() {
  const a = express();
  a.get('/metrics', (_req, res) => res.type('text/plain').send('mlhealth_up 1\n'));
  return a;
}

/** Opens `n` sockets that send nothing; resolves once all are connected; counts those closed later. */
async function idleSockets(port: number, n: number): Promise<{ sockets: Socket[]; closed: () => number }> {
  let closed = 0;
  const sockets = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.on('error', () => undefined);
          s.once('close', () => closed++);
          s.once('error', reject);
        }),
    ),
  );
  return { sockets, closed: () => closed };
}

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('connection limits', () => {
  let server: Listening;
  beforeEach(async () => {
    server = await listen(app(), '127.0.0.1', 0, LIMITS);
  });
  afterEach(async () => {
    server.server.closeAllConnections();
    await server.close();
  });

  it('answers /metrics while 200 idle sockets sit on a server capped at 50 connections', async () => {
    const flood = await idleSockets(server.port, 200);
    const started = Date.now();
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('mlhealth_up 1\n');
    expect(Date.now() - started).toBeLessThan(2_000);
    await until('the cap to close the oldest idle sockets', () => flood.closed() >= 150, 5_000);
    for (const s of flood.sockets) s.destroy();
  });

  it('closes sockets that send no request within the headers timeout', async () => {
    const flood = await idleSockets(server.port, 20);
    await until('every idle socket to be closed', () => flood.closed() === 20, 5_000);
  });
});
