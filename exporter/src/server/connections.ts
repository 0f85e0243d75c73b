/**
 * Connection hygiene for the exporter's server, plain or TLS: timeouts that close sockets which send no
 * request (or send it too slowly), and a cap on open connections that, when reached, closes the oldest
 * idle connection (no request in flight) to admit the new one. So a client that opens thousands of
 * sockets and never sends a byte cannot exhaust file descriptors, and `/metrics` keeps answering: a
 * scrape's new connection always finds room. docs/security.md, "Connections".
 */
import type { Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /** Open connections past which the oldest idle one is closed (or, with none idle, the new one). */
  maxConnections: number;
  /**
   * Time to receive a request's headers, from the connection or the previous response: an idle socket
   * (no request in flight) with no traffic for this long is closed.
   */
  headersTimeoutMs: number;
  /** Time to receive a whole request (headers and body). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after a response. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
};

/** How often Node checks the header and request timeouts (its default is 30 s). */
export const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/**
 * Applies `limits` to `server` (call before it listens). `event` is where connections are counted:
 * `connection` for plain HTTP, `secureConnection` for TLS (whose handshakes have their own timeout).
 */
export function guardConnections(
  server: Server | HttpsServer,
  limits: ConnectionLimits,
  event: 'connection' | 'secureConnection',
): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // Open sockets without a request in flight, oldest first (a Set keeps insertion order).
  const idle = new Set<Socket>();
  let open = 0;
  server.on(event, (socket: Socket) => {
    open++;
    idle.add(socket);
    // Node's own headersTimeout only covers requests that have begun: a silent socket needs this. The
    // timer restarts on any traffic, so it is armed once; it closes the socket only while idle (a request
    // in flight is bounded by requestTimeout instead).
    socket.setTimeout(limits.headersTimeoutMs);
    socket.on('timeout', () => {
      if (idle.has(socket)) socket.destroy();
    });
    socket.once('close', () => {
      open--;
      idle.delete(socket);
    });
    if (open <= limits.maxConnections) return;
    const oldest = [...idle].find((s) => s !== socket);
    (oldest ?? socket).destroy();
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    idle.delete(socket);
    res.once('close', () => {
      if (!socket.destroyed) idle.add(socket);
    });
  });
}
