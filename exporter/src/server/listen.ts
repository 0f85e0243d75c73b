/**
 * Listening and closing, apart from the app: `listen` resolves with the bound address (port 0 picks a
 * free one), `close` stops accepting and ends idle keep-alive connections so shutdown is prompt.
 */
import { createServer, type Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import {
  CONNECTIONS_CHECKING_INTERVAL_MS,
  DEFAULT_CONNECTION_LIMITS,
  guardConnections,
  type ConnectionLimits,
} from './connections';

export interface Listening {
  server: Server;
  host: string;
  port: number;
  /** `http://host:port` (or `https://`), with IPv6 hosts in brackets. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `app` on `host:port` over plain HTTP, with the connection limits of connections.ts; rejects
 * when the address cannot be bound (in use, not permitted).
 */
export function listen(
  app: Express,
  host: string,
  port: number,
  limits: ConnectionLimits = DEFAULT_CONNECTION_LIMITS,
): Promise<Listening> {
  const server = createServer({ connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS }, app);
  guardConnections(server, limits, 'connection');
  return listenServer(server, host, port, 'http');
}

/**
 * Starts an already built server (plain or TLS) on `host:port`, port 0 picking a free one; rejects when
 * the address cannot be bound. `scheme` only names the URL.
 */
export function listenServer(
  server: Server | HttpsServer,
  host: string,
  port: number,
  scheme: 'http' | 'https',
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        host: address.address,
        port: address.port,
        url: `${scheme}://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
