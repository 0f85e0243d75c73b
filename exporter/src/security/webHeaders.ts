/** The web-config's `http_server_config.headers`, set on every answer. */
import type { RequestHandler } from 'express';

export function webHeaders(headers: Readonly<Record<string, string>>): RequestHandler {
  const entries = Object.entries(headers);
  return (_req, res, next) => {
    for (const [name, value] of entries) res.set(name, value);
    next();
  };
}
