/**
 * `POST /v1/logs`: the OTLP/HTTP logs receiver (docs/integrations/opentelemetry.md). Takes an
 * `ExportLogsServiceRequest` as `application/json` or `application/x-protobuf`, gzip'd or not (the body
 * reader inflates `Content-Encoding: gzip`, `deflate` and `br`, and applies the size limit to the
 * inflated body); each model's records go through the write side as one batch (ingest/otlp/).
 *
 * Answers, as OTLP/HTTP specifies, in the request's content type: 200 with an
 * `ExportLogsServiceResponse` (with `partial_success` when records were refused); 400 for a body that
 * does not decode; 415 for any other content type; 421 when every record belongs to models another
 * exporter shard serves (docs/scale-out.md). Failures of a protobuf request carry a protobuf
 * `google.rpc.Status`; those of a JSON request (and 415s) the exporter's `{error, details}` JSON.
 * Mount with `app.use(createOtlpLogsRouter(...))` before the app's error handler.
 */
import { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import {
  decodeJsonLogs,
  decodeProtobufLogs,
  encodeExportResponse,
  encodeStatus,
  receiveLogs,
  type OtlpEncoding,
} from '../../ingest/otlp';
import type { IngestPort } from '../../ingest/ports';
import { rawBody } from '../body';
import { HttpError, httpErrorOf } from '../errors';

const CONTENT_TYPES: Record<string, OtlpEncoding> = {
  'application/json': 'json',
  'application/x-protobuf': 'protobuf',
};

const RESPONSE_TYPE: Record<OtlpEncoding, string> = {
  json: 'application/json',
  protobuf: 'application/x-protobuf',
};

/** Picks the encoding from `Content-Type` before the body is read; 415 for anything else. */
const encodingOf: RequestHandler = (req, res, next) => {
  const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const encoding = CONTENT_TYPES[type];
  if (encoding === undefined) {
    const got = type === '' ? 'no Content-Type' : `'${type}'`;
    throw new HttpError(415, 'unsupported content type', [
      { path: 'Content-Type', message: `got ${got}, expected application/json or application/x-protobuf` },
    ]);
  }
  res.locals.otlpEncoding = encoding;
  next();
};

function receive(ingest: Pick<IngestPort, 'events'>): RequestHandler {
  return async (req, res) => {
    const encoding = res.locals.otlpEncoding as OtlpEncoding;
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const decoded = encoding === 'json' ? decodeJsonLogs(bytes.toString('utf8')) : decodeProtobufLogs(bytes);
    if (!decoded.ok) throw new HttpError(400, 'undecodable OTLP logs request', decoded.problems);
    const outcome = await receiveLogs(decoded.records, ingest);
    if (outcome.rejected > 0 && outcome.misdirected === outcome.rejected && outcome.accepted === 0)
      // Every record is another exporter shard's: the whole request went to the wrong shard.
      throw new HttpError(
        421,
        'misdirected: this exporter shard serves none of these models',
        outcome.problems,
      );
    const answer = encodeExportResponse(outcome, encoding);
    // The bare type, set past express (`res.set` and `res.send(string)` append `; charset=utf-8`): the
    // Collector's otlphttp exporter reads a partial success only under exactly `application/json`.
    res.status(200).setHeader('Content-Type', RESPONSE_TYPE[encoding]);
    res.send(Buffer.from(answer));
  };
}

/** A client error of a protobuf request as a protobuf `google.rpc.Status`; anything else goes on. */
const protobufFailure: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.locals.otlpEncoding !== 'protobuf' || res.headersSent) return next(err);
  const known = httpErrorOf(err) ?? bodyReadError(err, req.get('content-encoding'));
  if (known === null) return next(err);
  res.status(known.status).setHeader('Content-Type', RESPONSE_TYPE.protobuf);
  res.send(Buffer.from(encodeStatus(known.status, known.message, known.details)));
};

/** A 4xx the body reader raised (too large, a body that does not inflate, an unknown encoding). */
function bodyReadError(err: unknown, encoding: string | undefined): HttpError | null {
  if (typeof err !== 'object' || err === null) return null;
  const { status, message, type } = err as { status?: unknown; message?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const why = typeof message === 'string' && message !== '' ? message : `HTTP ${status}`;
  if (type === 'entity.too.large')
    return new HttpError(status, 'request body too large', [{ path: '', message: why }]);
  if (type === 'encoding.unsupported') {
    const detail = {
      path: 'Content-Encoding',
      message: `${why}: accepted are gzip, deflate, br and identity`,
    };
    return new HttpError(status, 'unsupported content encoding', [detail]);
  }
  if (type !== undefined || encoding === undefined || encoding === 'identity')
    return new HttpError(status, 'bad request body', [{ path: '', message: why }]);
  // No `type`: the inflating stream failed.
  const detail = { path: 'Content-Encoding', message: `the body does not decode as ${encoding}: ${why}` };
  return new HttpError(status, 'bad request body', [detail]);
}

/**
 * The router with `POST /v1/logs`, behind `guard` (the `ingest` scope's gate); `maxBodyBytes` bounds
 * the body after inflating (413 past it).
 */
export function createOtlpLogsRouter(
  ingest: Pick<IngestPort, 'events'>,
  guard: RequestHandler,
  maxBodyBytes: number,
): Router {
  const router = Router();
  router.post('/v1/logs', guard, encodingOf, rawBody(maxBodyBytes), receive(ingest), protobufFailure);
  return router;
}
