/**
 * The exporter's https server for a web-config with `tls_server_config`: Node's https server with the
 * options of tlsOptions.ts, dropping connections that break the client-certificate rules.
 */
import { createServer, type Server } from 'node:https';
import type { RequestListener } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { clientCertificateProblem, httpsServerOptions } from './tlsOptions';
import type { TlsServerConfig } from './tlsConfig';

/**
 * An https server (not listening) for `handler` (an express app). Throws WebConfigError when the
 * certificate files cannot be read or loaded.
 */
export function createHttpsServer(
  handler: RequestListener,
  tls: TlsServerConfig,
  readFile: (path: string) => string,
): Server {
  const server = createServer(httpsServerOptions(tls, readFile), handler);
  server.on('secureConnection', (socket: TLSSocket) => {
    if (clientCertificateProblem(tls, socket) !== null) socket.destroy();
  });
  return server;
}
