/**
 * Request bodies of the write API: the raw bytes are read with a size limit (413 past it) and handed
 * on as text; the ingest layer parses JSON or NDJSON itself, so that a syntax error names the line.
 * Only JSON-ish content types are accepted (415 otherwise): a file upload or a real form post is a
 * client mistake worth naming. One exception: `curl -d` labels any body
 * `application/x-www-form-urlencoded`, so a body of that type is accepted when it is valid JSON.
 */
import express, { type RequestHandler } from 'express';
import { HttpError } from './errors';

const ACCEPTED_TYPES = [
  'application/json',
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'text/plain',
];

/** What `curl -d` sends without `-H 'content-type: …'`: accepted when the body is valid JSON. */
const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * Throws 415 for a content type that is not JSON, NDJSON or plain text; absent is taken as JSON. A
 * form-encoded body (`curl -d`) passes when `text` (the body) is given and is valid JSON.
 */
export function checkContentType(contentType: string | undefined, text?: string): void {
  const type = (contentType ?? 'application/json').split(';')[0].trim().toLowerCase();
  if (type === '' || ACCEPTED_TYPES.includes(type) || type.endsWith('+json')) return;
  if (type === FORM_TYPE && text !== undefined && isJson(text)) return;
  const why = type === FORM_TYPE ? `got '${type}' with a body that is not JSON` : `got '${type}'`;
  throw new HttpError(415, 'unsupported content type', [
    {
      path: 'Content-Type',
      message: `${why}, expected application/json or application/x-ndjson (also accepted: ${ACCEPTED_TYPES.slice(2).join(', ')}, any +json type, and ${FORM_TYPE} when the body is valid JSON, as curl -d sends it)`,
    },
  ]);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Reads the raw body (any content type) as a Buffer, up to `limitBytes` (413 past it). */
export function rawBody(limitBytes: number): RequestHandler {
  return express.raw({ type: () => true, limit: limitBytes });
}

/** The body of a request that went through `rawBody`, as UTF-8 text ('' when there was none). */
export function requestText(body: unknown, contentType: string | undefined): string {
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : '';
  checkContentType(contentType, text);
  return text;
}
