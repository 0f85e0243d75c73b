/**
 * An early body-size check: a request whose `Content-Length` announces more than the limit is answered
 * 413 before anything reads it. Bodies without a length (chunked) are bounded by the body parsers'
 * own `limit` (server/body.ts `rawBody`, express.json), which answer 413 through the error handler.
 */
import type { RequestHandler } from 'express';
import { refuse } from './respond';

/** The middleware; `maxBytes` ≥ 1. Throws when maxBytes is not a positive integer. */
export function contentLengthLimit(maxBytes: number): RequestHandler {
  if (!Number.isInteger(maxBytes) || maxBytes < 1)
    throw new Error(`contentLengthLimit: maxBytes is ${maxBytes}, expected an integer ≥ 1`);
  return (req, res, next) => {
    const header = req.get('content-length');
    const length = header === undefined ? 0 : Number(header);
    if (Number.isFinite(length) && length <= maxBytes) {
      next();
      return;
    }
    // Do not read the body; close the connection after answering so the client stops sending.
    res.set('Connection', 'close');
    refuse(res, 413, 'request body too large', [
      { path: '', message: `the body is ${header} bytes, the limit is ${maxBytes} bytes` },
    ]);
  };
}
