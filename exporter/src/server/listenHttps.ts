/**
 * Listening with TLS (and `listenApp`, which picks TLS or plain): the same `Listening` as server/listen.ts (bound address, URL, prompt close), for
 * the https server of a web-config, with an `https://` URL.
 */
import type { Server } from 'node:https';
import type { Express } from 'express';
import type { RequestListener } from 'node:http';
import { DEFAULT_CONNECTION_LIMITS, guardConnections, type ConnectionLimits } from './connections';
import { listen, listenServer, type Listening } from './listen';

/** Starts `server` on `host:port` (0: a free port); rejects when the address cannot be bound. */
export function listenHttps(
  server: Server,
  host: string,
  port: number,
  limits: ConnectionLimits = DEFAULT_CONNECTION_LIMITS,
): Promise<Listening> {
  guardConnections(server, limits, 'secureConnection');
  return listenServer(server, host, port, 'https');
}

/**
 * Starts `app` on `host:port`: over https through `createServer` when the web-config has TLS (the
 * security layer's `createServer`), else plain http.
 */
export function listenApp(
  app: Express,
  createServer: ((app: RequestListener) => Server) | null,
  host: string,
  port: number,
  limits: ConnectionLimits = DEFAULT_CONNECTION_LIMITS,
): Promise<Listening> {
  return createServer === null
    ? listen(app, host, port, limits)
    : listenHttps(createServer(app), host, port, limits);
}
