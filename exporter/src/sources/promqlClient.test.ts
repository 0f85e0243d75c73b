/**
 * The PromQL client under hostile upstreams on 127.0.0.1: an endless answer (no Content-Length) is cut at
 * the byte cap, a slow endless answer is cut at the timeout, and neither keeps growing memory.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_ANSWER_BYTES, queryPromql } from './promqlClient';

interface Streaming {
  url: string;
  /** Bytes the server managed to write before the client stopped reading. */
  written: () => number;
  close: () => Promise<void>;
}

/** Answers every query with an endless chunked JSON-looking body, `chunk` bytes every `everyMs`. */
async function endless(chunk: number, everyMs: number): Promise<Streaming> {
  let written = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"status":"success","data":{"resultType":"vector","result":[');
    const piece = Buffer.alloc(chunk, 0x20);
    const timer = setInterval(() => {
      if (res.destroyed || written > 64 * MAX_ANSWER_BYTES) {
        clearInterval(timer);
        res.destroy();
        return;
      }
      res.write(piece);
      written += chunk;
    }, everyMs);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    written: () => written,
    close: () => {
      for (const t of timers) clearInterval(t);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('queryPromql against an upstream that never stops answering', () => {
  it('refuses an endless fast answer at the byte cap, without Content-Length', async () => {
    const up = await endless(64 * 1024, 1);
    try {
      const started = Date.now();
      const r = await queryPromql({ url: up.url, query: 'up', timeoutSeconds: 10, authorization: null });
      expect(r).toMatchObject({ ok: false, kind: 'result' });
      expect(!r.ok && r.message).toMatch(/more than 1048576 bytes/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await up.close();
    }
  });

  it('gives up on an endless slow answer after the timeout, headers long received', async () => {
    const up = await endless(16, 50);
    try {
      const started = Date.now();
      const r = await queryPromql({ url: up.url, query: 'up', timeoutSeconds: 1, authorization: null });
      const took = Date.now() - started;
      expect(r).toEqual({ ok: false, kind: 'timeout', message: 'no answer within 1s' });
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(5_000);
    } finally {
      await up.close();
    }
  });
});
