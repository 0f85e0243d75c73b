/**
 * Listening with TLS: the same `Listening` as server/listen.ts (bound address, URL, prompt close), for
 * the https server of a web-config, with an `https://` URL.
 */
import type { Server } from 'node:https';
import { listenServer, type Listening } from './listen';

/** Starts `server` on `host:port` (0: a free port); rejects when the address cannot be bound. */
export function listenHttps(server: Server, host: string, port: number): Promise<Listening> {
  return listenServer(server, host, port, 'https');
}
