/**
 * Listening with TLS: the same `Listening` as server/listen.ts (bound address, URL, prompt close), for
 * the https server of a web-config, with an `https://` URL.
 */
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Listening } from '../server/listen';

/** Starts `server` on `host:port` (0: a free port); rejects when the address cannot be bound. */
export function listenHttps(server: Server, host: string, port: number): Promise<Listening> {
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
        url: `https://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
