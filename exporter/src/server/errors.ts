/**
 * The one error shape of the HTTP API: `{error, details: [{path, message}]}` with a 4xx status for bad
 * requests, so a client always learns what is wrong and where. Unexpected failures answer 500 with a
 * generic message (details go to the log, never to the client).
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { IngestError, type IngestErrorKind } from '../ingest/errors';
import { StoreWriteError } from '../store/storeError';
import type { Problem } from '../spec/problem';

export interface ErrorBody {
  error: string;
  details: Problem[];
}

/** An error meant for the client, answered as it is. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Problem[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The HTTP status of each kind of refused write (ingest/errors.ts). */
const INGEST_STATUS: Record<IngestErrorKind, number> = {
  unknown_model: 404,
  // 421 Misdirected Request: the model is another exporter shard's (docs/scale-out.md).
  misdirected: 421,
  malformed: 400,
  too_large: 413,
  invalid: 422,
};

/** An error for the client: `HttpError` as it is, the write side's `IngestError` with its status; else null. */
export function httpErrorOf(err: unknown): HttpError | null {
  if (err instanceof HttpError) return err;
  if (err instanceof StoreWriteError) {
    // 507 Insufficient Storage says "full disk" to any client; other store failures are a 503.
    const status = err.failure === 'disk_full' ? 507 : 503;
    return new HttpError(status, 'the store cannot take writes', [{ path: '', message: err.message }]);
  }
  if (err instanceof IngestError)
    return new HttpError(INGEST_STATUS[err.kind], err.message, [...err.details]);
  return null;
}

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
  length?: number;
  /** Bytes read so far (decoded, for a compressed body). */
  received?: number;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === 'object' && err !== null && typeof (err as { type?: unknown }).type === 'string';
}

function fromBodyParser(err: BodyParserError): HttpError | null {
  if (err.type === 'entity.too.large') {
    // A chunked or compressed body has no (or another) Content-Length: say how much was read instead.
    const detail =
      err.length !== undefined
        ? `the body is ${err.length} bytes, the limit is ${err.limit} bytes`
        : `the body is more than ${err.limit} bytes (${err.received ?? 'over ' + err.limit} bytes read before the exporter stopped), the limit is ${err.limit} bytes`;
    return new HttpError(413, 'request body too large', [{ path: '', message: detail }]);
  }
  if (err.type === 'request.aborted') return new HttpError(400, 'request aborted', []);
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
    return new HttpError(415, 'unsupported body encoding', [{ path: '', message: err.type }]);
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    return new HttpError(err.status, 'bad request body', [{ path: '', message: err.type }]);
  }
  return null;
}

/**
 * Any other client error that express or the body reader raised with a 4xx `status` but no body-parser
 * `type`: a URL parameter that is not valid percent-encoding (the router's URIError), a gzip, deflate
 * or br body that does not decompress.
 */
function fromClientError(err: unknown, contentEncoding: string | undefined): HttpError | null {
  if (typeof err !== 'object' || err === null) return null;
  const { status, message } = err as { status?: unknown; message?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const why = typeof message === 'string' && message !== '' ? message : `HTTP ${status}`;
  if (why.startsWith('Failed to decode param'))
    return new HttpError(status, 'bad request URL', [{ path: 'URL', message: why }]);
  return contentEncoding === undefined || contentEncoding === 'identity'
    ? new HttpError(status, 'bad request body', [{ path: '', message: why }])
    : new HttpError(status, 'bad request body', [
        { path: 'Content-Encoding', message: `the body does not decode as ${contentEncoding}: ${why}` },
      ]);
}

/** The last error middleware: HttpError and body-parser errors as JSON, anything else as a 500. */
export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const known =
      httpErrorOf(err) ??
      (isBodyParserError(err) ? fromBodyParser(err) : null) ??
      fromClientError(err, req.get('content-encoding'));
    if (known !== null) {
      const body: ErrorBody = { error: known.message, details: known.details };
      res.status(known.status).json(body);
      return;
    }
    log(
      `${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    const body: ErrorBody = { error: 'internal error', details: [] };
    res.status(500).json(body);
  };
}

/** Unknown routes: 404 in the same JSON shape. */
export const notFound: RequestHandler = (req, res) => {
  const body: ErrorBody = {
    error: 'not found',
    details: [{ path: req.path, message: `no route for ${req.method} ${req.path}` }],
  };
  res.status(404).json(body);
};
